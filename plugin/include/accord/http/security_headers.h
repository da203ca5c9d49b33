// The response headers every answer of this server carries, whoever produced
// it (the API, the browser UI): browser hardening and the request id. One
// function so that no handler can forget one.
#pragma once

#include <string>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

namespace accord::http {

inline constexpr const char* kRequestIdHeader = "X-Request-Id";

// Sets X-Content-Type-Options, X-Frame-Options, Referrer-Policy and a
// Content-Security-Policy that allows same-origin styles, scripts and images
// only: no inline script, no framing, forms posting only to this origin.
void applySecurityHeaders(Poco::Net::HTTPServerResponse& response);

// The request's id for logs and the X-Request-Id answer: the client's own when it
// sent a sane one (1-64 of A-Z a-z 0-9 . _ -), so that a proxy's id carries
// through; a fresh random one otherwise, so that nothing a client sends can
// inject text into the log.
std::string requestIdOf(const Poco::Net::HTTPServerRequest& request);

}  // namespace accord::http
