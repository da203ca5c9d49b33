// A person's choice of how each kind of notification reaches them: by e-mail or
// only in the notification list, and at once or in a daily digest. Kinds are
// grouped into topics as a person thinks of them ("reports", not three states).
#pragma once

#include <map>
#include <string_view>
#include <vector>

#include "accord/domain/enum_names.h"
#include "accord/domain/notification.h"

namespace accord::domain {

enum class NotificationTopic {
  kDeclarations,  // a declaration opened for consultation or endorsement, the country invited
  kCommitments,   // a commitment proposed to the country
  kReports,       // a report submitted, returned or validated
  kDeadlines,     // a deadline approaching or passed
  kReminders,     // the secretariat's reminders
  kAccount,       // account created, password reset: always e-mailed at once
};
const char* toString(NotificationTopic t);
template <>
const std::vector<const char*>& enumNames<NotificationTopic>();
Result<NotificationTopic> parseNotificationTopic(std::string_view field, std::string_view text);

// The topic `kind` belongs to.
NotificationTopic topicOf(NotificationKind kind);

// Account-security mail (a new account, a reset password) must reach its owner
// whatever they chose: it cannot be turned off nor held for a digest.
bool isFixedTopic(NotificationTopic t);

enum class MailTiming { kImmediate, kDigest };
const char* toString(MailTiming t);
template <>
const std::vector<const char*>& enumNames<MailTiming>();
Result<MailTiming> parseMailTiming(std::string_view field, std::string_view text);

struct TopicChoice {
  bool email = true;
  MailTiming timing = MailTiming::kImmediate;
  bool operator==(const TopicChoice& o) const { return email == o.email && timing == o.timing; }
};

// Every topic's choice; a topic not in `topics` has the default (by e-mail, at once).
struct NotificationChoices {
  std::map<NotificationTopic, TopicChoice> topics;
  TopicChoice of(NotificationTopic t) const;
};

// Every topic in display order, the default choice spelled out for those not set.
std::vector<std::pair<NotificationTopic, TopicChoice>> allTopics(const NotificationChoices& c);

// Returns kInvalidArgument naming "notifications.account" when the account topic
// is set to anything but its fixed choice (by e-mail, at once).
Status validate(const NotificationChoices& c);

// What becomes of a new notification of `kind` for someone who chose `c`: pending
// (mailed at once), held (for the daily digest) or not mailed (list only).
DeliveryState initialState(const NotificationChoices& c, NotificationKind kind);

}  // namespace accord::domain
