// The reminders port: who was reminded of what and when, the delivery keys of the
// deadline reminders the background worker enqueues, each commitment's reminder
// setting, and the slices of the records a reminder reads in one query each.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "accord/domain/reminder.h"

namespace accord::app {

// One reminder of one country, as recorded when it was sent.
struct ReminderRecord {
  domain::ReminderTopic topic = domain::ReminderTopic::kEndorsement;
  std::string subject;  // the declaration or commitment id
  domain::CountryCode country;
  domain::PendingReason reason = domain::PendingReason::kInvited;
  std::string sentBy;
  domain::Timestamp sentAt;
  long recipients = 0;  // how many accounts it went to
  std::string message;
};

// An account a notification would go to, as a preview names it.
struct Recipient {
  std::string name;
  std::string displayName;
};

class ReminderRepository {
 public:
  virtual ~ReminderRepository() = default;
  virtual domain::Status record(const ReminderRecord& r) = 0;
  // The latest reminder of each country about `subject` (none for a country never reminded).
  virtual domain::Result<std::map<std::string, ReminderRecord>> latestPerCountry(domain::ReminderTopic topic,
                                                                                 const std::string& subject) = 0;
  // The active coordinators of each of `countries`, by name: whom a reminder reaches
  // (the same selection as the outbox's enqueue for a country's coordinators).
  virtual domain::Result<std::map<std::string, std::vector<Recipient>>> coordinatorsOf(
      const std::vector<domain::CountryCode>& countries) = 0;
  // The state of the latest report of each country of `commitment` that has one.
  virtual domain::Result<std::map<std::string, domain::ReportState>> latestReportStates(
      const domain::CommitmentId& commitment) = 0;
  // Takes delivery key `key` at `at`. Returns false when it was already taken: the
  // caller must then not enqueue what the key stands for.
  virtual domain::Result<bool> claimKey(const std::string& key, domain::Timestamp at) = 0;
  // The assignments still being worked on (proposed, or accepted and neither
  // completed nor cancelled) whose commitment's deadline lies in [from, to], each
  // with its commitment's days-before setting (`defaultDays` where none is set).
  virtual domain::Result<std::vector<domain::OpenDeadline>> openDeadlines(domain::Date from, domain::Date to,
                                                                          int defaultDays) = 0;
  // A commitment's days-before setting, nullopt when it has none (the server's default applies).
  virtual domain::Result<std::optional<int>> daysBefore(const domain::CommitmentId& commitment) = 0;
  virtual domain::Status setDaysBefore(const domain::CommitmentId& commitment, int days) = 0;
};

}  // namespace accord::app
