// The one table from domain error codes to HTTP statuses, and the problem type
// URI each code is published under (application/problem+json, RFC 9457).
#pragma once

#include <string>

#include "accord/domain/result.h"

namespace accord::http {

// kInvalidArgument 400, kNotFound 404, kAlreadyExists 409, kInvalidState 409,
// kConflict 412, kPreconditionRequired 428, kForbidden 403, kUnauthenticated 401,
// kTooLarge 413, kRateLimited 429, kUnavailable 503, kInternal 500.
int httpStatus(domain::ErrorCode code);

// "urn:accord:problem:invalid_argument": stable, names the code, and does not
// pretend to be a page one could open.
std::string problemType(domain::ErrorCode code);

// The status line's standard reason phrase ("Precondition Required").
const char* reasonPhrase(int status);

// What a client is told of `e`: its own message, except for a fault of the server
// or its database (kInternal, kUnavailable), whose message names their internals
// (a driver's words, a table, a file) and is for the server's log only; the client
// then gets a plain sentence. A kUnavailable naming "format" is the PDF converter's
// (not installed, or past its timeout), whose message is for the client. The API's
// problems and the pages' errors both use it.
std::string clientMessage(const domain::Error& e);

}  // namespace accord::http
