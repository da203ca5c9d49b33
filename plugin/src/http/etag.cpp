#include "etag.h"

#include <cstdint>
#include <cstdio>

namespace accord::http {

using domain::Error;
using domain::ErrorCode;

std::string versionTag(long version) { return "\"v" + std::to_string(version) + "\""; }

std::string contentTag(std::string_view body) {
  // FNV-1a, 64 bits: a fingerprint for caches, not a security property.
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : body) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string("W/\"") + buf + "\"";
}

namespace {
std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t");
  auto e = s.find_last_not_of(" \t");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}
}  // namespace

domain::Result<long> expectedVersion(const Poco::Net::HTTPServerRequest& request) {
  if (!request.has("If-Match"))
    return Error{ErrorCode::kPreconditionRequired,
                 "updates need If-Match with the ETag you read (e.g. If-Match: \"v3\"), so that nobody's change is lost",
                 "If-Match"};
  std::string v = trim(request.get("If-Match"));
  if (v == "*" || v.rfind("W/", 0) == 0)
    return Error{ErrorCode::kConflict, "If-Match must be the strong ETag of the version you read, not " + v,
                 "If-Match"};
  if (v.size() < 4 || v.front() != '"' || v.back() != '"' || v[1] != 'v')
    return Error::invalid("If-Match", "must be one ETag as this API sends it, e.g. \"v3\"");
  long n = 0;
  for (std::size_t i = 2; i + 1 < v.size(); ++i) {
    if (v[i] < '0' || v[i] > '9' || n > 100000000L)
      return Error::invalid("If-Match", "must be one ETag as this API sends it, e.g. \"v3\"");
    n = n * 10 + (v[i] - '0');
  }
  return n;
}

bool ifNoneMatch(const Poco::Net::HTTPServerRequest& request, const std::string& etag) {
  if (!request.has("If-None-Match")) return false;
  const std::string& header = request.get("If-None-Match");
  if (trim(header) == "*") return true;
  // Weak comparison (RFC 9110 13.1.2): the W/ prefix does not matter.
  auto opaque = [](std::string t) { return t.rfind("W/", 0) == 0 ? t.substr(2) : t; };
  std::string want = opaque(etag);
  std::size_t start = 0;
  while (start <= header.size()) {
    std::size_t comma = header.find(',', start);
    std::string item = trim(header.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (opaque(item) == want) return true;
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return false;
}

}  // namespace accord::http
