#include "test_accounts.h"

#include <sstream>
#include <stdexcept>
#include <vector>

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include "accord/app/account_use_cases.h"
#include "accord/base/data_dir.h"
#include "accord/bundle/bundle.h"
#include "accord/json/json_snapshots.h"
#include "accord/security/pbkdf2_password_hasher.h"
#include "accord/storage/storage.h"

namespace accord::test {

namespace {

// Enough rounds to be a real PBKDF2 hash, few enough that a suite making dozens of
// accounts does not spend its time hashing. The server verifies with the count
// stored in the hash, so sign-in is the real thing.
constexpr int kHarnessIterations = 1000;

domain::Actor parse(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t semi; (semi = text.find(';', start)) != std::string::npos; start = semi + 1)
    parts.push_back(text.substr(start, semi - start));
  parts.push_back(text.substr(start));
  if (parts.size() < 2 || parts.size() > 3) throw std::runtime_error("actor '" + text + "' is not name;role[;CC]");
  auto role = domain::parseRole("role", parts[1]);
  if (!role.ok()) throw std::runtime_error("actor '" + text + "': " + role.error().message);
  domain::Actor actor{parts[0], *role, std::nullopt};
  if (parts.size() == 3) {
    auto country = domain::CountryCode::parse("country", parts[2]);
    if (!country.ok()) throw std::runtime_error("actor '" + text + "': " + country.error().message);
    actor.country = *country;
  }
  return actor;
}

}  // namespace

TestAccounts::TestAccounts(std::string storageUri, const domain::Clock& clock)
    : storageUri_(std::move(storageUri)), clock_(clock) {}
TestAccounts::~TestAccounts() = default;

std::string TestAccounts::ensure(const std::string& text) {
  domain::Actor actor = parse(text);
  auto folded = domain::parseUserName("name", actor.name);
  if (!folded.ok()) throw std::runtime_error("actor '" + text + "': " + folded.error().message);
  // User names fold case: "coordinator.MK" and "coordinator.mk" are one account.
  std::string identity = *folded + ";" + domain::toString(actor.role) + (actor.country ? ";" + actor.country->str() : "");
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = actors_.find(*folded); it != actors_.end()) {
    if (it->second != identity)
      throw std::runtime_error("the test account '" + *folded + "' was made as '" + it->second +
                               "'; use another name for '" + text + "'");
    return *folded;
  }
  if (!store_) {
    auto store = storage::openStore(storageUri_, [] {
      storage::StoreOptions o;
      o.maxSessions = 1;
      return o;
    }());
    if (!store.ok()) throw std::runtime_error("test accounts: " + store.error().message);
    store_ = std::move(store).value();
  }
  static const domain::CountryCatalog countries = [] {
    auto c = bundle::readCountriesFile(base::dataPath("samples/reference/countries.json"));
    if (!c.ok()) throw std::runtime_error("test accounts: " + c.error().message);
    return std::move(c).value();
  }();
  security::Pbkdf2PasswordHasher hasher(kHarnessIterations);
  domain::Actor admin{"test.harness", domain::Role::kAdmin, std::nullopt};
  app::NewAccount request{*folded, "Test " + *folded, *folded + "@accord.test", actor.role, actor.country,
                          passwordOf(*folded)};
  const json::JsonSnapshots snapshots;
  auto made = app::addAccount({*store_, clock_, snapshots}, {hasher, countries}, admin, request);
  if (!made.ok() && made.error().code == domain::ErrorCode::kAlreadyExists) {
    // Another harness on the same storage (a second server) made it: the password
    // is the same; the role and country must be too.
    made = app::getAccount({*store_, clock_, snapshots}, admin, *folded);
    if (made.ok() && !(made->role == actor.role && made->country == actor.country))
      throw std::runtime_error("the test account '" + *folded + "' exists with another role than '" + text + "'");
  }
  if (!made.ok()) throw std::runtime_error("test account '" + text + "': " + made.error().message);
  actors_[*folded] = identity;
  return *folded;
}

std::string TestAccounts::token(int port, const std::string& actor) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = tokens_.find(actor); it != tokens_.end()) return it->second;
  }
  std::string name = ensure(actor);
  std::string token = signIn(port, name, passwordOf(name));
  std::lock_guard<std::mutex> lock(mutex_);
  tokens_[actor] = token;
  return token;
}

void TestAccounts::forgetTokens() {
  std::lock_guard<std::mutex> lock(mutex_);
  tokens_.clear();
}

std::string signIn(int port, const std::string& user, const std::string& password) {
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port));
  session.setTimeout(Poco::Timespan(30, 0));
  Poco::Net::HTTPRequest request("POST", "/api/v1/session", Poco::Net::HTTPMessage::HTTP_1_1);
  Poco::JSON::Object body;
  body.set("user", user);
  body.set("password", password);
  std::ostringstream text;
  body.stringify(text);
  request.setContentType("application/json");
  request.setContentLength(static_cast<std::streamsize>(text.str().size()));
  session.sendRequest(request) << text.str();
  Poco::Net::HTTPResponse response;
  std::string answer;
  Poco::StreamCopier::copyToString(session.receiveResponse(response), answer);
  if (response.getStatus() != 201)
    throw std::runtime_error("signing in as " + user + " answered " + std::to_string(response.getStatus()) + ": " +
                             answer);
  Poco::JSON::Parser parser;
  return parser.parse(answer).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("token");
}

}  // namespace accord::test
