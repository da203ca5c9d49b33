// The host with the real plugin, in process: loads the built libaccord_plugin.so
// with Poco::ClassLoader, initializes it on a fresh database seeded with the
// Skopje sample, and serves it on 127.0.0.1 with a port the system picks. Tests
// speak HTTP to it with Client.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPResponse.h>

#include "test_accounts.h"

namespace accord::test {

struct Response {
  int status = 0;
  std::string body;
  Poco::Net::HTTPResponse head;

  std::string header(const std::string& name) const { return head.get(name, ""); }
  // The body as a JSON object; throws (failing the test) when it is not one.
  Poco::JSON::Object::Ptr json() const;
  // A string member of the body, or "" when absent.
  std::string str(const std::string& key) const;
};

class Client {
 public:
  // A client without credentials: only the anonymous routes answer it.
  explicit Client(int port) : port_(port) {}
  // A client acting as "name;role[;CC]" through `accounts` (see test_accounts.h):
  // every request carries that account's bearer token.
  Client(int port, std::shared_ptr<TestAccounts> accounts, std::string actor)
      : port_(port), accounts_(std::move(accounts)), actor_(std::move(actor)) {}
  // The same server as another actor; "" for no credentials.
  Client as(const std::string& actor) const { return Client(port_, accounts_, actor); }
  // The same server with "Authorization: Bearer `token`" as given, whatever it holds.
  Client withToken(const std::string& token) const {
    Client c(port_);
    c.token_ = token;
    return c;
  }
  // The token this client sends ("" for none); signs in first when needed.
  std::string token() const;

  using Headers = std::map<std::string, std::string>;
  Response get(const std::string& path, const Headers& headers = {}) const;
  Response post(const std::string& path, const std::string& json, const Headers& headers = {}) const;
  Response put(const std::string& path, const std::string& json, const Headers& headers = {}) const;
  Response patch(const std::string& path, const std::string& json, const Headers& headers = {}) const;
  Response del(const std::string& path, const Headers& headers = {}) const;
  // Any request; a body is sent with Content-Length and `contentType`.
  Response send(const std::string& method, const std::string& path, const std::string& body,
                const std::string& contentType, const Headers& headers) const;

  // GET `path` and return its ETag (the version to name in If-Match).
  std::string etag(const std::string& path) const;

  int port() const { return port_; }

 private:
  int port_;
  std::shared_ptr<TestAccounts> accounts_;
  std::string actor_;
  std::string token_;  // fixed by withToken
};

struct ServerOptions {
  bool seed = true;                          // import the Skopje sample first
  std::string storageUri;                    // empty: a new SQLite file
  std::map<std::string, std::string> config; // more settings (plugin keys)
  std::string now = "2017-10-15T12:00:00Z";  // the host's clock
};

class PluginServer {
 public:
  explicit PluginServer(ServerOptions options = {});
  ~PluginServer();
  PluginServer(const PluginServer&) = delete;
  PluginServer& operator=(const PluginServer&) = delete;

  int port() const;
  // Acts as the secretariat, signed in with a real account.
  Client client() const { return Client(port(), accounts(), "sec;secretariat"); }
  // Without credentials.
  Client anonymous() const { return Client(port()); }
  std::shared_ptr<TestAccounts> accounts() const;
  const std::string& storageUri() const;
  // Moves the host's clock. Kept tokens are dropped (the next request signs in
  // again at the new time), so that only tests that hold a token themselves see
  // it expire.
  void setNow(const std::string& iso);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// Paths of the seeded sample that many suites use.
inline constexpr const char* kDeclaration = "/api/v1/declarations/skopje-joint-declaration";
inline constexpr const char* kConference = "/api/v1/conferences/skopje-2016";

// Sends `bytes` as they are on a new connection and returns everything the
// server answers until it closes the connection or falls silent for two seconds:
// for requests a well-behaved client cannot send.
std::string rawExchange(int port, const std::string& bytes);
// The status code of the first response in `raw` ("HTTP/1.1 413 ..."), or 0.
int statusOf(const std::string& raw);

// `text` as a JSON string literal.
std::string quoted(const std::string& text);

// The CSRF token the forms of a page carry (the value of its first
// <input name="csrf">), or "" when it has none.
std::string csrfOf(const std::string& html);

}  // namespace accord::test
