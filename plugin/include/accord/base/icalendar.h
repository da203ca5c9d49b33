// iCalendar (RFC 5545) text for calendar programs: all-day or timed events with stable
// UIDs, a stamp, a link and an alarm, written with CRLF line ends, lines folded
// at 75 octets (never inside a UTF-8 character), and text values escaped, so that
// hostile text (commas, semicolons, backslashes, line breaks, controls) stays a
// value and never becomes a property.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace accord::base {

struct CalendarEvent {
  std::string uid;          // stable across fetches: the same record gives the same UID
  std::string startDate;    // YYYY-MM-DD, all day
  std::string endDate;      // YYYY-MM-DD, the day after the last one (exclusive, as RFC 5545 wants)
  std::string summary;
  std::string description;  // may be empty
  std::string url;          // may be empty
  int alarmDaysBefore = 7;  // a display alarm this many days before the start; 0: none
  // "HH:MM" both, or both empty (all day): a timed event on startDate in floating
  // local time (RFC 5545 3.3.5, form 1), the time of the place it happens in.
  std::string startTime;
  std::string endTime;
};

// A TEXT value escaped: backslash, semicolon, comma and line breaks as \\ \; \, \n;
// other control characters (never allowed in TEXT) as spaces.
std::string icalText(std::string_view text);

// One content line folded at 75 octets (continuation lines start with a space),
// each line ended by CRLF.
std::string icalLine(std::string_view line);

// A DTSTAMP value from an ISO 8601 UTC instant: "2026-12-07T15:00:00Z" → "20261207T150000Z".
std::string icalStamp(std::string_view isoUtc);

// A whole VCALENDAR named `name` holding `events`, stamped `stampUtc`
// (YYYYMMDDTHHMMSSZ) as DTSTAMP of every event.
std::string icalendar(const std::string& name, const std::vector<CalendarEvent>& events, const std::string& stampUtc);

}  // namespace accord::base
