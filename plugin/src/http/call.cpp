#include "call.h"

#include <cctype>
#include <istream>

#include <Poco/Exception.h>

#include "accord/json/node.h"

namespace accord::http {

using domain::Error;
using domain::ErrorCode;

Call::Call(Poco::Net::HTTPServerRequest& request, const Api::State& api, const std::string& mount, PathParams params,
           Query query, domain::Actor actor, std::optional<app::Authenticated> session)
    : request_(request), api_(api), mount_(mount), params_(std::move(params)), query_(std::move(query)),
      actor_(std::move(actor)), session_(std::move(session)) {}

const std::string& Call::param(const std::string& name) const {
  for (const auto& [k, v] : params_)
    if (k == name) return v;
  static const std::string none;
  return none;
}

domain::Result<app::PageRequest> Call::page() const {
  app::PageRequest page;
  auto limit = query_.integer("limit", 1, static_cast<long>(app::kMaxPageSize));
  if (!limit.ok()) return limit.error();
  if (*limit) page.limit = static_cast<std::size_t>(**limit);
  page.after = query_.get("cursor").value_or("");
  return page;
}

namespace {
// The media type of a Content-Type, lower case, without parameters.
std::string mediaTypeOf(const std::string& contentType) {
  std::string type = contentType.substr(0, contentType.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type;
}

bool isJsonType(const std::string& contentType) {
  std::string type = mediaTypeOf(contentType);
  return type == "application/json" || (type.size() > 5 && type.compare(type.size() - 5, 5, "+json") == 0 &&
                                        type.rfind("application/", 0) == 0);
}

Error tooLarge(std::size_t limit) {
  return Error{ErrorCode::kTooLarge, "the body is larger than this server accepts (" + std::to_string(limit) +
                                         " bytes)", "body"};
}

// The whole body, refused once it passes `limit` (by its Content-Length or as read).
domain::Result<std::string> readBody(Poco::Net::HTTPServerRequest& request, std::size_t limit) {
  if (request.hasContentLength() && request.getContentLength64() > static_cast<Poco::Int64>(limit))
    return tooLarge(limit);
  std::string body;
  std::istream& in = request.stream();
  char buffer[8192];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    body.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (body.size() > limit) return tooLarge(limit);
  }
  return body;
}
}  // namespace

domain::Result<Poco::JSON::Object::Ptr> Call::jsonBody() const {
  const Limits& limits = api_.services.limits;
  if (!isJsonType(request_.getContentType()))
    return Error::invalid("Content-Type", "must be application/json, got '" + request_.getContentType() + "'");
  auto body = readBody(request_, limits.maxBodyBytes);
  if (!body.ok()) return body.error();
  if (body->empty()) return Error::invalid("body", "is empty; this request needs a JSON object");
  return json::parseObject(*body, {"body", static_cast<int>(limits.maxJsonDepth)});
}

domain::Result<std::string> Call::textBody(const std::string& mediaType, std::size_t maxBytes) const {
  if (mediaTypeOf(request_.getContentType()) != mediaType)
    return Error::invalid("Content-Type", "must be " + mediaType + ", got '" + request_.getContentType() + "'");
  return readBody(request_, maxBytes);
}

}  // namespace accord::http
