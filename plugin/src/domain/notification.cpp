#include "accord/domain/notification.h"

#include <algorithm>

namespace accord::domain {

namespace {
const std::pair<NotificationKind, const char*> kKinds[] = {
    {NotificationKind::kConsultationOpened, "consultation_opened"},
    {NotificationKind::kEndorsementOpened, "endorsement_opened"},
    {NotificationKind::kCommitmentProposed, "commitment_proposed"},
    {NotificationKind::kReportSubmitted, "report_submitted"},
    {NotificationKind::kReportReturned, "report_returned"},
    {NotificationKind::kReportValidated, "report_validated"},
    {NotificationKind::kDeadlineApproaching, "deadline_approaching"},
    {NotificationKind::kDeadlinePassed, "deadline_passed"},
    {NotificationKind::kAccountCreated, "account_created"},
    {NotificationKind::kPasswordReset, "password_reset"},
    {NotificationKind::kReminder, "reminder"},
};
const std::pair<DeliveryState, const char*> kStates[] = {
    {DeliveryState::kPending, "pending"},
    {DeliveryState::kSent, "sent"},
    {DeliveryState::kFailed, "failed"},
    {DeliveryState::kHeld, "held"},
    {DeliveryState::kNotMailed, "not_mailed"},
};

bool has(const std::vector<CountryCode>& list, const CountryCode& c) {
  return std::find(list.begin(), list.end(), c) != list.end();
}

std::optional<NotificationKind> openingKind(DeclarationStatus s) {
  if (s == DeclarationStatus::kConsultation) return NotificationKind::kConsultationOpened;
  if (s == DeclarationStatus::kOpenForEndorsement) return NotificationKind::kEndorsementOpened;
  return std::nullopt;
}
}  // namespace

std::string headline(const std::string& text) {
  constexpr std::size_t kMax = 80;
  std::string line = text.substr(0, text.find('\n'));
  if (line.size() <= kMax && line.size() == text.size()) return line;
  std::size_t cut = std::min(kMax, line.size());
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
  return line.substr(0, cut) + "\u2026";
}

const char* toString(NotificationKind k) { return enumName(kKinds, k); }
template <>
const std::vector<const char*>& enumNames<NotificationKind>() {
  static const auto names = enumNameList(kKinds);
  return names;
}
Result<NotificationKind> parseNotificationKind(std::string_view field, std::string_view text) {
  return parseEnum(kKinds, field, text);
}

const char* toString(DeliveryState s) { return enumName(kStates, s); }
template <>
const std::vector<const char*>& enumNames<DeliveryState>() {
  static const auto names = enumNameList(kStates);
  return names;
}
Result<DeliveryState> parseDeliveryState(std::string_view field, std::string_view text) {
  return parseEnum(kStates, field, text);
}

Audience audienceOf(const NotificationEvent& e) {
  switch (e.kind) {
    case NotificationKind::kReportSubmitted:
      return {{Role::kMonitor, Role::kSecretariat}, std::nullopt, ""};
    case NotificationKind::kAccountCreated:
    case NotificationKind::kPasswordReset:
      return {{}, std::nullopt, e.subject};
    default:
      return {{Role::kCoordinator}, e.country, ""};
  }
}

std::vector<NotificationEvent> declarationEvents(DeclarationStatus statusBefore,
                                                 const std::vector<CountryCode>& invitedBefore,
                                                 const Declaration& after) {
  std::vector<NotificationEvent> out;
  auto kind = openingKind(after.status);
  if (!kind) return out;
  bool opened = statusBefore != after.status;
  std::string link = "/declarations/" + after.id.str() +
                     (*kind == NotificationKind::kEndorsementOpened ? "/endorsements" : "/consultation");
  for (const auto& c : after.invitedCountries)
    if (opened || !has(invitedBefore, c)) out.push_back({*kind, after.id.str(), c, after.title, link, ""});
  return out;
}

NotificationEvent commitmentProposed(const Commitment& commitment, const CountryCode& country) {
  return {NotificationKind::kCommitmentProposed, commitment.id.str(), country, headline(commitment.text),
          "/commitments/" + commitment.id.str() + "/countries/" + country.str(), ""};
}

std::optional<NotificationEvent> reportEvent(ReportState before, const ProgressReport& report) {
  if (before == report.state) return std::nullopt;
  NotificationKind kind;
  switch (report.state) {
    case ReportState::kSubmitted: kind = NotificationKind::kReportSubmitted; break;
    case ReportState::kReturned: kind = NotificationKind::kReportReturned; break;
    case ReportState::kValidated: kind = NotificationKind::kReportValidated; break;
    default: return std::nullopt;
  }
  return NotificationEvent{kind, report.id.str(), report.country, report.periodStart.iso() + " – " + report.periodEnd.iso(),
                           "/commitments/" + report.commitment.str() + "/countries/" + report.country.str(), ""};
}

NotificationEvent accountEvent(NotificationKind kind, const Account& account) {
  return {kind, account.name, std::nullopt, account.displayName, "/", ""};
}

Result<std::int64_t> parseNotificationId(std::string_view field, std::string_view text) {
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string_view::npos)
    return Error::invalid(std::string(field), "must be a notification's number");
  return static_cast<std::int64_t>(std::stoll(std::string(text)));
}

std::optional<Timestamp> nextAttempt(const RetryPolicy& p, Timestamp createdAt, int attempts, Timestamp now) {
  std::int64_t wait = p.baseSeconds;
  for (int i = 1; i < attempts && wait < p.capSeconds; ++i) wait *= 2;
  wait = std::min(wait, p.capSeconds);
  std::int64_t at = now.seconds() + wait;
  if (at > createdAt.seconds() + p.giveUpSeconds) return std::nullopt;
  return Timestamp::fromSeconds(at);
}

}  // namespace accord::domain
