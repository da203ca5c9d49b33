// Who a request acts as: the holder of the bearer token it carries
// ("Authorization: Bearer <token>", RFC 6750), as the session service says now.
// There is no other way in: every route but the anonymous operations ones and
// signing in needs a token.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>

#include "accord/app/session_service.h"

namespace accord::http {

// The token of the request's Authorization header ("Authorization: Bearer
// <token>"). Returns kUnauthenticated (field "Authorization") when the header is
// missing, is not a Bearer credential, or carries an empty or malformed token; no
// message repeats the token. Nothing is checked against the session service here:
// the caller asks SessionService::authenticate.
domain::Result<std::string> bearerToken(const Poco::Net::HTTPServerRequest& request);

}  // namespace accord::http
