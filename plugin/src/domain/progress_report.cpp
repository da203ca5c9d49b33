#include "accord/domain/progress_report.h"

#include "accord/domain/enum_names.h"
#include "checks.h"

namespace accord::domain {
namespace {
using R = ReportState;
const std::pair<R, const char*> kStates[] = {
    {R::kDraft, "draft"}, {R::kSubmitted, "submitted"}, {R::kValidated, "validated"}, {R::kReturned, "returned"}};

inline constexpr std::size_t kMaxEvidence = 20;

Status move(ProgressReport& r, R to) {
  if (!isLegalTransition(r.state, to))
    return Error::state("a report cannot go from " + std::string(toString(r.state)) + " to " + toString(to), "state");
  r.state = to;
  return {};
}
}  // namespace

const char* toString(ReportState s) { return enumName(kStates, s); }
template <>
const std::vector<const char*>& enumNames<ReportState>() {
  static const auto names = enumNameList(kStates);
  return names;
}
Result<ReportState> parseReportState(std::string_view field, std::string_view text) {
  return parseEnum(kStates, field, text);
}

bool isLegalTransition(ReportState from, ReportState to) {
  switch (from) {
    case R::kDraft: return to == R::kSubmitted;
    case R::kSubmitted: return to == R::kValidated || to == R::kReturned;
    case R::kReturned: return to == R::kDraft || to == R::kSubmitted;
    case R::kValidated: return false;
  }
  return false;
}

Status ProgressReport::rework(const ProgressReport& from) {
  if (state != R::kDraft && state != R::kReturned)
    return Error::state("a " + std::string(toString(state)) + " report can no longer be changed", "state");
  periodStart = from.periodStart;
  periodEnd = from.periodEnd;
  narrative = from.narrative;
  percent = from.percent;
  evidence = from.evidence;
  return {};
}

Status ProgressReport::submit(const std::string& actor, Timestamp at) {
  if (!isLegalTransition(state, R::kSubmitted))
    return Error::state("a " + std::string(toString(state)) + " report cannot be submitted", "state");
  if (Status s = Checks().text("narrative", narrative, text_rules::kClause).status(); !s.ok()) return s;
  author = actor;
  submittedAt = at;
  returnReason.clear();
  return move(*this, R::kSubmitted);
}

Status ProgressReport::accept(const std::string& reviewer, Timestamp at) {
  if (Status s = move(*this, R::kValidated); !s.ok()) return s;
  reviewedBy = reviewer;
  reviewedAt = at;
  return {};
}

Status ProgressReport::giveBack(const std::string& reviewer, const std::string& reason, Timestamp at) {
  if (!isLegalTransition(state, R::kReturned))
    return Error::state("a " + std::string(toString(state)) + " report cannot be returned", "state");
  auto checked = validateText("returnReason", reason, text_rules::kReason);
  if (!checked.ok()) return checked.error();
  returnReason = checked.value();
  reviewedBy = reviewer;
  reviewedAt = at;
  return move(*this, R::kReturned);
}

Status normalize(ProgressReport& r, const std::string& path) {
  Checks checks;
  checks.id(path + ".id", r.id.str())
      .that(r.periodStart <= r.periodEnd, path + ".periodEnd", "must not be before the period start")
      .text(path + ".narrative", r.narrative, text_rules::kLongText)
      .that(r.percent >= 0 && r.percent <= 100, path + ".percent", "must be between 0 and 100")
      .that(r.evidence.size() <= kMaxEvidence, path + ".evidence",
            "may list at most " + std::to_string(kMaxEvidence) + " items")
      .text(path + ".author", r.author, text_rules::kOptionalName)
      .text(path + ".reviewedBy", r.reviewedBy, text_rules::kOptionalName)
      .text(path + ".returnReason", r.returnReason, text_rules::kNote)
      .that(r.state == R::kDraft || r.submittedAt.has_value(), path + ".submittedAt",
            "is required once a report has been submitted")
      .that(r.state != R::kReturned || !r.returnReason.empty(), path + ".returnReason",
            "must say why the report was returned");
  for (std::size_t i = 0; i < r.evidence.size(); ++i)
    checks.text(path + ".evidence[" + std::to_string(i) + "]", r.evidence[i], text_rules::kName);
  return checks.status();
}

}  // namespace accord::domain
