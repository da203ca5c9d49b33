// The people HTTP tests act as. An actor written "name;role[;CC]" gets a real
// account the first time it is used — made through the account use cases in the
// server's own storage, with a password this harness knows — then signs in over
// HTTP (POST /api/v1/session) like any client; the token is kept for the next
// request. Nothing here bypasses authentication: it is the same door a person uses.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "accord/domain/date.h"

namespace accord::app {
class Store;
}

namespace accord::test {

class TestAccounts {
 public:
  // Accounts go into the storage at `storageUri` (the server's), opened on first
  // use, at the time `clock` (the server's) says, so the audit trail stays in order.
  TestAccounts(std::string storageUri, const domain::Clock& clock);
  ~TestAccounts();

  // The bearer token of `actor` on the server at `port`. Throws std::runtime_error
  // (failing the test) if the actor does not parse, if its name was used before
  // with another role or country, or if signing in fails.
  std::string token(int port, const std::string& actor);
  // Makes sure the account of `actor` exists; returns its user name.
  std::string ensure(const std::string& actor);
  // The password of an account this harness made.
  static std::string passwordOf(const std::string& name) { return "harness password of " + name; }
  // Drops the kept tokens: after the server's clock moved they may be expired,
  // or issued in what is now the future.
  void forgetTokens();

 private:
  std::string storageUri_;
  const domain::Clock& clock_;
  std::mutex mutex_;
  std::unique_ptr<app::Store> store_;
  std::map<std::string, std::string> actors_;  // user name -> "name;role[;CC]" it was made as
  std::map<std::string, std::string> tokens_;  // actor text -> token
};

// Signs in over HTTP and returns the token. Throws std::runtime_error with the
// answer when the server does not answer 201.
std::string signIn(int port, const std::string& user, const std::string& password);

}  // namespace accord::test
