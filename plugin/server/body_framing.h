// How a request's body is delimited (RFC 9112 section 6), and the decoding of a
// chunked body. Ambiguous framing is the root of request smuggling, so every
// doubt is refused: the request gets 400 and its connection is closed. Pure
// functions, testable and fuzzable without a socket.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "request_head.h"

namespace accord::server {

struct Framing {
  enum class Kind { kNone, kLength, kChunked };
  Kind kind = Kind::kNone;
  std::uint64_t length = 0;  // for kLength
  int status = 0;            // 0, or the status to refuse the request with
  std::string problem;
};

// The framing `head` declares. Refuses with 400 a request carrying both
// Transfer-Encoding and Content-Length, Transfer-Encoding in HTTP/1.0, Content-
// Length values that differ or are not plain digits; with 501 a transfer coding
// other than "chunked" alone.
Framing framingOf(const RequestHead& head);

struct ChunkedBody {
  enum class State { kIncomplete, kComplete, kInvalid, kTooLarge };
  State state = State::kIncomplete;
  std::string body;
  std::size_t consumed = 0;  // bytes of `bytes` the chunked body took, when complete
  std::string problem;
};

// Decodes a chunked body from the start of `bytes`: hex sizes (extensions are
// skipped), data, CRLFs and trailer fields (ignored). Returns kInvalid at the
// first byte that breaks the grammar (a size that is not hex, a missing CRLF),
// kTooLarge once the data exceed `maxBytes`, kIncomplete while more may come.
ChunkedBody decodeChunked(std::string_view bytes, std::size_t maxBytes);

}  // namespace accord::server
