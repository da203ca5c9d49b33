#include "cors.h"

#include <algorithm>
#include <cctype>

namespace accord::http {

bool Cors::listed(const Poco::Net::HTTPServerRequest& request) const {
  if (origins_.empty() || !request.has("Origin")) return false;
  return std::find(origins_.begin(), origins_.end(), request.get("Origin")) != origins_.end();
}

bool Cors::isPreflight(const Poco::Net::HTTPServerRequest& request) const {
  return request.getMethod() == "OPTIONS" && request.has("Access-Control-Request-Method") && listed(request);
}

Reply Cors::preflight(const Poco::Net::HTTPServerRequest&, const std::string& allow) const {
  Reply r{204, {}, {}, {}};
  r.header("Access-Control-Allow-Methods", allow);
  r.header("Access-Control-Allow-Headers", "Authorization, Content-Type, If-Match, If-None-Match, X-Request-Id");
  r.header("Access-Control-Max-Age", "600");
  return r;
}

void Cors::decorate(const Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) const {
  if (origins_.empty()) return;
  // The answer depends on Origin whenever CORS is on, listed or not, so caches must key on it.
  response.set("Vary", "Origin");
  if (!listed(request)) return;
  response.set("Access-Control-Allow-Origin", request.get("Origin"));
  response.set("Access-Control-Expose-Headers", "ETag, Location, Retry-After, WWW-Authenticate, X-Request-Id");
}

domain::Result<std::vector<std::string>> parseOrigins(const std::string& field, const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  auto finish = [&]() -> domain::Status {
    if (current.empty()) return {};
    std::string why = "lists '" + current.substr(0, 100) +
                      "', which is not an origin (scheme://host[:port], http or https, no path)";
    std::size_t scheme = current.find("://");
    std::string name = scheme == std::string::npos ? "" : current.substr(0, scheme);
    if (name != "http" && name != "https") return domain::Error::invalid(field, why);
    std::string rest = current.substr(scheme + 3);
    if (rest.empty()) return domain::Error::invalid(field, why);
    for (char c : rest)
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' || c == '[' || c == ']'))
        return domain::Error::invalid(field, why);
    out.push_back(current);
    current.clear();
    return {};
  };
  for (char c : text) {
    if (c == ',' || c == ' ' || c == '\t') {
      if (domain::Status s = finish(); !s.ok()) return s.error();
    } else {
      current.push_back(c);
    }
  }
  if (domain::Status s = finish(); !s.ok()) return s.error();
  return out;
}

}  // namespace accord::http
