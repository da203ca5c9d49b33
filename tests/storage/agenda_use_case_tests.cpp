// A conference's agenda through the real stores: sessions written with their
// conference, read back in order of day and time, refused in words when a rule is
// broken (nothing written then), and listed in the conference's calendar.
#include "accord/app/calendar.h"
#include "accord/app/conference_use_cases.h"
#include "accord/app/read_models.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;

BOOST_AUTO_TEST_SUITE(agenda_use_case_tests)

namespace {
domain::AgendaSession session(std::string id, std::string day, std::string start, std::string end, std::string title) {
  domain::AgendaSession s;
  s.id = std::move(id);
  s.date = ok(domain::Date::parse("date", day));
  s.start = std::move(start);
  s.end = std::move(end);
  s.title = std::move(title);
  return s;
}

// The sample conference (27-28 October 2016) stored under its own id, with no agenda.
domain::Conference stored(Env& env, const std::string& id) {
  auto sample = sampleDossier();
  domain::Conference c = sample.conference;
  c.id = domain::ConferenceId(id);
  c.sessions.clear();
  return ok(app::createConference(env.ctx, secretariat(), c, directoryOf(sample)));
}
}  // namespace

BOOST_DATA_TEST_CASE(sessions_are_stored_with_their_conference_and_read_in_order_of_day_and_time, allBackends(),
                     backend) {
  Env env(backend);
  auto c = stored(env, "agenda-conf");
  auto people = directoryOf(sampleDossier()).people;
  BOOST_TEST_REQUIRE(people.size() >= 2u);
  domain::Conference changed = c;
  auto closing = session("closing", "2016-10-28", "16:00", "17:00", "Closing: the Joint Declaration");
  closing.room = "Plenary hall";
  auto opening = session("opening", "2016-10-27", "09:00", "10:30", "Opening session");
  opening.speakers = {people[1].id, people[0].id};
  auto panel = session("panel", "2016-10-27", "11:00", "12:30", "Panel — Балкан routes «مسار»");
  changed.sessions = {closing, panel, opening};
  auto before = auditCount(env.fresh.store());
  auto saved = ok(app::updateConference(env.ctx, secretariat(), changed, c.version));
  BOOST_TEST(auditCount(env.fresh.store()) == before + 1);
  auto read = ok(app::getConference(env.ctx, monitor(), c.id));
  BOOST_TEST(read.version == saved.version);
  BOOST_TEST_REQUIRE(read.sessions.size() == 3u);
  BOOST_TEST(read.sessions[0].id == "opening");
  BOOST_TEST(read.sessions[1].id == "panel");
  BOOST_TEST(read.sessions[2].id == "closing");
  BOOST_TEST(read.sessions[1].title == "Panel — Балкан routes «مسار»");
  BOOST_TEST(read.sessions[2].room == "Plenary hall");
  BOOST_TEST(read.sessions[0].start == "09:00");
  BOOST_TEST(read.sessions[0].end == "10:30");
  BOOST_TEST(read.sessions[0].date.iso() == "2016-10-27");
  BOOST_TEST_REQUIRE(read.sessions[0].speakers.size() == 2u);
  BOOST_TEST(read.sessions[0].speakers[0] == people[1].id);  // the order given
  BOOST_TEST(read.sessions[0].speakers[1] == people[0].id);

  // Another change of the conference keeps the agenda; removing a session keeps the others.
  read.city = "Struga";
  read.sessions.erase(read.sessions.begin() + 1);
  auto again = ok(app::updateConference(env.ctx, secretariat(), read, read.version));
  auto last = ok(app::getConference(env.ctx, monitor(), c.id));
  BOOST_TEST(last.city == "Struga");
  BOOST_TEST_REQUIRE(last.sessions.size() == 2u);
  BOOST_TEST(last.sessions[0].id == "opening");
  BOOST_TEST(last.sessions[0].speakers.size() == 2u);
  BOOST_TEST(last.sessions[1].id == "closing");

  // A conference deleted takes its agenda with it (no declarations hold it).
  ok(app::deleteConference(env.ctx, secretariat(), c.id, again.version));
  BOOST_TEST((codeOf(app::getConference(env.ctx, monitor(), c.id)) == ErrorCode::kNotFound));
}

struct BadSession {
  const char* what;
  domain::AgendaSession session;
  ErrorCode code;
  const char* field;
};
std::ostream& operator<<(std::ostream& os, const BadSession& b) { return os << b.what; }

std::vector<BadSession> badSessions() {
  auto withRoom = [](domain::AgendaSession s, std::string room) {
    s.room = std::move(room);
    return s;
  };
  auto withSpeaker = [](domain::AgendaSession s, std::string person) {
    s.speakers.emplace_back(std::move(person));
    return s;
  };
  const auto good = session("s9", "2016-10-27", "09:00", "10:00", "Opening");
  return {
      {"end before start", session("s9", "2016-10-27", "10:00", "09:00", "Opening"), ErrorCode::kInvalidArgument,
       "conference.sessions[1].end"},
      {"end at start", session("s9", "2016-10-27", "10:00", "10:00", "Opening"), ErrorCode::kInvalidArgument,
       "conference.sessions[1].end"},
      {"a day before the conference", session("s9", "2016-10-26", "09:00", "10:00", "Opening"),
       ErrorCode::kInvalidArgument, "conference.sessions[1].date"},
      {"a day after it", session("s9", "2016-10-29", "09:00", "10:00", "Opening"), ErrorCode::kInvalidArgument,
       "conference.sessions[1].date"},
      {"no time", session("s9", "2016-10-27", "9", "10:00", "Opening"), ErrorCode::kInvalidArgument,
       "conference.sessions[1].start"},
      {"hour 25", session("s9", "2016-10-27", "09:00", "25:00", "Opening"), ErrorCode::kInvalidArgument,
       "conference.sessions[1].end"},
      {"minute 60", session("s9", "2016-10-27", "09:60", "10:00", "Opening"), ErrorCode::kInvalidArgument,
       "conference.sessions[1].start"},
      {"no title", session("s9", "2016-10-27", "09:00", "10:00", ""), ErrorCode::kInvalidArgument,
       "conference.sessions[1].title"},
      {"a control character", session("s9", "2016-10-27", "09:00", "10:00", "Open\x01ing"),
       ErrorCode::kInvalidArgument, "conference.sessions[1].title"},
      {"a room too long", withRoom(good, std::string(301, 'r')), ErrorCode::kInvalidArgument,
       "conference.sessions[1].room"},
      {"a repeated id", session("s1", "2016-10-27", "11:00", "12:00", "Again"), ErrorCode::kInvalidArgument,
       "conference.sessions[1].id"},
      {"a bad id", session("s 9", "2016-10-27", "11:00", "12:00", "Again"), ErrorCode::kInvalidArgument,
       "conference.sessions[1].id"},
      {"a speaker not in the directory", withSpeaker(good, "nobody"), ErrorCode::kNotFound,
       "conference.sessions[1].speakers[0]"},
  };
}

BOOST_DATA_TEST_CASE(a_session_that_breaks_a_rule_is_refused_naming_its_field_and_nothing_is_written,
                     allBackends() * boost::unit_test::data::make(badSessions()), backend, bad) {
  Env env(backend);
  auto c = stored(env, "agenda-bad");
  domain::Conference first = c;
  first.sessions = {session("s1", "2016-10-27", "08:00", "08:30", "Registration")};
  first = ok(app::updateConference(env.ctx, secretariat(), first, c.version));
  domain::Conference changed = first;
  changed.sessions.push_back(bad.session);
  auto before = auditCount(env.fresh.store());
  auto refused = app::updateConference(env.ctx, secretariat(), changed, first.version);
  BOOST_TEST_REQUIRE(!refused.ok());
  BOOST_TEST((refused.error().code == bad.code));
  BOOST_TEST(refused.error().field == bad.field);
  BOOST_TEST(!refused.error().message.empty());
  auto read = ok(app::getConference(env.ctx, monitor(), c.id));
  BOOST_TEST(read.version == first.version);
  BOOST_TEST(read.sessions.size() == 1u);
  BOOST_TEST(auditCount(env.fresh.store()) == before);
}

BOOST_DATA_TEST_CASE(only_the_secretariat_changes_the_agenda_and_a_stale_version_writes_nothing, allBackends(),
                     backend) {
  Env env(backend);
  auto c = stored(env, "agenda-who");
  domain::Conference changed = c;
  changed.sessions = {session("s1", "2016-10-27", "09:00", "10:00", "Opening")};
  BOOST_TEST((codeOf(app::updateConference(env.ctx, monitor(), changed, c.version)) == ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::updateConference(env.ctx, coordinator("AL"), changed, c.version)) == ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::updateConference(env.ctx, secretariat(), changed, c.version + 1)) == ErrorCode::kConflict));
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), c.id)).sessions.empty());
}

// The calendar lists each session as a timed event whose UID is made of the
// conference's and the session's ids, so a calendar program updates it in place.
BOOST_DATA_TEST_CASE(the_calendar_lists_each_session_with_a_stable_uid, allBackends(), backend) {
  Env env(backend);
  auto c = stored(env, "agenda-ics");
  domain::Conference changed = c;
  auto opening = session("opening", "2016-10-27", "09:00", "10:30", "Opening session");
  opening.room = "Hall A";
  changed.sessions = {opening};
  ok(app::updateConference(env.ctx, secretariat(), changed, c.version));
  auto events = ok(app::conferenceCalendar(env.ctx, monitor(), c.id, "https://accord.example"));
  const base::CalendarEvent* found = nullptr;
  for (const auto& e : events)
    if (e.uid == "session.agenda-ics.opening@accord") found = &e;
  BOOST_TEST_REQUIRE(found != nullptr);
  BOOST_TEST(found->startDate == "2016-10-27");
  BOOST_TEST(found->startTime == "09:00");
  BOOST_TEST(found->endTime == "10:30");
  BOOST_TEST(found->summary == "Opening session");
  BOOST_TEST(found->description == "Hall A");
}

BOOST_AUTO_TEST_SUITE_END()
