// Notification choices: each kind falls in the topic a person recognizes, a new
// notification starts pending, held or not mailed as its recipient chose, and
// account-security mail cannot be turned off or held.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/notification_choice.h"

using namespace accord::domain;

BOOST_AUTO_TEST_SUITE(notification_choice_tests)

BOOST_AUTO_TEST_CASE(every_kind_falls_in_the_topic_a_person_recognizes) {
  BOOST_TEST(toString(topicOf(NotificationKind::kConsultationOpened)) == std::string("declarations"));
  BOOST_TEST(toString(topicOf(NotificationKind::kEndorsementOpened)) == std::string("declarations"));
  BOOST_TEST(toString(topicOf(NotificationKind::kCommitmentProposed)) == std::string("commitments"));
  for (auto k : {NotificationKind::kReportSubmitted, NotificationKind::kReportReturned, NotificationKind::kReportValidated})
    BOOST_TEST(toString(topicOf(k)) == std::string("reports"));
  for (auto k : {NotificationKind::kDeadlineApproaching, NotificationKind::kDeadlinePassed})
    BOOST_TEST(toString(topicOf(k)) == std::string("deadlines"));
  BOOST_TEST(toString(topicOf(NotificationKind::kReminder)) == std::string("reminders"));
  for (auto k : {NotificationKind::kAccountCreated, NotificationKind::kPasswordReset})
    BOOST_TEST(toString(topicOf(k)) == std::string("account"));
  // Every kind the domain knows has a topic other than "?" (a new kind must be placed).
  for (const char* name : enumNames<NotificationKind>())
    BOOST_TEST(toString(topicOf(*parseNotificationKind("kind", name))) != std::string("?"), name);
}

BOOST_AUTO_TEST_CASE(by_default_everything_is_mailed_at_once) {
  NotificationChoices none;
  for (const char* name : enumNames<NotificationKind>())
    BOOST_TEST((initialState(none, *parseNotificationKind("kind", name)) == DeliveryState::kPending), name);
  auto all = allTopics(none);
  BOOST_TEST(all.size() == enumNames<NotificationTopic>().size());
  for (const auto& [topic, choice] : all) BOOST_TEST((choice == TopicChoice{}), toString(topic));
}

BOOST_AUTO_TEST_CASE(a_digest_holds_and_no_email_keeps_it_in_the_list_only) {
  NotificationChoices c;
  c.topics[NotificationTopic::kReports] = {true, MailTiming::kDigest};
  c.topics[NotificationTopic::kReminders] = {false, MailTiming::kImmediate};
  c.topics[NotificationTopic::kDeadlines] = {false, MailTiming::kDigest};  // no e-mail wins over the digest
  BOOST_TEST((initialState(c, NotificationKind::kReportReturned) == DeliveryState::kHeld));
  BOOST_TEST((initialState(c, NotificationKind::kReminder) == DeliveryState::kNotMailed));
  BOOST_TEST((initialState(c, NotificationKind::kDeadlinePassed) == DeliveryState::kNotMailed));
  BOOST_TEST((initialState(c, NotificationKind::kCommitmentProposed) == DeliveryState::kPending));
  BOOST_TEST(validate(c).ok());
}

BOOST_AUTO_TEST_CASE(account_security_mail_cannot_be_turned_off_or_held) {
  for (TopicChoice bad : {TopicChoice{false, MailTiming::kImmediate}, TopicChoice{true, MailTiming::kDigest}}) {
    NotificationChoices c;
    c.topics[NotificationTopic::kAccount] = bad;
    Status s = validate(c);
    BOOST_TEST_REQUIRE(!s.ok());
    BOOST_TEST(s.error().field == "notifications.account");
    // Even stored, it would not apply.
    BOOST_TEST((initialState(c, NotificationKind::kPasswordReset) == DeliveryState::kPending));
  }
  NotificationChoices same;
  same.topics[NotificationTopic::kAccount] = TopicChoice{};
  BOOST_TEST(validate(same).ok());
}

BOOST_AUTO_TEST_CASE(topic_and_timing_names_read_back_and_refuse_the_rest) {
  for (const char* name : enumNames<NotificationTopic>())
    BOOST_TEST(toString(*parseNotificationTopic("t", name)) == std::string(name));
  BOOST_TEST(!parseNotificationTopic("notifications.x", "Reports").ok());
  BOOST_TEST(parseNotificationTopic("notifications.x", "theme").error().field == "notifications.x");
  BOOST_TEST(!parseMailTiming("timing", "weekly").ok());
  BOOST_TEST(toString(*parseMailTiming("timing", "digest")) == std::string("digest"));
}

BOOST_AUTO_TEST_SUITE_END()
