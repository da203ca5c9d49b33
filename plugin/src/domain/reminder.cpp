#include "accord/domain/reminder.h"

#include <algorithm>

#include "accord/domain/text.h"

namespace accord::domain {

namespace {
const std::pair<ReminderTopic, const char*> kTopics[] = {
    {ReminderTopic::kEndorsement, "endorsement"},
    {ReminderTopic::kCommitment, "commitment"},
};
const std::pair<PendingReason, const char*> kReasons[] = {
    {PendingReason::kInvited, "invited"},
    {PendingReason::kConsulting, "consulting"},
    {PendingReason::kProposed, "proposed"},
    {PendingReason::kReportDue, "report_due"},
};
// A week after the deadline the "passed" reminder is no longer news.
constexpr int kPassedWindowDays = 7;
}  // namespace

const char* toString(ReminderTopic t) { return enumName(kTopics, t); }
template <>
const std::vector<const char*>& enumNames<ReminderTopic>() {
  static const auto names = enumNameList(kTopics);
  return names;
}

const char* toString(PendingReason r) { return enumName(kReasons, r); }
template <>
const std::vector<const char*>& enumNames<PendingReason>() {
  static const auto names = enumNameList(kReasons);
  return names;
}
Result<PendingReason> parsePendingReason(std::string_view field, std::string_view text) {
  return parseEnum(kReasons, field, text);
}

std::vector<PendingCountry> pendingEndorsements(const Declaration& d, const std::vector<Endorsement>& recorded) {
  std::vector<PendingCountry> out;
  if (d.status != DeclarationStatus::kOpenForEndorsement) return out;
  for (const auto& c : d.invitedCountries) {
    auto e = std::find_if(recorded.begin(), recorded.end(), [&](const Endorsement& x) { return x.country == c; });
    if (e != recorded.end() && !awaitsAnswer(e->status)) continue;
    bool consulting = e != recorded.end() && e->status == EndorsementStatus::kConsulting;
    out.push_back({c, consulting ? PendingReason::kConsulting : PendingReason::kInvited});
  }
  return out;
}

std::vector<PendingCountry> pendingAssignments(const Commitment& c, const std::vector<Assignment>& assignments,
                                               const std::map<std::string, ReportState>& latestReport) {
  std::vector<PendingCountry> out;
  for (const auto& country : c.countries) {
    auto a = std::find_if(assignments.begin(), assignments.end(),
                          [&](const Assignment& x) { return x.country == country; });
    if (a == assignments.end() || a->acceptance == Acceptance::kProposed) {
      out.push_back({country, PendingReason::kProposed});
      continue;
    }
    if (a->acceptance != Acceptance::kAccepted || a->status == ImplementationStatus::kCompleted ||
        a->status == ImplementationStatus::kCancelled)
      continue;
    auto latest = latestReport.find(country.str());
    bool answered = latest != latestReport.end() &&
                    (latest->second == ReportState::kSubmitted || latest->second == ReportState::kValidated);
    if (!answered) out.push_back({country, PendingReason::kReportDue});
  }
  return out;
}

std::string defaultReminderText(ReminderTopic topic, const std::string& title) {
  if (topic == ReminderTopic::kEndorsement)
    return "The final text of \"" + title +
           "\" is open for endorsement and we have not yet received your country's decision. "
           "Please record it, or tell the secretariat when to expect it.";
  return "The commitment \"" + headline(title) +
         "\" waits for your country: please accept or decline it, or submit your progress report.";
}

Result<std::string> reminderText(std::string_view field, std::string_view text) {
  return validateText(field, text, text_rules::kReason);
}

std::string reminderLink(ReminderTopic topic, const std::string& subject, const CountryCode& country) {
  if (topic == ReminderTopic::kEndorsement) return "/declarations/" + subject + "/endorsements";
  return "/commitments/" + subject + "/countries/" + country.str();
}

NotificationEvent reminderEvent(ReminderTopic topic, const std::string& subject, const std::string& title,
                                const CountryCode& country, const std::string& message) {
  return {NotificationKind::kReminder, subject, country, headline(title), reminderLink(topic, subject, country),
          message};
}

std::optional<DeadlineReminder> deadlineReminderDue(const OpenDeadline& d, Date today) {
  NotificationKind kind;
  const char* suffix;
  if (d.daysBefore > 0 && today >= d.deadline.plusDays(-d.daysBefore) && today <= d.deadline) {
    kind = NotificationKind::kDeadlineApproaching;
    suffix = "approaching";
  } else if (today > d.deadline && today <= d.deadline.plusDays(kPassedWindowDays)) {
    kind = NotificationKind::kDeadlinePassed;
    suffix = "passed";
  } else {
    return std::nullopt;
  }
  std::string key = "deadline/" + d.commitment.str() + "/" + d.country.str() + "/" + d.deadline.iso() + "/" + suffix;
  return DeadlineReminder{std::move(key),
                          {kind, d.commitment.str(), d.country, headline(d.text),
                           reminderLink(ReminderTopic::kCommitment, d.commitment.str(), d.country), ""}};
}

Result<int> parseReminderDays(std::string_view field, long days) {
  if (days < 0 || days > 365) return Error::invalid(std::string(field), "must be a number of days from 0 to 365");
  return static_cast<int>(days);
}

}  // namespace accord::domain
