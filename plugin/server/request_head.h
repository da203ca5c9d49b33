// The head of an HTTP/1.1 request (request line and header fields) read from
// raw bytes, strictly after RFC 9112: the one place the host decides what a
// request says and whether it is well formed. A pure function, so that it can
// be tested and fuzzed without a socket.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace accord::server {

struct HeaderField {
  std::string name;
  std::string value;  // without surrounding whitespace
};

struct RequestHead {
  enum class State { kIncomplete, kComplete, kInvalid };
  State state = State::kIncomplete;
  // When invalid: the status to answer (400, 431, 505) and why, for the client.
  int status = 0;
  std::string problem;
  std::string method, target, version;  // version: "HTTP/1.0" or "HTTP/1.1"
  std::vector<HeaderField> fields;
  // Bytes the head takes, leading empty lines and the final blank line included.
  std::size_t length = 0;

  // The value of the first field called `name` (case-insensitive), or "".
  std::string get(std::string_view name) const;
  // How many fields are called `name`.
  std::size_t count(std::string_view name) const;
};

// Reads a head from the start of `bytes`. Returns kComplete with the parts once
// the blank line that ends the head has arrived; kIncomplete while it may still
// come; kInvalid as soon as a complete line is malformed (400: a request line
// without "METHOD SP target SP HTTP/x.y" such as HTTP/0.9's "GET /path", a bare
// LF, a folded or nameless field, control characters; 505: an HTTP version
// other than 1.0 and 1.1) or the head is longer than `maxBytes` (431).
RequestHead parseRequestHead(std::string_view bytes, std::size_t maxBytes);

// Whether every '%' in `target` starts a %XX escape with two hex digits: a
// target that fails this cannot be decoded, and is a client error (400).
bool wellEscaped(std::string_view target);

}  // namespace accord::server
