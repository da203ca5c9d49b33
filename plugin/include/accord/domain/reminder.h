// Reminders: who has not answered yet (the countries a secretariat may remind), what
// a reminder says by default, and which deadline reminders are due on a day. Pure
// rules; who was reminded when is kept by app::ReminderRepository.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accord/domain/assignment.h"
#include "accord/domain/endorsement.h"
#include "accord/domain/notification.h"
#include "accord/domain/progress_report.h"

namespace accord::domain {

// What a reminder is about: a declaration's endorsements or a commitment's assignments.
enum class ReminderTopic { kEndorsement, kCommitment };
const char* toString(ReminderTopic t);
template <>
const std::vector<const char*>& enumNames<ReminderTopic>();

// Why a country is still pending: invited or consulting (endorsement), proposed
// (not yet accepted or declined) or report_due (accepted, not finished, and no
// report submitted or validated as its latest).
enum class PendingReason { kInvited, kConsulting, kProposed, kReportDue };
const char* toString(PendingReason r);
template <>
const std::vector<const char*>& enumNames<PendingReason>();
Result<PendingReason> parsePendingReason(std::string_view field, std::string_view text);

struct PendingCountry {
  CountryCode country;
  PendingReason reason = PendingReason::kInvited;
};

// The invited countries of `d` that have not answered: nothing recorded, or
// invited or consulting. Empty unless `d` is open for endorsement (nobody can
// answer before). In invitation order.
std::vector<PendingCountry> pendingEndorsements(const Declaration& d, const std::vector<Endorsement>& recorded);

// The countries of `c` that owe an answer: proposed, or accepted with the work
// neither completed nor cancelled and no latest report submitted or validated
// (`latestReport` maps a country to its latest report's state). In the
// commitment's order.
std::vector<PendingCountry> pendingAssignments(const Commitment& c, const std::vector<Assignment>& assignments,
                                               const std::map<std::string, ReportState>& latestReport);

// The secretariat must not remind a country twice within this many seconds by mistake.
inline constexpr std::int64_t kReminderQuietSeconds = 3600;

// What a reminder says unless the secretariat rewrites it.
std::string defaultReminderText(ReminderTopic topic, const std::string& title);

// The reminder's text as the secretariat wrote it: 1 to 2000 characters, line
// breaks allowed. Returns kInvalidArgument naming `field` otherwise (see validateText).
Result<std::string> reminderText(std::string_view field, std::string_view text);

// The page where the reminded country acts.
std::string reminderLink(ReminderTopic topic, const std::string& subject, const CountryCode& country);

// The notification a reminder to `country` is: kind reminder, its text in `message`.
NotificationEvent reminderEvent(ReminderTopic topic, const std::string& subject, const std::string& title,
                                const CountryCode& country, const std::string& message);

// A deadline reminder the background worker owes: its delivery key says which
// assignment, which deadline and which kind, so that two servers or a restart
// never enqueue it twice.
struct DeadlineReminder {
  std::string key;  // "deadline/<commitment>/<country>/<deadline>/<approaching|passed>"
  NotificationEvent event;
};

// A commitment's deadline as the worker sees it for one country still working on it.
struct OpenDeadline {
  CommitmentId commitment;
  CountryCode country;
  Date deadline;
  std::string text;     // the commitment's text (its start titles the reminder)
  int daysBefore = 14;  // the commitment's setting: remind this many days before (0: not before)
};

// The reminders due on `today` for `d`: deadline_approaching from daysBefore days
// before the deadline to the deadline itself, deadline_passed from the day after
// it for a week (a server down on the day still sends it; an old deadline is not
// announced when reminders are first switched on). At most one of each per key.
std::optional<DeadlineReminder> deadlineReminderDue(const OpenDeadline& d, Date today);

// How many days before a deadline a commitment reminds its countries: 0 to 365.
// Returns kInvalidArgument naming `field` otherwise.
Result<int> parseReminderDays(std::string_view field, long days);

}  // namespace accord::domain
