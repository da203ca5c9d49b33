// History in words (history_words.h): audit actions as sentences, the fields a
// change touched as a before/after table, endorsement and assignment stories newest first.
#include <boost/test/unit_test.hpp>

#include "history_words.h"
#include "shipped_words.h"

using namespace accord::web;
using namespace accord::domain;

namespace {
const Wording en = shippedWords();
}  // namespace

BOOST_AUTO_TEST_SUITE(history_words_tests)

BOOST_AUTO_TEST_CASE(actions_read_as_sentences_not_codes) {
  BOOST_TEST(eventInWords(en, "declaration.open_for_endorsement") == "Declaration opened for endorsement");
  BOOST_TEST(eventInWords(en, "session.started") == "Signed in");
  BOOST_TEST(eventInWords(en, "endorsement.withdrawn") == "Endorsement: Withdrawn");
  BOOST_TEST(eventInWords(en, "implementation.in_progress") == "Implementation: In progress");
  // One nobody listed still reads as words.
  BOOST_TEST(eventInWords(en, "thing.done_now") == "Thing: done now");
  for (const char* code : {"revision.cut", "report.returned", "assignment.accepted", "milestone.done"})
    BOOST_TEST(eventInWords(en, code).find('.') == std::string::npos, code);
}

BOOST_AUTO_TEST_CASE(field_paths_read_as_words) {
  BOOST_TEST(fieldInWords("leadInstitution") == "Lead institution");
  BOOST_TEST(fieldInWords("signer.name") == "Signer, name");
  BOOST_TEST(fieldInWords("milestones[0].state") == "Milestones 1, state");
}

BOOST_AUTO_TEST_CASE(only_the_fields_that_changed_are_shown) {
  Data d = changesData(R"({"status":"consulting","version":3,"signer":{"name":"A","title":"T"},"place":"Skopje"})",
                       R"({"status":"endorsed","version":4,"signer":{"name":"B","title":"T"},"place":"Skopje","date":"2016-10-28"})");
  std::map<std::string, std::pair<std::string, std::string>> got;
  for (const Data& r : d.get("rows")->list_value())
    got[r.get("field")->string_value()] = {r.get("before")->string_value(), r.get("after")->string_value()};
  BOOST_TEST(got.size() == 4u);  // status, version, signer name, date; not place nor title
  BOOST_TEST((got["Status"] == std::make_pair(std::string("consulting"), std::string("endorsed"))));
  BOOST_TEST((got["Signer, name"] == std::make_pair(std::string("A"), std::string("B"))));
  BOOST_TEST((got["Date"] == std::make_pair(std::string(""), std::string("2016-10-28"))));
  BOOST_TEST(got.count("Place") == 0u);
  // A created record lists what it was recorded with; a limit says how many more.
  Data created = changesData("", R"({"a":1,"b":2,"c":3})", 2);
  BOOST_TEST(created.get("rows")->list_value().size() == 2u);
  BOOST_TEST(created.get("more")->string_value() == "1");
  // Text that is not JSON is shown, not lost.
  Data odd = changesData("", "not json");
  BOOST_TEST(odd.get("rows")->list_value()[0].get("after")->string_value() == "not json");
}

BOOST_AUTO_TEST_CASE(an_endorsements_story_is_newest_first_with_a_withdrawal) {
  Endorsement e;
  EndorsementEvent endorsed;
  endorsed.at = *Timestamp::parse("at", "2016-10-28T07:30:00Z");
  endorsed.actor = "coordinator.mk";
  endorsed.from = EndorsementStatus::kConsulting;
  endorsed.to = EndorsementStatus::kEndorsed;
  endorsed.method = EndorsementMethod::kInSession;
  EndorsementEvent withdrawn = endorsed;
  withdrawn.at = *Timestamp::parse("at", "2017-03-01T09:00:00Z");
  withdrawn.from = EndorsementStatus::kEndorsed;
  withdrawn.to = EndorsementStatus::kWithdrawn;
  withdrawn.method.reset();
  e.history = {endorsed, withdrawn};
  List h = endorsementHistory(en, e);
  BOOST_REQUIRE_EQUAL(h.size(), 2u);
  BOOST_TEST(h[0].get("when")->string_value() == "2017-03-01");
  BOOST_TEST(h[0].get("what")->string_value().rfind("Withdrawn (was Endorsed)", 0) == 0u);
  BOOST_TEST(h[1].get("when")->string_value() == "2016-10-28");
}

BOOST_AUTO_TEST_CASE(an_assignments_story_comes_from_its_record_newest_first) {
  Commitment c;
  c.milestones.push_back({MilestoneId("m1"), "Law adopted", *Date::parse("d", "2017-06-30"), MilestoneState::kPending});
  Assignment a;
  a.acceptance = Acceptance::kAccepted;
  a.acceptanceDate = *Date::parse("d", "2016-11-15");
  a.acceptedBy = "coordinator.al";
  a.milestones.push_back({MilestoneId("m1"), MilestoneState::kDone, *Date::parse("d", "2017-05-02"), "coordinator.al"});
  ProgressReport r;
  r.periodStart = *Date::parse("d", "2017-01-01");
  r.periodEnd = *Date::parse("d", "2017-06-30");
  r.state = ReportState::kValidated;
  r.submittedAt = *Timestamp::parse("t", "2017-07-05T10:00:00Z");
  r.reviewedAt = *Timestamp::parse("t", "2017-07-20T10:00:00Z");
  r.reviewedBy = "monitor";
  List h = assignmentHistory(en, a, c, {r});
  std::vector<std::string> when, what;
  for (const Data& d : h) {
    when.push_back(d.get("when")->string_value());
    what.push_back(d.get("what")->string_value());
  }
  BOOST_TEST(when == (std::vector<std::string>{"2017-07-20", "2017-07-05", "2017-05-02", "2016-11-15"}),
             boost::test_tools::per_element());
  BOOST_TEST(what[0].find("validated") != std::string::npos);
  BOOST_TEST(what[2].find("Law adopted") != std::string::npos);
  BOOST_TEST(what[3].rfind("Acceptance: Accepted", 0) == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
