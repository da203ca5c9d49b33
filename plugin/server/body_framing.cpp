#include "body_framing.h"

#include <cctype>

namespace accord::server {

namespace {

Framing refuse(int status, std::string problem) {
  Framing f;
  f.status = status;
  f.problem = std::move(problem);
  return f;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

ChunkedBody chunkProblem(std::string problem) {
  ChunkedBody b;
  b.state = ChunkedBody::State::kInvalid;
  b.problem = std::move(problem);
  return b;
}

}  // namespace

Framing framingOf(const RequestHead& head) {
  bool chunked = head.count("Transfer-Encoding") > 0;
  bool sized = head.count("Content-Length") > 0;
  if (chunked && sized) return refuse(400, "a request may not carry both Transfer-Encoding and Content-Length");
  Framing f;
  if (chunked) {
    if (head.version == "HTTP/1.0") return refuse(400, "Transfer-Encoding is not defined in HTTP/1.0");
    std::string codings;
    for (const auto& field : head.fields)
      if (lower(field.name) == "transfer-encoding") codings += (codings.empty() ? "" : ",") + lower(field.value);
    if (trim(codings) != "chunked") return refuse(501, "the only transfer coding served is chunked, alone");
    f.kind = Framing::Kind::kChunked;
    return f;
  }
  if (!sized) return f;
  bool first = true;
  for (const auto& field : head.fields) {
    if (lower(field.name) != "content-length") continue;
    std::string_view rest = field.value;
    // A list of identical values is one value (RFC 9112 6.3); anything else is ambiguous.
    while (true) {
      auto comma = rest.find(',');
      std::string_view item = trim(rest.substr(0, comma));
      if (item.empty() || item.size() > 15) return refuse(400, "Content-Length must be a number of bytes");
      std::uint64_t n = 0;
      for (char c : item) {
        if (c < '0' || c > '9') return refuse(400, "Content-Length must be a number of bytes");
        n = n * 10 + static_cast<std::uint64_t>(c - '0');
      }
      if (!first && n != f.length) return refuse(400, "the request carries differing Content-Length values");
      f.length = n;
      first = false;
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  }
  f.kind = Framing::Kind::kLength;
  return f;
}

ChunkedBody decodeChunked(std::string_view bytes, std::size_t maxBytes) {
  ChunkedBody out;
  std::size_t at = 0;
  while (true) {
    std::size_t lf = bytes.find('\n', at);
    if (lf == std::string_view::npos) {
      // A size line is short; a long one without its end is an attack or garbage.
      if (bytes.size() - at > 4096) return chunkProblem("a chunk size line is too long");
      return out;
    }
    if (lf == at || bytes[lf - 1] != '\r') return chunkProblem("a chunk size line must end with CRLF");
    std::string_view line = bytes.substr(at, lf - 1 - at);
    std::string_view size = line.substr(0, line.find(';'));
    size = trim(size);
    if (size.empty() || size.size() > 8) return chunkProblem("a chunk size must be 1 to 8 hex digits");
    std::size_t n = 0;
    for (char c : size) {
      int v = hexValue(c);
      if (v < 0) return chunkProblem("a chunk size is not a hex number");
      n = n * 16 + static_cast<std::size_t>(v);
    }
    at = lf + 1;
    if (n == 0) break;
    if (out.body.size() + n > maxBytes) {
      out.state = ChunkedBody::State::kTooLarge;
      return out;
    }
    if (bytes.size() < at + n + 2) {
      out.body.clear();
      return out;  // the chunk has not all arrived
    }
    if (bytes.substr(at + n, 2) != "\r\n") return chunkProblem("a chunk's data must end with CRLF");
    out.body.append(bytes.substr(at, n));
    at += n + 2;
  }
  // Trailer fields, up to the empty line; they are read and ignored.
  while (true) {
    std::size_t lf = bytes.find('\n', at);
    if (lf == std::string_view::npos) {
      if (bytes.size() - at > 4096) return chunkProblem("a trailer line is too long");
      out.body.clear();
      return out;
    }
    if (lf == at || bytes[lf - 1] != '\r') return chunkProblem("a trailer line must end with CRLF");
    bool empty = lf == at + 1;
    at = lf + 1;
    if (empty) break;
  }
  out.state = ChunkedBody::State::kComplete;
  out.consumed = at;
  return out;
}

}  // namespace accord::server
