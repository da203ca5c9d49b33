// iCalendar text: CRLF everywhere, lines folded at 75 octets without cutting a
// UTF-8 character, and hostile text escaped so that it stays one value.
#include <algorithm>

#include <boost/test/unit_test.hpp>

#include "accord/base/icalendar.h"

using namespace accord::base;

BOOST_AUTO_TEST_SUITE(icalendar_tests)

namespace {
std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t at = 0;
  for (std::size_t end = text.find("\r\n"); end != std::string::npos; end = text.find("\r\n", at)) {
    out.push_back(text.substr(at, end - at));
    at = end + 2;
  }
  BOOST_TEST(at == text.size());  // nothing after the last CRLF
  return out;
}
}  // namespace

BOOST_AUTO_TEST_CASE(text_values_escape_what_would_end_them) {
  BOOST_TEST(icalText("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf");
  BOOST_TEST(icalText(std::string("bell\x07tab\tdel\x7f")) == "bell tab del ");
  BOOST_TEST(icalText("END:VEVENT") == "END:VEVENT");  // harmless once it cannot start a line
}

BOOST_AUTO_TEST_CASE(long_lines_fold_at_75_octets_between_characters) {
  std::string line = "SUMMARY:" + std::string(100, 'x');
  auto folded = lines(icalLine(line));
  BOOST_TEST_REQUIRE(folded.size() == 2u);
  BOOST_TEST(folded[0].size() == 75u);
  BOOST_TEST(folded[1][0] == ' ');
  BOOST_TEST(folded[0] + folded[1].substr(1) == line);
  // Two-octet characters: a fold never splits one.
  std::string greek = "SUMMARY:";
  for (int i = 0; i < 80; ++i) greek += "\u03a3";
  std::string unfolded;
  for (const auto& l : lines(icalLine(greek))) {
    BOOST_TEST(l.size() <= 75u);
    BOOST_TEST((static_cast<unsigned char>(l.back()) & 0xC0) != 0xC0);  // no lead octet left at the end
    unfolded += unfolded.empty() ? l : l.substr(1);
  }
  BOOST_TEST(unfolded == greek);
}

BOOST_AUTO_TEST_CASE(a_stamp_is_the_instant_in_basic_format) {
  BOOST_TEST(icalStamp("2026-12-07T15:04:05Z") == "20261207T150405Z");
}

BOOST_AUTO_TEST_CASE(a_calendar_holds_its_events_with_uid_stamp_link_and_alarm) {
  CalendarEvent e{"deadline-cm-1-MK@accord", "2017-12-31", "2018-01-01", "Deadline, MK; \"shelters\"\nBcc: x",
                  "", "https://accord.example/commitments/cm-1/countries/MK\r\nX-EVIL:1", 7};
  auto all = lines(icalendar("Accord", {e}, "20261207T150000Z"));
  auto has = [&](const std::string& l) { return std::find(all.begin(), all.end(), l) != all.end(); };
  BOOST_TEST(all.front() == "BEGIN:VCALENDAR");
  BOOST_TEST(all.back() == "END:VCALENDAR");
  BOOST_TEST(has("UID:deadline-cm-1-MK@accord"));
  BOOST_TEST(has("DTSTAMP:20261207T150000Z"));
  BOOST_TEST(has("DTSTART;VALUE=DATE:20171231"));
  BOOST_TEST(has("DTEND;VALUE=DATE:20180101"));
  BOOST_TEST(has("SUMMARY:Deadline\\, MK\\; \"shelters\"\\nBcc: x"));
  BOOST_TEST(has("URL:https://accord.example/commitments/cm-1/countries/MKX-EVIL:1"));  // no new property
  BOOST_TEST(has("TRIGGER:-P7D"));
  for (const auto& l : all) BOOST_TEST(l.rfind("X-EVIL", 0) != 0u);
}

BOOST_AUTO_TEST_SUITE_END()
