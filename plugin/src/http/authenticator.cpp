#include "accord/http/authenticator.h"

namespace accord::http {

using domain::Actor;
using domain::Error;
using domain::ErrorCode;

Authenticator fixedActor(Actor actor) {
  return [actor = std::move(actor)](const Poco::Net::HTTPServerRequest&) -> domain::Result<Actor> { return actor; };
}

Authenticator devActorHeader(Actor fallback) {
  return [fallback = std::move(fallback)](const Poco::Net::HTTPServerRequest& request) -> domain::Result<Actor> {
    if (!request.has(kActorHeader)) return fallback;
    auto actor = parseActor(kActorHeader, request.get(kActorHeader));
    if (!actor.ok()) return Error{ErrorCode::kUnauthenticated, actor.error().message, kActorHeader};
    return actor;
  };
}

domain::Result<Actor> parseActor(std::string_view field, std::string_view text) {
  std::string why = "must be name;role or name;coordinator;CC (e.g. \"coordinator.mk;coordinator;MK\")";
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t semi = text.find(';', start);
    parts.push_back(text.substr(start, semi == std::string_view::npos ? std::string_view::npos : semi - start));
    if (semi == std::string_view::npos) break;
    start = semi + 1;
  }
  if (parts.size() < 2 || parts.size() > 3 || parts[0].empty() || parts[0].size() > 100)
    return Error::invalid(std::string(field), why);
  for (char c : parts[0])
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return Error::invalid(std::string(field), why);
  auto role = domain::parseRole(field, parts[1]);
  if (!role.ok()) return role.error();
  Actor actor{std::string(parts[0]), *role, std::nullopt};
  if (parts.size() == 3) {
    auto country = domain::CountryCode::parse(field, parts[2]);
    if (!country.ok()) return country.error();
    actor.country = *country;
  }
  if ((actor.role == domain::Role::kCoordinator) != actor.country.has_value())
    return Error::invalid(std::string(field), "names a country for coordinators, and for them only");
  return actor;
}

}  // namespace accord::http
