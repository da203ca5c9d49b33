#include "accord/base/icalendar.h"

namespace accord::base {

namespace {
// "2017-12-31" → "20171231".
std::string basicDate(const std::string& iso) {
  std::string out;
  for (char c : iso)
    if (c != '-') out += c;
  return out;
}
// "09:30" → "093000"; anything but digits dropped, so no text reaches the line.
std::string basicTime(const std::string& hhmm) {
  std::string out;
  for (char c : hhmm)
    if (c >= '0' && c <= '9') out += c;
  return out + "00";
}
// A URI value is not TEXT: nothing is escaped, but no control character (a line
// break would start a property) may reach it.
std::string uriValue(std::string_view uri) {
  std::string out;
  for (char c : uri)
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
  return out;
}
}  // namespace

std::string icalText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        out += "\\n";
        break;
      case '\n': out += "\\n"; break;
      default: out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? ' ' : c;
    }
  }
  return out;
}

std::string icalLine(std::string_view line) {
  constexpr std::size_t kOctets = 75;
  std::string out;
  std::size_t limit = kOctets;  // the first line holds 75 octets, the next ones 74 after their space
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string icalStamp(std::string_view isoUtc) {
  std::string out;
  for (char c : isoUtc)
    if (c != '-' && c != ':') out += c;
  return out;
}

std::string icalendar(const std::string& name, const std::vector<CalendarEvent>& events, const std::string& stampUtc) {
  std::string out = icalLine("BEGIN:VCALENDAR") + icalLine("VERSION:2.0") + icalLine("PRODID:-//Accord//Deadlines//EN") +
                    icalLine("CALSCALE:GREGORIAN") + icalLine("METHOD:PUBLISH") + icalLine("X-WR-CALNAME:" + icalText(name));
  for (const auto& e : events) {
    out += icalLine("BEGIN:VEVENT");
    out += icalLine("UID:" + icalText(e.uid));
    out += icalLine("DTSTAMP:" + stampUtc);
    if (e.startTime.empty()) {
      out += icalLine("DTSTART;VALUE=DATE:" + basicDate(e.startDate));
      out += icalLine("DTEND;VALUE=DATE:" + basicDate(e.endDate));
    } else {
      out += icalLine("DTSTART:" + basicDate(e.startDate) + "T" + basicTime(e.startTime));
      out += icalLine("DTEND:" + basicDate(e.startDate) + "T" + basicTime(e.endTime));
    }
    out += icalLine("SUMMARY:" + icalText(e.summary));
    if (!e.description.empty()) out += icalLine("DESCRIPTION:" + icalText(e.description));
    if (!e.url.empty()) out += icalLine("URL:" + uriValue(e.url));
    // A session takes the time it lasts; a day or a deadline only marks the calendar.
    out += icalLine(e.startTime.empty() ? "TRANSP:TRANSPARENT" : "TRANSP:OPAQUE");
    if (e.alarmDaysBefore > 0) {
      out += icalLine("BEGIN:VALARM");
      out += icalLine("ACTION:DISPLAY");
      out += icalLine("DESCRIPTION:" + icalText(e.summary));
      out += icalLine("TRIGGER:-P" + std::to_string(e.alarmDaysBefore) + "D");
      out += icalLine("END:VALARM");
    }
    out += icalLine("END:VEVENT");
  }
  out += icalLine("END:VCALENDAR");
  return out;
}

}  // namespace accord::base
