#include "accord/domain/notification_choice.h"

namespace accord::domain {

namespace {
const std::pair<NotificationTopic, const char*> kTopics[] = {
    {NotificationTopic::kDeclarations, "declarations"}, {NotificationTopic::kCommitments, "commitments"},
    {NotificationTopic::kReports, "reports"},           {NotificationTopic::kDeadlines, "deadlines"},
    {NotificationTopic::kReminders, "reminders"},       {NotificationTopic::kAccount, "account"},
};
const std::pair<MailTiming, const char*> kTimings[] = {
    {MailTiming::kImmediate, "immediate"},
    {MailTiming::kDigest, "digest"},
};
}  // namespace

const char* toString(NotificationTopic t) { return enumName(kTopics, t); }
template <>
const std::vector<const char*>& enumNames<NotificationTopic>() {
  static const auto names = enumNameList(kTopics);
  return names;
}
Result<NotificationTopic> parseNotificationTopic(std::string_view field, std::string_view text) {
  return parseEnum(kTopics, field, text);
}

const char* toString(MailTiming t) { return enumName(kTimings, t); }
template <>
const std::vector<const char*>& enumNames<MailTiming>() {
  static const auto names = enumNameList(kTimings);
  return names;
}
Result<MailTiming> parseMailTiming(std::string_view field, std::string_view text) {
  return parseEnum(kTimings, field, text);
}

NotificationTopic topicOf(NotificationKind kind) {
  switch (kind) {
    case NotificationKind::kConsultationOpened:
    case NotificationKind::kEndorsementOpened: return NotificationTopic::kDeclarations;
    case NotificationKind::kCommitmentProposed: return NotificationTopic::kCommitments;
    case NotificationKind::kReportSubmitted:
    case NotificationKind::kReportReturned:
    case NotificationKind::kReportValidated: return NotificationTopic::kReports;
    case NotificationKind::kDeadlineApproaching:
    case NotificationKind::kDeadlinePassed: return NotificationTopic::kDeadlines;
    case NotificationKind::kReminder: return NotificationTopic::kReminders;
    case NotificationKind::kAccountCreated:
    case NotificationKind::kPasswordReset: break;
  }
  return NotificationTopic::kAccount;
}

bool isFixedTopic(NotificationTopic t) { return t == NotificationTopic::kAccount; }

TopicChoice NotificationChoices::of(NotificationTopic t) const {
  if (isFixedTopic(t)) return {};
  auto it = topics.find(t);
  return it == topics.end() ? TopicChoice{} : it->second;
}

std::vector<std::pair<NotificationTopic, TopicChoice>> allTopics(const NotificationChoices& c) {
  std::vector<std::pair<NotificationTopic, TopicChoice>> out;
  for (const auto& [topic, name] : kTopics) {
    (void)name;
    out.emplace_back(topic, c.of(topic));
  }
  return out;
}

Status validate(const NotificationChoices& c) {
  for (const auto& [topic, choice] : c.topics)
    if (isFixedTopic(topic) && !(choice == TopicChoice{}))
      return Error::invalid(std::string("notifications.") + toString(topic),
                            "account-security mail is always sent by e-mail at once");
  return Status();
}

DeliveryState initialState(const NotificationChoices& c, NotificationKind kind) {
  TopicChoice choice = c.of(topicOf(kind));
  if (!choice.email) return DeliveryState::kNotMailed;
  return choice.timing == MailTiming::kDigest ? DeliveryState::kHeld : DeliveryState::kPending;
}

}  // namespace accord::domain
