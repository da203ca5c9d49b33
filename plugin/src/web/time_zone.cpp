#include "time_zone.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "accord/render/date_words.h"

namespace accord::web {

using domain::Error;

namespace {

// Big-endian integers from the file, with bounds checked by the caller's reader.
class Reader {
 public:
  explicit Reader(const std::string& bytes) : bytes_(bytes) {}
  bool has(std::size_t n) const { return pos_ + n <= bytes_.size(); }
  std::int64_t be(std::size_t n) {
    std::uint64_t x = 0;
    for (std::size_t i = 0; i < n; ++i) x = (x << 8) | static_cast<unsigned char>(bytes_[pos_++]);
    if (n < 8 && (x >> (8 * n - 1)) & 1) x |= ~std::uint64_t{0} << (8 * n);  // sign-extend
    return static_cast<std::int64_t>(x);
  }
  void skip(std::size_t n) { pos_ += n; }
  std::string text(std::size_t n) {
    std::string s = bytes_.substr(pos_, n);
    pos_ += n;
    return s;
  }

 private:
  const std::string& bytes_;
  std::size_t pos_ = 0;
};

struct Counts {
  std::int64_t isut, isstd, leap, time, type, chars;
};

Error bad(const std::string& name, const std::string& why) {
  return Error::invalid("web.timeZone", "the time zone '" + name + "' " + why);
}

}  // namespace

TimeZone::TimeZone() : name_("UTC"), types_{{0, "UTC"}} {}

domain::Result<TimeZone> TimeZone::load(const std::string& name, const std::string& databaseDir) {
  // A zone name is words and slashes: never a path that leaves the database.
  bool plain = !name.empty() && name.front() != '/' && name.find("..") == std::string::npos &&
               std::all_of(name.begin(), name.end(), [](char c) {
                 return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' || c == '+';
               });
  if (!plain) return bad(name, "is not a zone name such as Europe/Vienna");
  std::ifstream in(databaseDir + "/" + name, std::ios::binary);
  if (!in) return bad(name, "is not in the zone database " + databaseDir + " (Debian's package tzdata)");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return parse(name, bytes.str());
}

domain::Result<TimeZone> TimeZone::parse(const std::string& name, const std::string& tzif) {
  Reader r(tzif);
  auto header = [&](Counts& c) {
    if (!r.has(44) || r.text(4) != "TZif") return false;
    r.skip(16);  // version and reserved bytes
    c = {r.be(4), r.be(4), r.be(4), r.be(4), r.be(4), r.be(4)};
    return c.isut >= 0 && c.isstd >= 0 && c.leap >= 0 && c.time >= 0 && c.type > 0 && c.type < 256 && c.chars >= 0;
  };
  Counts c{};
  if (!header(c)) return bad(name, "is not a TZif file");
  const bool v2 = tzif.size() > 4 && tzif[4] >= '2';
  std::size_t timeSize = 4;
  if (v2) {
    // The first block has 32-bit times; the second, which follows, 64-bit ones.
    auto v1 = static_cast<std::size_t>(c.time * 5 + c.type * 6 + c.chars + c.leap * 8 + c.isstd + c.isut);
    if (!r.has(v1)) return bad(name, "is a truncated TZif file");
    r.skip(v1);
    if (!header(c)) return bad(name, "is not a TZif file");
    timeSize = 8;
  }
  auto body = static_cast<std::size_t>(c.time) * (timeSize + 1) + static_cast<std::size_t>(c.type * 6 + c.chars);
  if (!r.has(body)) return bad(name, "is a truncated TZif file");
  TimeZone z;
  z.name_ = name;
  z.types_.clear();
  for (std::int64_t i = 0; i < c.time; ++i) z.transitions_.push_back(r.be(timeSize));
  for (std::int64_t i = 0; i < c.time; ++i) z.typeOf_.push_back(static_cast<std::uint8_t>(r.be(1)));
  std::vector<std::pair<std::int64_t, std::size_t>> raw;
  std::vector<bool> dst;
  for (std::int64_t i = 0; i < c.type; ++i) {
    std::int64_t offset = r.be(4);
    dst.push_back(r.be(1) != 0);
    raw.emplace_back(offset, static_cast<std::size_t>(r.be(1)));
  }
  std::string chars = r.text(static_cast<std::size_t>(c.chars));
  for (const auto& [offset, at] : raw) {
    if (at >= chars.size()) return bad(name, "has a broken abbreviation table");
    z.types_.push_back({offset, chars.c_str() + at});
  }
  for (std::uint8_t t : z.typeOf_)
    if (t >= z.types_.size()) return bad(name, "has a transition to an unknown type");
  // Before the first transition: the first standard-time type (RFC 8536, 3.2).
  auto firstStandard = std::find(dst.begin(), dst.end(), false);
  z.initialType_ = firstStandard == dst.end() ? 0 : static_cast<std::size_t>(firstStandard - dst.begin());
  return z;
}

TimeZone::Local TimeZone::at(domain::Timestamp t) const {
  auto after = std::upper_bound(transitions_.begin(), transitions_.end(), t.seconds());
  if (after == transitions_.begin()) return types_[initialType_];
  return types_[typeOf_[static_cast<std::size_t>(after - transitions_.begin() - 1)]];
}

std::string longDateTime(domain::Timestamp t, const TimeZone& zone, const std::string& language) {
  TimeZone::Local local = zone.at(t);
  std::int64_t s = t.seconds() + local.offsetSeconds;
  std::int64_t days = s >= 0 ? s / 86400 : -((-s + 86399) / 86400);
  std::int64_t inDay = s - days * 86400;
  char clock[8];
  std::snprintf(clock, sizeof clock, "%02d:%02d", static_cast<int>(inDay / 3600), static_cast<int>(inDay % 3600 / 60));
  return render::formatDate(domain::Date::fromDays(days), language) + ", " + clock + " (" + local.abbreviation + ")";
}

}  // namespace accord::web
