// A route: method, path template and handler, with the description the OpenAPI
// document is generated from. Keeping both in one value is what makes the
// document complete: a route cannot be served without being described.
#pragma once

#include <string>
#include <vector>

#include "accord/app/authorization.h"
#include "reply.h"

namespace accord::http {

class Call;
using Handler = Reply (*)(Call&);

struct ParamDoc {
  std::string name;
  std::string schema;       // a JSON Schema, as JSON text
  std::string description;
  bool required = false;
};

struct ResponseDoc {
  int status = 200;
  std::string description;
  std::string schema;       // a component name ("Conference"), or empty for no body
  std::string mediaType;    // empty: application/json (problem+json for 4xx/5xx)
};

struct RouteDoc {
  std::string operationId;
  std::string summary;
  std::string tag;
  std::vector<ParamDoc> query;  // the only query parameters the route accepts
  std::string requestSchema;    // a component name, or empty for no body
  std::string requestMediaType;  // empty: application/json
  bool ifMatch = false;         // the update needs If-Match
  bool anonymous = false;       // answered without asking the authenticator (operations)
  std::vector<ResponseDoc> responses;
  bool uncached = false;  // a GET whose answer may change without an audited change
};

// Built in route tables as a sentence that names every choice:
//   r.add(Route::put("/api/v1/x/{id}", putX)
//             .describe("updateX", "xs", "Change an x")
//             .body("XPatch")
//             .needsIfMatch()
//             .responds({ok(200, "X")}, {400, 404, 412}));
struct Route {
  std::string method;
  std::string path;  // "/api/v1/declarations/{id}", without the mount prefix
  Handler handler = nullptr;
  RouteDoc doc;
  std::vector<app::Action> gate;  // see allows()

  static Route get(std::string path, Handler handler) { return {"GET", std::move(path), handler, {}, {}}; }
  static Route post(std::string path, Handler handler) { return {"POST", std::move(path), handler, {}, {}}; }
  static Route put(std::string path, Handler handler) { return {"PUT", std::move(path), handler, {}, {}}; }
  static Route patch(std::string path, Handler handler) { return {"PATCH", std::move(path), handler, {}, {}}; }
  static Route del(std::string path, Handler handler) { return {"DELETE", std::move(path), handler, {}, {}}; }

  // The OpenAPI operation id, the tag it is listed under, and one line on what it does.
  Route& describe(std::string operationId, std::string tag, std::string summary);
  // The only query parameters the route accepts.
  Route& query(std::vector<ParamDoc> params);
  // The request body's schema, a component name ("NewConference").
  Route& body(std::string schema);
  // A request body that is not JSON: text of `mediaType` ("text/csv") described by `schema`.
  Route& body(std::string schema, std::string mediaType);
  // An update that must name the version it was made from (If-Match).
  Route& needsIfMatch();
  // Answered without asking the authenticator (health, metrics, the API document).
  Route& anonymous();
  // A GET whose answer may change without an audited change: never cached.
  Route& uncached();
  // Who may call it at all: a caller authorized for none of `actions` (for the
  // URL's {country}, where it names one) is refused 403 before anything of the
  // request is read or checked, so that the answer says nothing about the body,
  // the If-Match or the record. The use case still decides the rest.
  Route& allows(std::vector<app::Action> actions);
  // The success answers, and the error statuses besides those of every route.
  Route& responds(std::vector<ResponseDoc> success, std::initializer_list<int> errors);
};

// The schema text of common parameters.
namespace schemas {
inline constexpr const char* kId = R"({"type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"})";
inline constexpr const char* kCountry = R"({"type":"string","pattern":"^[A-Z]{2}$"})";
inline constexpr const char* kPositive = R"({"type":"integer","minimum":1})";
inline constexpr const char* kString = R"({"type":"string"})";
inline constexpr const char* kLimit = R"({"type":"integer","minimum":1,"maximum":500,"default":50})";
inline constexpr const char* kDate = R"({"type":"string","format":"date"})";
inline constexpr const char* kTime = R"({"type":"string","format":"date-time"})";
}  // namespace schemas

inline ParamDoc optionalParam(std::string name, std::string schema, std::string description) {
  return {std::move(name), std::move(schema), std::move(description), false};
}
inline ParamDoc requiredParam(std::string name, std::string schema, std::string description) {
  return {std::move(name), std::move(schema), std::move(description), true};
}

// The two parameters of every list.
std::vector<ParamDoc> pagingParams();

// Response descriptions, so that route tables stay short: ok(200, "Conference"),
// then the error statuses the route can answer besides those every route can
// (401, 431, 500, 503, which the OpenAPI generator adds).
ResponseDoc ok(int status, const std::string& schema, const std::string& description = "");
// A 204: success with no body ("deleted", "signed out").
ResponseDoc noContent(const std::string& description);
// A 200 whose body is not JSON: a document or text of `mediaType`.
ResponseDoc documentBody(const std::string& mediaType, const std::string& description);
std::vector<ResponseDoc> responses(std::vector<ResponseDoc> success, std::initializer_list<int> errors);
// What an error status means in this API, for its description.
const char* errorMeaning(int status);

}  // namespace accord::http
