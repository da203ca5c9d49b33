// The bounds the HTTP transport keeps, from the http.* and limits.* settings
// (options.cpp says what each one means).
#pragma once

#include <cstddef>

namespace accord::server {

struct TransportLimits {
  int threads = 16;                // requests served at once
  int queue = 64;                  // complete requests waiting for a thread; 503 beyond
  int ioSeconds = 10;              // longest wait for one read or write while serving
  int headSeconds = 10;            // whole request head, from its first byte
  int bodySeconds = 30;            // whole request body
  int idleSeconds = 5;             // a kept-alive connection between requests
  int perAddress = 128;            // open connections from one client address
  int perAddressServing = 8;       // requests from one client address with a worker at once
  int maxConnections = 4096;       // open connections in all
  std::size_t maxHeadBytes = 16384;
  std::size_t maxBodyBytes = 1 << 20;
};

}  // namespace accord::server
