// Reminders: only the countries that have not answered are pending, the deadline
// reminders fall due on the right days with keys that tell them apart, and the
// secretariat's text is checked like every other text.
#include <boost/test/unit_test.hpp>

#include "accord/domain/reminder.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(reminder_tests)

namespace {
Endorsement endorsement(const Declaration& d, const char* country, EndorsementStatus s) {
  Endorsement e;
  e.declaration = d.id;
  e.country = cc(country);
  e.status = s;
  return e;
}
Assignment assignment(const Commitment& c, const char* country, Acceptance a, ImplementationStatus s) {
  Assignment out;
  out.commitment = c.id;
  out.country = cc(country);
  out.acceptance = a;
  out.status = s;
  return out;
}
std::vector<std::string> codes(const std::vector<PendingCountry>& p) {
  std::vector<std::string> out;
  for (const auto& c : p) out.push_back(c.country.str() + ":" + toString(c.reason));
  return out;
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_country_that_endorsed_is_never_pending) {
  Declaration d = openDeclaration();  // invites AL, MK, RS
  std::vector<Endorsement> recorded = {endorsement(d, "AL", EndorsementStatus::kEndorsed),
                                       endorsement(d, "MK", EndorsementStatus::kConsulting)};
  BOOST_TEST(codes(pendingEndorsements(d, recorded)) == (std::vector<std::string>{"MK:consulting", "RS:invited"}),
             boost::test_tools::per_element());
  for (auto answered : {EndorsementStatus::kEndorsed, EndorsementStatus::kEndorsedAdReferendum,
                        EndorsementStatus::kDeclined, EndorsementStatus::kWithdrawn}) {
    recorded[1].status = answered;
    BOOST_TEST(codes(pendingEndorsements(d, recorded)) == (std::vector<std::string>{"RS:invited"}),
               boost::test_tools::per_element());
  }
}

BOOST_AUTO_TEST_CASE(nobody_is_pending_before_the_declaration_opens_for_endorsement) {
  BOOST_TEST(pendingEndorsements(draftDeclaration(), {}).empty());
}

BOOST_AUTO_TEST_CASE(a_commitment_waits_for_proposed_countries_and_for_reports_due) {
  Declaration d = openDeclaration();
  Commitment c = commitment(d);
  c.countries = {cc("AL"), cc("MK"), cc("RS"), cc("BA"), cc("GR"), cc("HR")};
  std::vector<Assignment> as = {
      assignment(c, "AL", Acceptance::kProposed, ImplementationStatus::kNotStarted),
      assignment(c, "MK", Acceptance::kAccepted, ImplementationStatus::kInProgress),   // report submitted
      assignment(c, "RS", Acceptance::kAccepted, ImplementationStatus::kInProgress),   // report returned
      assignment(c, "BA", Acceptance::kAccepted, ImplementationStatus::kCompleted),    // done
      assignment(c, "GR", Acceptance::kDeclined, ImplementationStatus::kNotStarted),   // said no
  };  // HR: nothing stored yet, as proposed
  std::map<std::string, ReportState> latest = {{"MK", ReportState::kSubmitted}, {"RS", ReportState::kReturned}};
  BOOST_TEST(codes(pendingAssignments(c, as, latest)) ==
                 (std::vector<std::string>{"AL:proposed", "RS:report_due", "HR:proposed"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(deadline_reminders_fall_due_before_and_after_the_deadline) {
  OpenDeadline d{CommitmentId("cm-1"), cc("MK"), day("2017-12-31"), "Open two shelters.\nSecond line", 14};
  BOOST_TEST(!deadlineReminderDue(d, day("2017-12-16")));
  auto before = deadlineReminderDue(d, day("2017-12-17"));
  BOOST_TEST_REQUIRE(before.has_value());
  BOOST_TEST(before->event.kind == NotificationKind::kDeadlineApproaching);
  BOOST_TEST(before->key == "deadline/cm-1/MK/2017-12-31/approaching");
  BOOST_TEST(before->event.title == "Open two shelters.\u2026");  // its first line, marked as cut
  BOOST_TEST(before->event.link == "/commitments/cm-1/countries/MK");
  BOOST_TEST(deadlineReminderDue(d, day("2017-12-31"))->key == before->key);  // the same one: enqueued once
  auto after = deadlineReminderDue(d, day("2018-01-01"));
  BOOST_TEST_REQUIRE(after.has_value());
  BOOST_TEST(after->event.kind == NotificationKind::kDeadlinePassed);
  BOOST_TEST(after->key == "deadline/cm-1/MK/2017-12-31/passed");
  BOOST_TEST(deadlineReminderDue(d, day("2018-01-07")).has_value());
  BOOST_TEST(!deadlineReminderDue(d, day("2018-01-08")));  // an old deadline is not news
  d.daysBefore = 0;  // only the day after
  BOOST_TEST(!deadlineReminderDue(d, day("2017-12-31")));
  d.deadline = day("2018-03-31");  // a moved deadline is a new reminder
  d.daysBefore = 14;
  BOOST_TEST(deadlineReminderDue(d, day("2018-03-20"))->key == "deadline/cm-1/MK/2018-03-31/approaching");
}

BOOST_AUTO_TEST_CASE(the_reminder_text_is_checked_and_kept_literally) {
  BOOST_TEST(reminderText("message", "").error().field == "message");
  BOOST_TEST(reminderText("message", std::string("Bell\x07")).error().field == "message");
  BOOST_TEST(reminderText("message", std::string(2001, 'x')).error().field == "message");
  BOOST_TEST(*reminderText("message", "<b>{{country}}</b>\r\nΜακεδονија") == "<b>{{country}}</b>\nΜακεδονија");
  BOOST_TEST(parseReminderDays("daysBefore", 366).error().field == "daysBefore");
  BOOST_TEST(*parseReminderDays("daysBefore", 0) == 0);
}

BOOST_AUTO_TEST_CASE(a_reminder_goes_to_the_page_where_the_country_answers) {
  auto e = reminderEvent(ReminderTopic::kEndorsement, "decl", "Title", cc("AT"), "Please answer.");
  BOOST_TEST(e.kind == NotificationKind::kReminder);
  BOOST_TEST(e.link == "/declarations/decl/endorsements");
  BOOST_TEST(e.message == "Please answer.");
  BOOST_TEST(audienceOf(e).roles.size() == 1u);
  BOOST_TEST(audienceOf(e).country->str() == "AT");
  BOOST_TEST(reminderEvent(ReminderTopic::kCommitment, "cm", "T", cc("MK"), "x").link == "/commitments/cm/countries/MK");
}

BOOST_AUTO_TEST_SUITE_END()
