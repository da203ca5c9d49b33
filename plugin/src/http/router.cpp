#include "router.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

namespace accord::http {

std::vector<ParamDoc> pagingParams() {
  return {optionalParam("limit", schemas::kLimit, "items per page (1-500, default 50)"),
          optionalParam("cursor", schemas::kString, "the `next` value of the previous page")};
}

ResponseDoc ok(int status, const std::string& schema, const std::string& description) {
  std::string d = description;
  if (d.empty()) d = status == 201 ? "created" : status == 204 ? "done" : "the " + (schema.empty() ? "result" : schema);
  return {status, d, schema, ""};
}

ResponseDoc noContent(const std::string& description) {
  ResponseDoc r;
  r.status = 204;
  r.description = description;
  return r;
}

ResponseDoc documentBody(const std::string& mediaType, const std::string& description) {
  ResponseDoc r;
  r.status = 200;
  r.description = description;
  r.mediaType = mediaType;
  return r;
}

std::vector<ResponseDoc> responses(std::vector<ResponseDoc> success, std::initializer_list<int> errors) {
  for (int e : errors) success.push_back({e, errorMeaning(e), "Problem", ""});
  return success;
}

Route& Route::describe(std::string operationId, std::string tag, std::string summary) {
  doc.operationId = std::move(operationId);
  doc.tag = std::move(tag);
  doc.summary = std::move(summary);
  return *this;
}

Route& Route::query(std::vector<ParamDoc> params) {
  doc.query = std::move(params);
  return *this;
}

Route& Route::body(std::string schema) {
  doc.requestSchema = std::move(schema);
  return *this;
}

Route& Route::body(std::string schema, std::string mediaType) {
  doc.requestMediaType = std::move(mediaType);
  return body(std::move(schema));
}

Route& Route::needsIfMatch() {
  doc.ifMatch = true;
  return *this;
}

Route& Route::anonymous() {
  doc.anonymous = true;
  return *this;
}

Route& Route::allows(std::vector<app::Action> actions) {
  gate = std::move(actions);
  return *this;
}

Route& Route::uncached() {
  doc.uncached = true;
  return *this;
}

Route& Route::responds(std::vector<ResponseDoc> success, std::initializer_list<int> errors) {
  doc.responses = responses(std::move(success), errors);
  return *this;
}

const char* errorMeaning(int status) {
  switch (status) {
    case 304: return "not modified: the If-None-Match ETag is current";
    case 400: return "the request cannot be read: syntax, types, unknown or missing fields, bad parameters or text";
    case 401: return "the actor cannot be established";
    case 403: return "the actor may not do this";
    case 404: return "no such resource";
    case 409: return "the id is taken, or the resource's state does not allow this";
    case 411: return "a body without Content-Length";
    case 412: return "If-Match names a version that is no longer current";
    case 413: return "the body is larger than the server accepts";
    case 428: return "If-Match is missing: send the ETag you read";
    case 431: return "the headers are larger than the server accepts";
    case 500: return "an unexpected fault (logged)";
    case 501: return "not available in this version";
    case 503: return "the database cannot be reached, or the server is at capacity";
    default: return "an error";
  }
}

std::vector<std::string> splitPath(const std::string& path) {
  std::vector<std::string> out;
  std::size_t start = 1;  // paths begin with '/'
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    out.push_back(path.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return out;
}

void Router::add(Route route) {
  compiled_.push_back({splitPath(route.path)});
  routes_.push_back(std::move(route));
}

bool Router::fits(const Compiled& c, const std::vector<std::string>& segments, PathParams* params) {
  if (c.segments.size() != segments.size()) return false;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const std::string& pattern = c.segments[i];
    if (!pattern.empty() && pattern.front() == '{') {
      if (segments[i].empty()) return false;
      if (params) {
        std::string decoded;
        try {
          Poco::URI::decode(segments[i], decoded);
        } catch (const Poco::Exception&) {
          return false;
        }
        params->emplace_back(pattern.substr(1, pattern.size() - 2), std::move(decoded));
      }
    } else if (pattern != segments[i]) {
      return false;
    }
  }
  return true;
}

Match Router::match(const std::string& method, const std::string& path) const {
  Match m;
  if (path.empty() || path.front() != '/') return m;
  auto segments = splitPath(path);
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    if (!fits(compiled_[i], segments, nullptr)) continue;
    if (routes_[i].method == method) {
      m.route = &routes_[i];
      m.index = i;
      fits(compiled_[i], segments, &m.params);
      return m;
    }
    if (!m.allow.empty()) m.allow += ", ";
    m.allow += routes_[i].method;
  }
  return m;
}

}  // namespace accord::http
