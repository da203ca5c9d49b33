// The limits the API enforces on each request, so that a client can neither
// exhaust memory nor hold a worker with one oversized request.
#pragma once

#include <cstddef>

namespace accord::http {

struct Limits {
  std::size_t maxBodyBytes = 1024 * 1024;  // larger bodies: 413, without reading them
  std::size_t maxHeaderBytes = 16 * 1024;  // all header names and values together: 431
  std::size_t maxJsonDepth = 32;           // deeper JSON nesting: 400
};

}  // namespace accord::http
