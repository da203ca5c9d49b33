// The organization's time zone, read from the system's zone database (a TZif file
// under /usr/share/zoneinfo), so that pages print times as people there read them:
// "28 October 2016, 09:30 (CEST)". C++17 has no time zones and Poco only the
// process's own; one zone per server needs no more than its transitions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "accord/domain/date.h"
#include "accord/domain/result.h"

namespace accord::web {

class TimeZone {
 public:
  // UTC, the zone when none is configured in a test.
  TimeZone();
  // The zone `name` ("Europe/Vienna") from `databaseDir`. Returns kInvalidArgument
  // naming "web.timeZone" when the name is malformed or no readable TZif file has it.
  static domain::Result<TimeZone> load(const std::string& name,
                                       const std::string& databaseDir = "/usr/share/zoneinfo");
  // The zone from a TZif file's bytes (for tests); the same errors.
  static domain::Result<TimeZone> parse(const std::string& name, const std::string& tzif);

  struct Local {
    std::int64_t offsetSeconds = 0;  // east of UTC
    std::string abbreviation;        // "CEST"
  };
  // The offset and abbreviation in force at `t`. After the file's last transition
  // (2037 in Debian's files) the last one stays in force.
  Local at(domain::Timestamp t) const;
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::vector<std::int64_t> transitions_;  // UTC seconds, ascending
  std::vector<std::uint8_t> typeOf_;       // the type each transition starts
  std::vector<Local> types_;
  std::size_t initialType_ = 0;            // before the first transition
};

// "28 October 2016, 09:30 (CEST)": the date in words, the time on a 24-hour clock,
// the zone's abbreviation.
std::string longDateTime(domain::Timestamp t, const TimeZone& zone, const std::string& language = "en");

}  // namespace accord::web
