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
bool isJsonType(const std::string& contentType) {
  std::string type = contentType.substr(0, contentType.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type == "application/json" || (type.size() > 5 && type.compare(type.size() - 5, 5, "+json") == 0 &&
                                        type.rfind("application/", 0) == 0);
}

Error tooLarge(std::size_t limit) {
  return Error{ErrorCode::kTooLarge, "the body is larger than this server accepts (" + std::to_string(limit) +
                                         " bytes)", "body"};
}
}  // namespace

domain::Result<Poco::JSON::Object::Ptr> Call::jsonBody() const {
  const Limits& limits = api_.services.limits;
  if (!isJsonType(request_.getContentType()))
    return Error::invalid("Content-Type", "must be application/json, got '" + request_.getContentType() + "'");
  if (request_.hasContentLength() && request_.getContentLength64() > static_cast<Poco::Int64>(limits.maxBodyBytes))
    return tooLarge(limits.maxBodyBytes);
  std::string body;
  std::istream& in = request_.stream();
  char buffer[8192];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    body.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (body.size() > limits.maxBodyBytes) return tooLarge(limits.maxBodyBytes);
  }
  if (body.empty()) return Error::invalid("body", "is empty; this request needs a JSON object");
  return json::parseObject(body, {"body", static_cast<int>(limits.maxJsonDepth)});
}

}  // namespace accord::http
