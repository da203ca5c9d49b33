#include "language_choice.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace accord::web {

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// "0.8" → 800; anything else than a qvalue (RFC 9110: 0 to 1, three decimals) → -1.
int qvalue(const std::string& s) {
  if (s.empty() || (s[0] != '0' && s[0] != '1')) return -1;
  int whole = s[0] - '0', thousandths = 0, digits = 0;
  if (s.size() > 1) {
    if (s[1] != '.' || s.size() > 5) return -1;
    for (std::size_t i = 2; i < s.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
      thousandths = thousandths * 10 + (s[i] - '0');
      ++digits;
    }
    for (; digits < 3; ++digits) thousandths *= 10;
  }
  int q = whole * 1000 + thousandths;
  return q > 1000 ? -1 : q;
}

bool has(const std::vector<std::string>& available, const std::string& lang) {
  return std::find(available.begin(), available.end(), lang) != available.end();
}

struct Range {
  std::string primary;  // "fr", or "*"
  int q;
  std::size_t order;
};

}  // namespace

std::string chooseLanguage(const std::string& setting, const std::string& acceptLanguage,
                           const std::vector<std::string>& available) {
  const std::string fallback = has(available, "en") || available.empty() ? "en" : available.front();
  if (!setting.empty() && has(available, lower(setting))) return lower(setting);
  // A header longer than any browser sends is not read at all: its first part would
  // do, but the cost of reading it is the client's choice, not ours.
  if (acceptLanguage.size() > 1024) return fallback;
  std::vector<Range> ranges;
  std::stringstream in(acceptLanguage);
  std::string part;
  while (std::getline(in, part, ',') && ranges.size() < 32) {
    std::stringstream fields(part);
    std::string tag, param;
    std::getline(fields, tag, ';');
    tag = lower(trim(tag));
    if (tag.empty()) continue;
    int q = 1000;
    while (std::getline(fields, param, ';')) {
      param = lower(trim(param));
      if (param.rfind("q=", 0) == 0) q = qvalue(param.substr(2));
    }
    if (q <= 0) continue;  // refused, or not a qvalue
    ranges.push_back({tag.substr(0, tag.find('-')), q, ranges.size()});
  }
  // Highest q first; among equals, the order the client gave.
  std::stable_sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) { return a.q > b.q; });
  for (const auto& r : ranges) {
    if (r.primary == "*") return fallback;
    if (has(available, r.primary)) return r.primary;
  }
  return fallback;
}

}  // namespace accord::web
