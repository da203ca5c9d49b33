// The Accord REST API (/api/v1, /healthz, /metrics): a Poco request handler
// factory over the use cases. Handlers decode the request, call one use case and
// encode its result; errors leave as application/problem+json.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include "accord/app/credentials.h"
#include "accord/app/document_port.h"
#include "accord/app/record_snapshots.h"
#include "accord/app/session_service.h"
#include "accord/app/store.h"
#include "accord/domain/country.h"
#include "accord/domain/date.h"
#include "accord/http/limits.h"

namespace accord::http {

// The read cache (see plugin/src/http/read_cache.h): answers to GETs are kept
// until the data changes. Changes through this server are seen at once; changes
// made elsewhere (another instance on the same database, the command-line tool)
// within `maxStale`. maxBytes 0 turns it off.
struct CacheSettings {
  std::chrono::milliseconds maxStale{250};
  std::size_t maxBytes = 64u << 20;
};

// What the API works with. The referenced objects must outlive the Api and every
// handler it created.
struct ApiServices {
  app::Store& store;
  const domain::Clock& clock;
  const app::RecordSnapshots& snapshots;    // what audit events keep of a record
  const app::DocumentPort& documents;
  const domain::CountryCatalog& countries;  // the reference list
  app::SessionService& sessions;            // bearer tokens: every route but the anonymous ones
  const app::PasswordHasher& hasher;        // for accounts created or reset through the API
  std::function<std::string()> newPassword; // made up when an admin does not choose one
  Limits limits;
  Poco::Logger& logger;
  CacheSettings cache = {};
  // Origins (scheme://host[:port]) whose browser pages may call the API
  // (CORS). Empty: no CORS headers at all, the same-origin UI needs none.
  std::vector<std::string> corsOrigins = {};
};

// One route: "GET" and "/api/v1/declarations/{id}".
struct RouteInfo {
  std::string method;
  std::string path;
};

class Api {
 public:
  explicit Api(ApiServices services);
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  // A factory answering every request whose path starts with `mountPrefix` ("" or
  // "/name"): routes as documented, 404/405 problems for the rest. The factory
  // shares this Api's state; keep the Api alive while the factory is in use.
  Poco::Net::HTTPRequestHandlerFactory::Ptr factory(const std::string& mountPrefix);

  // Every route the API serves, without the mount prefix.
  std::vector<RouteInfo> routes() const;

  // The OpenAPI 3 document served at /api/v1/openapi.json, for routes mounted at
  // `mountPrefix`.
  std::string openApi(const std::string& mountPrefix) const;

  // Tells the read cache that the data changed: answers computed before are not
  // served again. The plugin wires it to the store everyone writes through
  // (app::NotifyingStore), so a change made by a page is seen as at once as one
  // made by the API.
  void dataChanged();

  struct State;

 private:
  std::shared_ptr<State> state_;
};

}  // namespace accord::http
