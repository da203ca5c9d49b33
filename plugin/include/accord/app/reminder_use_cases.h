// Reminding those who have not answered: the secretariat previews whom a reminder
// reaches and what it says, then sends exactly that; the background worker
// enqueues the deadline reminders each commitment's setting calls for.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/app/reminder_repository.h"
#include "accord/domain/actor.h"

namespace accord::app {

// One pending country in a reminder: why, who receives it, when it was last reminded.
struct ReminderCountry {
  domain::PendingCountry pending;
  std::vector<Recipient> recipients;  // its active coordinators
  std::optional<ReminderRecord> last;  // its latest reminder about the same subject
  bool remindedRecently = false;       // last is within kReminderQuietSeconds of now
};

// What a reminder sends, before or after sending it: the same for both, so that
// the preview is what goes out.
struct ReminderPlan {
  domain::ReminderTopic topic = domain::ReminderTopic::kEndorsement;
  std::string subject;  // the declaration or commitment id
  std::string title;
  std::string message;                     // the text that goes out
  std::vector<ReminderCountry> countries;  // the countries it goes to
  std::vector<ReminderCountry> leftOut;    // pending countries not selected
  long recipients = 0;                     // accounts it reaches, over all countries
  std::optional<int> daysBefore;           // commitments: the deadline reminder setting, if set
};

struct ReminderRequest {
  std::optional<std::string> message;                     // the default text of the topic when absent
  std::optional<std::vector<domain::CountryCode>> countries;  // every pending country when absent
};

// Whom a reminder about `subject` would reach now and what it would say. Returns
// kForbidden unless `actor` is the secretariat, kNotFound for an unknown
// declaration or commitment, kInvalidArgument naming "message" for a bad text or
// "countries" for a country that is not pending (or listed twice).
Result<ReminderPlan> previewReminder(const Context& ctx, const domain::Actor& actor, domain::ReminderTopic topic,
                                     const std::string& subject, const ReminderRequest& request);

// Sends the reminder previewReminder describes, in one transaction: one
// notification per recipient and one record per country. Returns what was sent;
// the errors of previewReminder, kInvalidState naming "countries" when no country
// is pending or selected, or naming the countries reminded less than an hour ago
// (leave them out to remind the others).
Result<ReminderPlan> sendReminder(const Context& ctx, const domain::Actor& actor, domain::ReminderTopic topic,
                                  const std::string& subject, const ReminderRequest& request);

// Sets how many days before its deadline commitment `c` reminds its countries
// (0: only the day after). Returns kForbidden unless the secretariat, kNotFound
// for an unknown commitment, kInvalidArgument naming "daysBefore".
Status setReminderDays(const Context& ctx, const domain::Actor& actor, const domain::CommitmentId& c, long days);

// Enqueues the deadline reminders due today (see deadlineReminderDue) that no
// server enqueued yet, `defaultDays` before the deadline for commitments without
// their own setting. Returns how many reminders were enqueued; running it again
// the same day, on this server or another, enqueues none.
Result<long> enqueueDeadlineReminders(const Context& ctx, int defaultDays);

}  // namespace accord::app
