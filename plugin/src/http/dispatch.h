// From a Poco request to a Reply and back: the checks every request passes
// before its handler (sizes, route, query, actor) and the one place replies are
// written to the wire.
#pragma once

#include <string>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "api_state.h"
#include "reply.h"

namespace accord::http {

// Answers `request`: 431 when the headers are over the limit, 413 when the
// declared body is, 411 for a body of unknown length, 404/405 without a route,
// a CORS preflight's 204 for a listed origin, 400 for a bad or unknown query
// parameter, 401 when a route needs a bearer token and the request has no valid one,
// else the handler's reply (304 when a GET's ETag matches If-None-Match).
// Sets `route` to the matched route's index for metrics.
SharedReply dispatch(const Api::State& state, const std::string& mount, Poco::Net::HTTPServerRequest& request,
               std::size_t& route);

// Writes `reply`. A request body left unread is drained when small and the
// connection closed otherwise, so the next request on it starts at a boundary.
void send(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response, const Reply& reply);

}  // namespace accord::http
