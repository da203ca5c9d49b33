#include "reply.h"

#include "accord/base/json_writer.h"
#include "accord/http/error_status.h"

namespace accord::http {

const std::string* Reply::find(const std::string& name) const {
  for (const auto& [k, v] : headers)
    if (k == name) return &v;
  return nullptr;
}

Reply json(std::string body) {
  Reply r;
  r.body = std::move(body);
  return r;
}

Reply json(std::string body, const std::string& etag) {
  Reply r = json(std::move(body));
  r.header("ETag", etag);
  return r;
}

Reply created(std::string body, const std::string& location, const std::string& etag) {
  Reply r = json(std::move(body), etag);
  r.status = 201;
  r.header("Location", location);
  return r;
}

namespace {
// Bodies of the problem document. The field path is the domain's ("signer.name");
// the bundle reader's "$." root is dropped because a request body has no name.
std::string fieldPath(const std::string& field) {
  if (field.rfind("$.", 0) == 0) return field.substr(2);
  if (field == "$") return "";
  return field;
}

Reply build(int status, const domain::Error& first, const std::vector<domain::Error>* all) {
  base::JsonWriter w;
  w.beginObject()
      .field("type", problemType(first.code))
      .field("title", reasonPhrase(status))
      .field("status", status)
      .field("detail", clientMessage(first));
  std::string field = fieldPath(first.field);
  if (!field.empty()) w.field("field", field);
  w.field("code", domain::errorCodeName(first.code));
  if (all && all->size() > 1) {
    w.key("errors").beginArray();
    for (const auto& e : *all)
      w.beginObject().field("field", fieldPath(e.field)).field("detail", clientMessage(e)).endObject();
    w.endArray();
  }
  w.endObject();
  Reply r;
  r.status = status;
  r.contentType = kProblemJson;
  r.body = w.str();
  if (clientMessage(first) != first.message) r.fault = first.message;
  // Seconds, as the header allows, so that a client can wait without parsing the detail.
  if (first.retryAfterSeconds > 0) r.header("Retry-After", std::to_string(first.retryAfterSeconds));
  return r;
}
}  // namespace

Reply problem(const domain::Error& e) { return build(httpStatus(e.code), e, nullptr); }

Reply problem(int status, const domain::Error& e) { return build(status, e, nullptr); }

Reply problem(const std::vector<domain::Error>& errors) {
  if (errors.empty()) return problem(domain::Error{domain::ErrorCode::kInternal, "no error to report", ""});
  return build(httpStatus(errors.front().code), errors.front(), &errors);
}

}  // namespace accord::http
