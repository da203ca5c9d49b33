#include "accord/domain/date.h"

#include <chrono>
#include <cstdio>

namespace accord::domain {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic
// Gregorian calendar, no library time zone involved.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Civil {
  std::int64_t y;
  unsigned m, d;
};

Civil civilFromDays(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}

bool isLeap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

unsigned daysInMonth(std::int64_t y, unsigned m) {
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Reads exactly `n` digits at `pos`; -1 if any is not a digit.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// Parses the YYYY-MM-DD prefix of `s` (which is at least 10 characters long).
bool parseYmd(std::string_view s, std::int64_t& days) {
  if (s[4] != '-' || s[7] != '-') return false;
  int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  if (static_cast<unsigned>(d) > daysInMonth(y, static_cast<unsigned>(m))) return false;
  days = daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  return true;
}

}  // namespace

Result<Date> Date::parse(std::string_view field, std::string_view text) {
  std::int64_t days = 0;
  if (text.size() != 10 || !parseYmd(text, days))
    return Error::invalid(std::string(field), "must be a date written YYYY-MM-DD, got '" +
                                                  std::string(text.substr(0, 40)) + "'");
  return Date(days);
}

Date Date::ymd(int year, unsigned month, unsigned day) { return Date(daysFromCivil(year, month, day)); }

int Date::year() const { return static_cast<int>(civilFromDays(days_).y); }
unsigned Date::month() const { return civilFromDays(days_).m; }
unsigned Date::day() const { return civilFromDays(days_).d; }

std::string Date::iso() const {
  Civil c = civilFromDays(days_);
  char buf[32];  // room for any int year, so the compiler can prove no truncation
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(c.y), c.m, c.d);
  return buf;
}

Result<Timestamp> Timestamp::parse(std::string_view field, std::string_view text) {
  std::int64_t days = 0;
  bool ok = text.size() == 20 && parseYmd(text, days) && text[10] == 'T' && text[13] == ':' &&
            text[16] == ':' && text[19] == 'Z';
  int h = ok ? digits(text, 11, 2) : -1, mi = ok ? digits(text, 14, 2) : -1, s = ok ? digits(text, 17, 2) : -1;
  if (!ok || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59)
    return Error::invalid(std::string(field), "must be a UTC time written YYYY-MM-DDTHH:MM:SSZ, got '" +
                                                  std::string(text.substr(0, 40)) + "'");
  return Timestamp(days * 86400 + h * 3600 + mi * 60 + s);
}

Date Timestamp::date() const {
  std::int64_t days = seconds_ >= 0 ? seconds_ / 86400 : -((-seconds_ + 86399) / 86400);
  return Date::fromDays(days);
}

std::string Timestamp::iso() const {
  Date d = date();
  std::int64_t rest = seconds_ - d.days() * 86400;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", d.iso().c_str(), static_cast<int>(rest / 3600),
                static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
  return buf;
}

Timestamp SystemClock::now() const {
  using namespace std::chrono;
  return Timestamp::fromSeconds(duration_cast<seconds>(system_clock::now().time_since_epoch()).count());
}

}  // namespace accord::domain
