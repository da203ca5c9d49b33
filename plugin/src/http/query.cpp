#include "query.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

namespace accord::http {

using domain::Error;

domain::Result<Query> Query::parse(const std::string& raw) {
  Query q;
  std::size_t start = 0;
  while (start < raw.size()) {
    std::size_t amp = raw.find('&', start);
    std::string part = raw.substr(start, amp == std::string::npos ? std::string::npos : amp - start);
    start = amp == std::string::npos ? raw.size() : amp + 1;
    if (part.empty()) continue;
    std::size_t eq = part.find('=');
    std::string name, value;
    try {
      // '+' is a space in form encoding; decode it before the percent escapes.
      for (char& c : part)
        if (c == '+') c = ' ';
      Poco::URI::decode(part.substr(0, eq), name);
      if (eq != std::string::npos) Poco::URI::decode(part.substr(eq + 1), value);
    } catch (const Poco::Exception&) {
      return Error::invalid("query", "has a bad percent-encoding");
    }
    if (q.get(name)) return Error::invalid(name, "is given more than once");
    q.items_.emplace_back(std::move(name), std::move(value));
  }
  return q;
}

std::optional<std::string> Query::get(const std::string& name) const {
  for (const auto& [k, v] : items_)
    if (k == name) return v;
  return std::nullopt;
}

domain::Result<std::optional<long>> Query::integer(const std::string& name, long min, long max) const {
  return parseInteger(name, get(name), min, max);
}

domain::Result<std::optional<long>> parseInteger(const std::string& name, const std::optional<std::string>& raw,
                                                 long min, long max) {
  if (!raw) return std::optional<long>();
  std::string why = "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max);
  if (raw->empty() || raw->size() > 9) return Error::invalid(name, why);
  long n = 0;
  for (char c : *raw) {
    if (c < '0' || c > '9') return Error::invalid(name, why);
    n = n * 10 + (c - '0');
  }
  if (n < min || n > max) return Error::invalid(name, why);
  return std::optional<long>(n);
}

}  // namespace accord::http
