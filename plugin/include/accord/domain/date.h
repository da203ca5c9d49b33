// Calendar dates and UTC instants, with ISO 8601 text forms. Plain arithmetic on the
// proleptic Gregorian calendar; no time zones beyond UTC.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "accord/domain/result.h"

namespace accord::domain {

class Date {
 public:
  Date() = default;  // 1970-01-01
  // Returns kInvalidArgument naming `field` unless `text` is a real YYYY-MM-DD date.
  static Result<Date> parse(std::string_view field, std::string_view text);
  static Date fromDays(std::int64_t daysSinceEpoch) { return Date(daysSinceEpoch); }
  // Precondition: a valid calendar date.
  static Date ymd(int year, unsigned month, unsigned day);

  int year() const;
  unsigned month() const;
  unsigned day() const;
  std::int64_t days() const { return days_; }  // since 1970-01-01
  Date plusDays(std::int64_t n) const { return Date(days_ + n); }
  std::string iso() const;                     // YYYY-MM-DD

  friend bool operator==(Date a, Date b) { return a.days_ == b.days_; }
  friend bool operator!=(Date a, Date b) { return a.days_ != b.days_; }
  friend bool operator<(Date a, Date b) { return a.days_ < b.days_; }
  friend bool operator<=(Date a, Date b) { return a.days_ <= b.days_; }
  friend bool operator>(Date a, Date b) { return a.days_ > b.days_; }
  friend bool operator>=(Date a, Date b) { return a.days_ >= b.days_; }

 private:
  explicit Date(std::int64_t days) : days_(days) {}
  std::int64_t days_ = 0;
};

// A UTC instant with one-second resolution.
class Timestamp {
 public:
  Timestamp() = default;
  // Returns kInvalidArgument naming `field` unless `text` is YYYY-MM-DDTHH:MM:SSZ.
  static Result<Timestamp> parse(std::string_view field, std::string_view text);
  static Timestamp fromSeconds(std::int64_t secondsSinceEpoch) { return Timestamp(secondsSinceEpoch); }

  std::int64_t seconds() const { return seconds_; }
  Date date() const;
  std::string iso() const;  // YYYY-MM-DDTHH:MM:SSZ

  friend bool operator==(Timestamp a, Timestamp b) { return a.seconds_ == b.seconds_; }
  friend bool operator!=(Timestamp a, Timestamp b) { return a.seconds_ != b.seconds_; }
  friend bool operator<(Timestamp a, Timestamp b) { return a.seconds_ < b.seconds_; }
  friend bool operator<=(Timestamp a, Timestamp b) { return a.seconds_ <= b.seconds_; }

 private:
  explicit Timestamp(std::int64_t s) : seconds_(s) {}
  std::int64_t seconds_ = 0;
};

// The time source, injected so that rules depending on "today" can be tested.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp now() const = 0;
  Date today() const { return now().date(); }
};

// A clock that says what it is told; for tests and for reproducible rendering.
class FixedClock final : public Clock {
 public:
  explicit FixedClock(Timestamp t) : t_(t) {}
  Timestamp now() const override { return t_; }
  void set(Timestamp t) { t_ = t; }

 private:
  Timestamp t_;
};

// The real clock.
class SystemClock final : public Clock {
 public:
  Timestamp now() const override;
};

}  // namespace accord::domain
