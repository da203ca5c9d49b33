// Who a request acts as. The API asks one function per request; the accounts
// issue will slot in a bearer-token authenticator here without touching the
// handlers.
#pragma once

#include <functional>
#include <string_view>

#include <Poco/Net/HTTPServerRequest.h>

#include "accord/domain/actor.h"

namespace accord::http {

// Returns the actor a request acts as, or kUnauthenticated with the reason (the
// API answers 401).
using Authenticator = std::function<domain::Result<domain::Actor>(const Poco::Net::HTTPServerRequest&)>;

// Temporary, until accounts exist: every request acts as `actor`.
Authenticator fixedActor(domain::Actor actor);

// Temporary, for development and tests only (--dev-actor-header): a request may
// name its actor in the header "X-Accord-Actor: name;role;country" (country for
// coordinators only); a request without the header acts as `fallback`. A header
// that does not parse is kUnauthenticated.
Authenticator devActorHeader(domain::Actor fallback);

inline constexpr const char* kActorHeader = "X-Accord-Actor";

// Parses "name;role[;country]". Returns kInvalidArgument naming `field` for an
// empty name, an unknown role, a bad country code, a coordinator without a
// country or another role with one.
domain::Result<domain::Actor> parseActor(std::string_view field, std::string_view text);

}  // namespace accord::http
