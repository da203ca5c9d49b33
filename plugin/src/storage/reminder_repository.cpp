#include "reminder_repository.h"

#include "codec.h"

namespace accord::storage::detail {

using namespace accord::domain;

Status SqlReminderRepository::record(const app::ReminderRecord& r) {
  return guarded(tx_, [&]() -> Status {
    sql_.exec("INSERT INTO reminder (topic, subject, country, reason, sent_by, sent_at, recipients, message) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
              {v(toString(r.topic)), v(r.subject), v(r.country), v(toString(r.reason)), v(r.sentBy), v(r.sentAt),
               v(r.recipients), v(r.message)});
    return {};
  });
}

Result<std::map<std::string, app::ReminderRecord>> SqlReminderRepository::latestPerCountry(ReminderTopic topic,
                                                                                         const std::string& subject) {
  return guarded(tx_, [&]() -> Result<std::map<std::string, app::ReminderRecord>> {
    // Ordered oldest first, so that each country's latest overwrites the earlier ones.
    Rows rows = sql_.query("SELECT country, reason, sent_by, sent_at, recipients, message FROM reminder "
                           "WHERE topic = ? AND subject = ? ORDER BY sent_at, id",
                           {v(toString(topic)), v(subject)});
    std::map<std::string, app::ReminderRecord> out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      app::ReminderRecord r{topic,
                            subject,
                            country(rows, i, 0),
                            enumOf(rows, i, 1, parsePendingReason),
                            rows.str(i, 2),
                            instant(rows, i, 3),
                            static_cast<long>(rows.i64(i, 4)),
                            rows.str(i, 5)};
      out[r.country.str()] = std::move(r);
    }
    return out;
  });
}

Result<std::map<std::string, std::vector<app::Recipient>>> SqlReminderRepository::coordinatorsOf(
    const std::vector<CountryCode>& countries) {
  return guarded(tx_, [&]() -> Result<std::map<std::string, std::vector<app::Recipient>>> {
    std::map<std::string, std::vector<app::Recipient>> out;
    if (countries.empty()) return out;
    Params params{v(toString(Role::kCoordinator))};
    for (const auto& c : countries) params.push_back(v(c));
    Rows rows = sql_.query("SELECT country, name, display_name FROM account WHERE active = 1 AND role = ? AND "
                           "country IN (" + placeholders(countries.size()) + ") ORDER BY country, name",
                           params);
    for (std::size_t i = 0; i < rows.size(); ++i) out[rows.str(i, 0)].push_back({rows.str(i, 1), rows.str(i, 2)});
    return out;
  });
}

Result<std::map<std::string, ReportState>> SqlReminderRepository::latestReportStates(const CommitmentId& commitment) {
  return guarded(tx_, [&]() -> Result<std::map<std::string, ReportState>> {
    Rows rows = sql_.query("SELECT l.country, r.state FROM latest_report l JOIN report r ON r.id = l.report_id "
                           "WHERE l.commitment_id = ?",
                           {v(commitment)});
    std::map<std::string, ReportState> out;
    for (std::size_t i = 0; i < rows.size(); ++i) out[rows.str(i, 0)] = enumOf(rows, i, 1, parseReportState);
    return out;
  });
}

Result<bool> SqlReminderRepository::claimKey(const std::string& key, Timestamp at) {
  return guarded(tx_, [&]() -> Result<bool> {
    return sql_.exec("INSERT INTO delivery_key (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                     {v(key), v(at)}) == 1;
  });
}

Result<std::vector<OpenDeadline>> SqlReminderRepository::openDeadlines(Date from, Date to, int defaultDays) {
  return guarded(tx_, [&]() -> Result<std::vector<OpenDeadline>> {
    Rows rows = sql_.query(
        "SELECT c.id, a.country, c.deadline, c.text, COALESCE(s.days_before, ?) FROM commitment c "
        "JOIN assignment a ON a.commitment_id = c.id LEFT JOIN reminder_schedule s ON s.commitment_id = c.id "
        "WHERE c.deadline >= ? AND c.deadline <= ? AND (a.acceptance = 'proposed' OR (a.acceptance = 'accepted' "
        "AND a.status NOT IN ('completed', 'cancelled'))) ORDER BY c.deadline, c.id, a.ord",
        {v(defaultDays), v(from), v(to)});
    std::vector<OpenDeadline> out;
    out.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
      out.push_back({idOf<CommitmentId>(rows, i, 0), country(rows, i, 1), date(rows, i, 2), rows.str(i, 3),
                     static_cast<int>(rows.i64(i, 4))});
    return out;
  });
}

Result<std::optional<int>> SqlReminderRepository::daysBefore(const CommitmentId& commitment) {
  return guarded(tx_, [&]() -> Result<std::optional<int>> {
    Rows rows = sql_.query("SELECT days_before FROM reminder_schedule WHERE commitment_id = ?", {v(commitment)});
    if (rows.size() == 0) return std::optional<int>();
    return std::optional<int>(static_cast<int>(rows.i64(0, 0)));
  });
}

Status SqlReminderRepository::setDaysBefore(const CommitmentId& commitment, int days) {
  return guarded(tx_, [&]() -> Status {
    sql_.exec("INSERT INTO reminder_schedule (commitment_id, days_before) VALUES (?, ?) ON CONFLICT (commitment_id) "
              "DO UPDATE SET days_before = excluded.days_before",
              {v(commitment), v(days)});
    return {};
  });
}

}  // namespace accord::storage::detail
