#include "history_words.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "accord/base/number_text.h"
#include "accord/json/snapshot_diff.h"
#include "labels.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// "open_for_endorsement" -> "open for endorsement".
std::string words(std::string code) {
  std::replace(code.begin(), code.end(), '_', ' ');
  return code;
}

std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// The label the pages give to state `code` of the kind `E`, or "" if not one.
template <class E>
std::string stateLabel(Result<E> (*parse)(std::string_view, std::string_view), const std::string& code) {
  auto s = parse("action", code);
  return s.ok() ? badge(*s).label : "";
}

struct Entry {
  std::string when;  // ISO date or timestamp: sorts as time does
  std::string what;
};

List newestFirst(std::vector<Entry> entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.when > b.when; });
  List out;
  for (const Entry& e : entries) {
    Data d;
    d.set("when", e.when.substr(0, 10));
    d.set("what", e.what);
    out.push_back(d);
  }
  return out;
}

std::string shortened(const std::string& s) {
  const std::size_t kMax = 300;
  if (s.size() <= kMax) return s;
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
  return s.substr(0, cut) + "…";
}

}  // namespace

std::string eventInWords(const std::string& action) {
  static const std::map<std::string, std::string> kKnown = {
      {"declaration.created", "Declaration created"},
      {"declaration.updated", "Declaration details changed"},
      {"declaration.drafting", "Declaration returned to drafting"},
      {"declaration.consultation", "Declaration sent for consultation"},
      {"declaration.final", "Declaration text made final"},
      {"declaration.open_for_endorsement", "Declaration opened for endorsement"},
      {"declaration.closed", "Declaration closed"},
      {"revision.cut", "New revision of the text"},
      {"conference.created", "Conference created"},
      {"conference.updated", "Conference details changed"},
      {"conference.deleted", "Conference deleted"},
      {"conference.imported", "Conference imported"},
      {"commitment.defined", "Commitment defined"},
      {"commitment.updated", "Commitment changed"},
      {"assignment.accepted", "Commitment accepted"},
      {"assignment.declined", "Commitment declined"},
      {"assignment.proposed", "Commitment proposed"},
      {"assignment.assessed", "Implementation assessed"},
      {"indicator.measured", "Indicator measured"},
      {"report.drafted", "Progress report drafted"},
      {"report.reworked", "Progress report revised"},
      {"report.submitted", "Progress report submitted"},
      {"report.validated", "Progress report validated"},
      {"report.returned", "Progress report returned for changes"},
      {"comment.created", "Comment made"},
      {"amendment.proposed", "Amendment proposed"},
      {"amendment.incorporated", "Amendment incorporated in the text"},
      {"language_version.created", "Language version started"},
      {"language_version.updated", "Language version changed"},
      {"language_version.verified", "Language version verified"},
      {"account.created", "Account created"},
      {"account.updated", "Account changed"},
      {"account.disabled", "Account disabled"},
      {"account.enabled", "Account enabled"},
      {"account.role_changed", "Account's role changed"},
      {"account.password_reset", "Password reset"},
      {"account.language_changed", "Language chosen"},
      {"reminder.sent", "Reminder sent to the countries that had not answered"},
      {"session.started", "Signed in"},
      {"session.ended", "Signed out"},
  };
  if (auto it = kKnown.find(action); it != kKnown.end()) return it->second;
  auto dot = action.find('.');
  std::string kind = action.substr(0, dot), state = dot == std::string::npos ? "" : action.substr(dot + 1);
  std::string label;
  if (kind == "endorsement") label = stateLabel(parseEndorsementStatus, state);
  if (kind == "implementation") label = stateLabel(parseImplementationStatus, state);
  if (kind == "milestone") label = stateLabel(parseMilestoneState, state);
  if (kind == "amendment") label = stateLabel(parseAmendmentState, state);
  if (!label.empty()) return capitalised(words(kind)) + ": " + label;
  return state.empty() ? capitalised(words(kind)) : capitalised(words(kind)) + ": " + words(state);
}

std::string fieldInWords(const std::string& path) {
  std::string out;
  for (std::size_t i = 0; i < path.size(); ++i) {
    char c = path[i];
    if (c == '.') {
      out += ", ";
    } else if (c == '[') {
      std::size_t close = path.find(']', i);
      std::string n = path.substr(i + 1, close == std::string::npos ? std::string::npos : close - i - 1);
      out += " " + (n.find_first_not_of("0123456789") == std::string::npos && !n.empty()
                        ? std::to_string(std::stoul(n.substr(0, 9)) + 1)
                        : n);
      if (close == std::string::npos) break;
      i = close;
    } else if (std::isupper(static_cast<unsigned char>(c))) {
      out += ' ';
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      out += c == '_' ? ' ' : c;
    }
  }
  return capitalised(out);
}

Data changesData(const std::string& before, const std::string& after, std::size_t limit) {
  auto changes = json::changedFields(before, after);
  List rows;
  for (std::size_t i = 0; i < changes.size() && i < limit; ++i) {
    Data r;
    r.set("field", fieldInWords(changes[i].field));
    r.set("before", shortened(changes[i].before));
    r.set("after", shortened(changes[i].after));
    r.set("hasBefore", !changes[i].before.empty());
    r.set("hasAfter", !changes[i].after.empty());
    rows.push_back(r);
  }
  Data d;
  d.set("rows", rows);
  d.set("hasRows", !rows.empty());
  d.set("count", std::to_string(changes.size()));
  d.set("few", changes.size() <= 6);
  d.set("more", changes.size() > limit ? Data(std::to_string(changes.size() - limit)) : Data(false));
  return d;
}

List endorsementHistory(const Endorsement& e) {
  std::vector<Entry> out;
  for (const EndorsementEvent& ev : e.history) {
    std::string what = badge(ev.to).label;
    if (ev.from != ev.to) what += " (was " + badge(ev.from).label + ")";
    if (ev.method) what += ", " + methodLabel(*ev.method);
    if (ev.onBehalf) what += ", recorded on the country's behalf";
    if (!ev.actor.empty()) what += " — by " + ev.actor;
    if (!ev.statement.empty()) what += ". Statement: " + shortened(ev.statement);
    out.push_back({ev.at.iso(), what});
  }
  return newestFirst(std::move(out));
}

List assignmentHistory(const Assignment& a, const Commitment& c, const std::vector<ProgressReport>& reports) {
  std::vector<Entry> out;
  if (a.acceptanceDate) {
    std::string what = "Acceptance: " + badge(a.acceptance).label;
    if (!a.acceptedBy.empty()) what += " — by " + a.acceptedBy;
    out.push_back({a.acceptanceDate->iso(), what});
  }
  if (a.completedOn) out.push_back({a.completedOn->iso(), "Implementation completed"});
  for (const MilestoneProgress& m : a.milestones) {
    if (!m.updatedOn) continue;
    std::string title = m.milestone.str();
    for (const Milestone& known : c.milestones)
      if (known.id == m.milestone) title = known.title;
    std::string what = "Milestone \u201C" + title + "\u201D: " + badge(m.state).label;
    if (!m.updatedBy.empty()) what += " — by " + m.updatedBy;
    out.push_back({m.updatedOn->iso(), what});
  }
  for (const Measurement& m : a.measurements) {
    std::string what = "Indicator \u201C" + m.indicator + "\u201D measured: " + base::numberText(m.value);
    if (!m.recordedBy.empty()) what += " — by " + m.recordedBy;
    out.push_back({m.on.iso(), what});
  }
  for (const ProgressReport& r : reports) {
    std::string period = r.periodStart.iso() + " to " + r.periodEnd.iso();
    if (r.submittedAt)
      out.push_back({r.submittedAt->iso(), "Progress report for " + period + " submitted" +
                                               (r.author.empty() ? "" : " — by " + r.author)});
    if (r.reviewedAt) {
      // A report reviewed and since resubmitted was returned: the review is what happened then.
      bool validated = r.state == ReportState::kValidated;
      std::string what = "Progress report for " + period + (validated ? " validated" : " returned for changes");
      if (!r.reviewedBy.empty()) what += " — by " + r.reviewedBy;
      if (!validated && !r.returnReason.empty()) what += ". Reason: " + shortened(r.returnReason);
      out.push_back({r.reviewedAt->iso(), what});
    }
  }
  return newestFirst(std::move(out));
}

}  // namespace accord::web
