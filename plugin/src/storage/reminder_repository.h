// Reminders in SQL: the record of each reminder, the delivery keys of the deadline
// reminders (a primary key, so that a second insert of a key does nothing, on
// both engines and across servers), and each commitment's days-before setting.
#pragma once

#include "accord/app/reminder_repository.h"
#include "sql.h"
#include "tx_state.h"

namespace accord::storage::detail {

class SqlReminderRepository final : public app::ReminderRepository {
 public:
  SqlReminderRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Status record(const app::ReminderRecord& r) override;
  domain::Result<std::map<std::string, app::ReminderRecord>> latestPerCountry(domain::ReminderTopic topic,
                                                                              const std::string& subject) override;
  domain::Result<std::map<std::string, std::vector<app::Recipient>>> coordinatorsOf(
      const std::vector<domain::CountryCode>& countries) override;
  domain::Result<std::map<std::string, domain::ReportState>> latestReportStates(
      const domain::CommitmentId& commitment) override;
  domain::Result<bool> claimKey(const std::string& key, domain::Timestamp at) override;
  domain::Result<std::vector<domain::OpenDeadline>> openDeadlines(domain::Date from, domain::Date to,
                                                                  int defaultDays) override;
  domain::Result<std::optional<int>> daysBefore(const domain::CommitmentId& commitment) override;
  domain::Status setDaysBefore(const domain::CommitmentId& commitment, int days) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
