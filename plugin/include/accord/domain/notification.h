// Notifications: what happened that someone must act on, who that someone is, and
// the retry rule of their delivery. Pure rules; the outbox that keeps them is
// app::OutboxRepository, the mail that carries them an adapter.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accord/domain/account.h"
#include "accord/domain/assignment.h"
#include "accord/domain/commitment.h"
#include "accord/domain/declaration.h"
#include "accord/domain/enum_names.h"
#include "accord/domain/progress_report.h"

namespace accord::domain {

enum class NotificationKind {
  kConsultationOpened,   // a declaration is open for consultation and the country invited
  kEndorsementOpened,    // a declaration is open for endorsement and the country invited
  kCommitmentProposed,   // a commitment was proposed to the country
  kReportSubmitted,      // a country submitted a progress report: monitors review it
  kReportReturned,       // a monitor returned the country's report
  kReportValidated,      // a monitor validated the country's report
  kDeadlineApproaching,  // a commitment's deadline is near and the country has not completed it
  kDeadlinePassed,       // ... or has passed
  kAccountCreated,       // an administrator made the account
  kPasswordReset,        // an administrator reset the account's password
  kReminder,             // the secretariat reminds a country that has not answered (see reminder.h)
};
const char* toString(NotificationKind k);
template <>
const std::vector<const char*>& enumNames<NotificationKind>();
Result<NotificationKind> parseNotificationKind(std::string_view field, std::string_view text);

// kHeld: waiting for its recipient's daily digest; kNotMailed: its recipient chose
// not to get this kind by e-mail, so it is only in their list.
enum class DeliveryState { kPending, kSent, kFailed, kHeld, kNotMailed };
const char* toString(DeliveryState s);
template <>
const std::vector<const char*>& enumNames<DeliveryState>();
Result<DeliveryState> parseDeliveryState(std::string_view field, std::string_view text);

// One thing that happened, before it is addressed to anybody.
struct NotificationEvent {
  NotificationKind kind = NotificationKind::kAccountCreated;
  std::string subject;                 // the record: a declaration, commitment or report id, an account name
  std::optional<CountryCode> country;  // the country concerned, if any
  std::string title;                   // what the record is called, for the message
  std::string link;                    // the page where the action is taken, below the site's root: "/declarations/x"
  std::string message;                 // what the sender wrote (reminders); empty for the other kinds
};

// Who receives an event: every active account holding one of `roles` (bound to
// `country` when it is set), or only `account` when it is set.
struct Audience {
  std::vector<Role> roles;
  std::optional<CountryCode> country;
  std::string account;
};

// The rule of who gets what: a country's coordinators for what their country must
// do, monitors and the secretariat for a report waiting for review, the account
// itself for its creation and password reset.
Audience audienceOf(const NotificationEvent& e);

// The invited countries that must now act, when `after` moved on from
// `statusBefore` (opened for consultation or endorsement) or invited countries
// beyond `invitedBefore` while open.
std::vector<NotificationEvent> declarationEvents(DeclarationStatus statusBefore,
                                                 const std::vector<CountryCode>& invitedBefore,
                                                 const Declaration& after);
// The start of `text` for a subject line: its first line, at most about 80 bytes,
// cut after a whole UTF-8 character, with an ellipsis when cut.
std::string headline(const std::string& text);

// The proposal of `commitment` to `country` (titled by the start of its text).
NotificationEvent commitmentProposed(const Commitment& commitment, const CountryCode& country);
// The review step `report` reached, if it is one someone must hear of (submitted,
// returned, validated) and differs from `before`.
std::optional<NotificationEvent> reportEvent(ReportState before, const ProgressReport& report);
// kAccountCreated or kPasswordReset for `account`.
NotificationEvent accountEvent(NotificationKind kind, const Account& account);

// A stored notification: one event for one recipient.
struct Notification {
  std::int64_t id = 0;     // also the delivery key: a message carries it and is never made twice for it
  std::string recipient;   // account name
  NotificationEvent event;
  Timestamp createdAt;
  DeliveryState state = DeliveryState::kPending;
  int attempts = 0;
  Timestamp nextAttemptAt;
  std::optional<Timestamp> sentAt;
  std::optional<Timestamp> readAt;
  std::string lastError;
};

// A notification's number as a URL carries it: 1 to 18 digits. Returns
// kInvalidArgument naming `field` otherwise.
Result<std::int64_t> parseNotificationId(std::string_view field, std::string_view text);

// How delivery is retried after a temporary failure: the n-th failed attempt waits
// base·2^(n-1) seconds, at most `capSeconds`; a notification still undelivered
// `giveUpSeconds` after it was made is given up (failed).
struct RetryPolicy {
  std::int64_t baseSeconds = 30;
  std::int64_t capSeconds = 3600;
  std::int64_t giveUpSeconds = 2 * 86400;
};

// When to try again after `attempts` failed attempts (1 or more) at `now`; nullopt
// when that would be past the give-up time of a notification made at `createdAt`.
std::optional<Timestamp> nextAttempt(const RetryPolicy& p, Timestamp createdAt, int attempts, Timestamp now);

}  // namespace accord::domain
