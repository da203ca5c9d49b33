#include "request_head.h"

#include <cctype>

namespace accord::server {

namespace {

bool equalNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

// RFC 9110 token characters (method and field names).
bool tchar(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  if (std::isalnum(u)) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool token(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!tchar(c)) return false;
  return true;
}

// Visible ASCII and obs-text: what a request target may hold (no spaces, no controls).
bool targetChar(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u > 0x20 && u != 0x7f;
}

RequestHead invalid(int status, std::string problem) {
  RequestHead h;
  h.state = RequestHead::State::kInvalid;
  h.status = status;
  h.problem = std::move(problem);
  return h;
}

// Checks the request line and fills method, target and version; returns an
// empty string or what is wrong with it.
std::string readRequestLine(std::string_view line, RequestHead& h, int& status) {
  status = 400;
  auto sp1 = line.find(' ');
  if (sp1 == std::string_view::npos) return "the request line must read METHOD TARGET HTTP/1.1";
  auto sp2 = line.find(' ', sp1 + 1);
  if (sp2 == std::string_view::npos)
    return "the request line must end with the HTTP version (HTTP/1.1); HTTP/0.9 is not served";
  std::string_view method = line.substr(0, sp1), target = line.substr(sp1 + 1, sp2 - sp1 - 1),
                   version = line.substr(sp2 + 1);
  if (!token(method)) return "the method is not a token";
  if (target.empty()) return "the request target is empty";
  for (char c : target)
    if (!targetChar(c)) return "the request target holds a space or a control character";
  if (target.front() != '/' && target != "*" && target.rfind("http://", 0) != 0 && target.rfind("https://", 0) != 0)
    return "the request target must be a path starting with '/'";
  if (version.size() != 8 || version.substr(0, 5) != "HTTP/" || !std::isdigit(static_cast<unsigned char>(version[5])) ||
      version[6] != '.' || !std::isdigit(static_cast<unsigned char>(version[7])))
    return "the request line must end with the HTTP version (HTTP/1.1)";
  if (version != "HTTP/1.1" && version != "HTTP/1.0") {
    status = 505;
    return "only HTTP/1.0 and HTTP/1.1 are served";
  }
  h.method = std::string(method);
  h.target = std::string(target);
  h.version = std::string(version);
  return {};
}

// Checks one field line and appends it; returns an empty string or what is wrong.
std::string readField(std::string_view line, RequestHead& h) {
  if (line.front() == ' ' || line.front() == '\t') return "folded header lines (obs-fold) are not accepted";
  auto colon = line.find(':');
  if (colon == std::string_view::npos) return "a header line has no ':'";
  std::string_view name = line.substr(0, colon), value = line.substr(colon + 1);
  if (!token(name)) return "a header name is empty or holds a space or another character names may not";
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u == 0x7f) return "a header value holds a control character";
  }
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  h.fields.push_back({std::string(name), std::string(value)});
  return {};
}

}  // namespace

std::string RequestHead::get(std::string_view name) const {
  for (const auto& f : fields)
    if (equalNoCase(f.name, name)) return f.value;
  return {};
}

std::size_t RequestHead::count(std::string_view name) const {
  std::size_t n = 0;
  for (const auto& f : fields) n += equalNoCase(f.name, name) ? 1 : 0;
  return n;
}

RequestHead parseRequestHead(std::string_view bytes, std::size_t maxBytes) {
  RequestHead h;
  std::size_t at = 0;
  // RFC 9112 2.2: empty lines before a request line are ignored (some clients
  // send a CRLF after a body).
  while (bytes.substr(at, 2) == "\r\n") at += 2;
  bool first = true;
  while (true) {
    std::size_t lf = bytes.find('\n', at);
    if (lf == std::string_view::npos || lf >= maxBytes) {
      if (bytes.size() >= maxBytes)
        return invalid(431, "the request line and headers exceed " + std::to_string(maxBytes) + " bytes");
      return h;  // still incomplete
    }
    if (lf == at || bytes[lf - 1] != '\r') return invalid(400, "a line ends with a bare LF; lines end with CRLF");
    std::string_view line = bytes.substr(at, lf - 1 - at);
    at = lf + 1;
    if (line.find('\r') != std::string_view::npos) return invalid(400, "a line holds a bare CR");
    if (first) {
      int status = 400;
      if (std::string problem = readRequestLine(line, h, status); !problem.empty()) return invalid(status, problem);
      first = false;
      continue;
    }
    if (line.empty()) break;
    if (std::string problem = readField(line, h); !problem.empty()) return invalid(400, problem);
  }
  h.state = RequestHead::State::kComplete;
  h.length = at;
  return h;
}

bool wellEscaped(std::string_view target) {
  for (std::size_t i = 0; i < target.size(); ++i) {
    if (target[i] != '%') continue;
    if (i + 2 >= target.size()) return false;
    if (!std::isxdigit(static_cast<unsigned char>(target[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(target[i + 2])))
      return false;
    i += 2;
  }
  return true;
}

}  // namespace accord::server
