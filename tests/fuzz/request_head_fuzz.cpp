// The host's HTTP/1.1 request head parser and body framing on arbitrary bytes, as
// a client on the network sends them: the head, then, for a complete head, how
// its body is framed and, when chunked, the chunked decoder on the rest. The
// results must also be consistent: a complete head never claims more bytes than
// it was given, a decoded chunked body never more than it consumed.
#include <cstdlib>

#include "body_framing.h"
#include "fuzz_support.h"
#include "request_head.h"

using namespace accord;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes = fuzz::text(data, size);
  server::RequestHead head = server::parseRequestHead(bytes, 16384);
  (void)server::wellEscaped(bytes);
  if (head.state != server::RequestHead::State::kComplete) return 0;
  if (head.length > bytes.size()) std::abort();
  (void)server::wellEscaped(head.target);
  server::Framing framing = server::framingOf(head);
  if (framing.status != 0 || framing.kind != server::Framing::Kind::kChunked) return 0;
  std::string_view rest = bytes.substr(head.length);
  server::ChunkedBody body = server::decodeChunked(rest, 1 << 16);
  if (body.state == server::ChunkedBody::State::kComplete &&
      (body.consumed > rest.size() || body.body.size() > body.consumed))
    std::abort();
  return 0;
}
