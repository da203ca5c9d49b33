// One client connection as the transport holds it between requests: the socket,
// the bytes read but not yet used, and the clock that bounds its current wait.
#pragma once

#include <chrono>
#include <string>

#include <Poco/Net/StreamSocket.h>

#include "request_head.h"

namespace accord::server {

using Clock = std::chrono::steady_clock;

struct Connection {
  enum class Phase {
    kIdle,     // no byte of a request yet: bounded by http.idleTimeout
    kHead,     // part of a head: bounded by http.headTimeout from its first byte
    kWaiting,  // a complete head, waiting for its address's turn (http.perAddressWorkers)
    kServing,  // with a worker
  };

  Poco::Net::StreamSocket socket;
  std::string peer;  // the client's address without the port: the unit of the per-address cap
  std::string in;    // received, not yet used (the next head, pipelined requests)
  Phase phase = Phase::kIdle;
  Clock::time_point since = Clock::now();
  RequestHead head;    // the parsed head, once complete or found invalid
  bool close = false;  // set by the worker: close instead of waiting for the next request
};

}  // namespace accord::server
