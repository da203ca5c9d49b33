// Who a request acts as: the holder of the bearer token it carries
// ("Authorization: Bearer <token>", RFC 6750), as the session service says now.
// There is no other way in: every route but the anonymous operations ones and
// signing in needs a token.
#pragma once

#include <Poco/Net/HTTPServerRequest.h>

#include "accord/app/session_service.h"

namespace accord::http {

// Returns the session the request's bearer token belongs to. Returns
// kUnauthenticated (field "Authorization") when the header is missing, is not a
// Bearer credential or carries no token, and whatever SessionService::authenticate
// refuses (forged, expired, signed out, account disabled). No message repeats the
// token.
domain::Result<app::Authenticated> authenticateBearer(app::SessionService& sessions,
                                                      const Poco::Net::HTTPServerRequest& request);

// The token of the request's Authorization header, or the refusal above for a
// missing, non-Bearer, empty or malformed one. Nothing is checked against the
// session service yet.
domain::Result<std::string> bearerToken(const Poco::Net::HTTPServerRequest& request);

}  // namespace accord::http
