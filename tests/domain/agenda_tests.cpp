// The agenda's rules in the domain alone: what a time of day is, a session's
// checks named by field, and the order of day, start and end.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/agenda.h"

using namespace accord::domain;
namespace data = boost::unit_test::data;

namespace {
Date day(const char* iso) { return Date::parse("date", iso).value(); }

AgendaSession session(std::string id, const char* date, std::string start, std::string end) {
  AgendaSession s;
  s.id = std::move(id);
  s.date = day(date);
  s.start = std::move(start);
  s.end = std::move(end);
  s.title = "Session " + s.id;
  return s;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(agenda_tests)

BOOST_DATA_TEST_CASE(times_of_day_are_24_hour_hours_and_minutes,
                     data::make({"00:00", "09:30", "12:05", "19:59", "23:59"}), text) {
  BOOST_TEST(isClockTime(text));
}

BOOST_DATA_TEST_CASE(anything_else_is_no_time_of_day,
                     data::make({"", "9:30", "09:3", "24:00", "25:00", "09:60", "09.30", "0930", "09:30:00", " 09:30",
                                 "ab:cd", "-1:00", "09:3a", "１０:３０"}),
                     text) {
  BOOST_TEST(!isClockTime(text), text);
}

BOOST_AUTO_TEST_CASE(a_session_is_checked_field_by_field_within_the_conferences_days) {
  const Date first = day("2016-10-27"), last = day("2016-10-28");
  AgendaSession good = session("s1", "2016-10-28", "09:00", "10:30");
  good.title = "  Opening  ";
  BOOST_TEST(normalize(good, first, last, "s").ok());
  BOOST_TEST(good.title == "Opening", "the title is trimmed");

  struct Case {
    AgendaSession s;
    const char* field;
  };
  AgendaSession twice = session("s1", "2016-10-27", "09:00", "10:00");
  twice.speakers = {PersonId("p1"), PersonId("p1")};
  AgendaSession untitled = session("s1", "2016-10-27", "09:00", "10:00");
  untitled.title = "";
  const Case cases[] = {
      {session("s1", "2016-10-27", "10:00", "09:59"), "s.end"},
      {session("s1", "2016-10-26", "09:00", "10:00"), "s.date"},
      {session("s1", "2016-10-29", "09:00", "10:00"), "s.date"},
      {session("s1", "2016-10-27", "9", "10:00"), "s.start"},
      {session("", "2016-10-27", "09:00", "10:00"), "s.id"},
      {untitled, "s.title"},
      {twice, "s.speakers[1]"},
  };
  for (Case k : cases) {
    Status s = normalize(k.s, first, last, "s");
    BOOST_TEST_REQUIRE(!s.ok(), k.field);
    BOOST_TEST(s.error().field == k.field);
    BOOST_TEST((s.error().code == ErrorCode::kInvalidArgument));
  }
}

BOOST_AUTO_TEST_CASE(the_agenda_is_ordered_by_day_start_and_end_keeping_ties_in_place) {
  std::vector<AgendaSession> agenda = {
      session("late", "2016-10-28", "09:00", "10:00"), session("long", "2016-10-27", "09:00", "12:00"),
      session("short", "2016-10-27", "09:00", "09:30"), session("tie-a", "2016-10-27", "14:00", "15:00"),
      session("tie-b", "2016-10-27", "14:00", "15:00")};
  sortAgenda(agenda);
  std::vector<std::string> ids;
  for (const auto& s : agenda) ids.push_back(s.id);
  BOOST_TEST(ids == (std::vector<std::string>{"short", "long", "tie-a", "tie-b", "late"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
