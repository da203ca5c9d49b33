#include "history_words.h"

#include <algorithm>
#include <cctype>
#include <set>

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
std::string stateLabel(const Wording& w, Result<E> (*parse)(std::string_view, std::string_view), const std::string& code) {
  auto s = parse("action", code);
  return s.ok() ? badge(w, *s).label : "";
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

// " — by ana.petrova": who did it, after what was done.
std::string by(const Wording& w, const std::string& who) { return w("history.by", {{"who", who}}); }

}  // namespace

std::string eventInWords(const Wording& w, const std::string& action) {
    // The actions that have a sentence of their own in the catalogue, as their keys.
  static const std::set<std::string> kKnown = {
      "event.declaration.created",
      "event.declaration.updated",
      "event.declaration.drafting",
      "event.declaration.consultation",
      "event.declaration.final",
      "event.declaration.open_for_endorsement",
      "event.declaration.closed",
      "event.revision.cut",
      "event.conference.created",
      "event.conference.updated",
      "event.conference.deleted",
      "event.conference.imported",
      "event.commitment.defined",
      "event.commitment.updated",
      "event.assignment.accepted",
      "event.assignment.declined",
      "event.assignment.proposed",
      "event.assignment.assessed",
      "event.indicator.measured",
      "event.report.drafted",
      "event.report.reworked",
      "event.report.submitted",
      "event.report.validated",
      "event.report.returned",
      "event.comment.created",
      "event.amendment.proposed",
      "event.amendment.incorporated",
      "event.language_version.created",
      "event.language_version.updated",
      "event.language_version.verified",
      "event.account.created",
      "event.account.updated",
      "event.account.disabled",
      "event.account.enabled",
      "event.account.role_changed",
      "event.account.password_reset",
      "event.account.language_changed",
      "event.account.preferences_changed",
      "event.account.unlocked",
      "event.reminder.sent",
      "event.session.started",
      "event.session.ended",
  };
  if (kKnown.count("event." + action)) return w("event." + action);
  auto dot = action.find('.');
  std::string kind = action.substr(0, dot), state = dot == std::string::npos ? "" : action.substr(dot + 1);
  std::string label;
  if (kind == "endorsement") label = stateLabel(w, parseEndorsementStatus, state);
  if (kind == "implementation") label = stateLabel(w, parseImplementationStatus, state);
  if (kind == "milestone") label = stateLabel(w, parseMilestoneState, state);
  if (kind == "amendment") label = stateLabel(w, parseAmendmentState, state);
  if (!label.empty()) return w("event.kind_state", {{"kind", w("event.kind." + kind)}, {"state", label}});
  return state.empty() ? capitalised(words(kind)) : w("event.kind_state", {{"kind", capitalised(words(kind))}, {"state", words(state)}});
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

List endorsementHistory(const Wording& w, const Endorsement& e) {
  std::vector<Entry> out;
  for (const EndorsementEvent& ev : e.history) {
    std::string what = badge(w, ev.to).label;
    if (ev.from != ev.to) what += w("history.was", {{"state", badge(w, ev.from).label}});
    if (ev.method) what += w("history.method", {{"method", methodLabel(w, *ev.method)}});
    if (ev.onBehalf) what += w("history.on_behalf");
    if (!ev.actor.empty()) what += by(w, ev.actor);
    if (!ev.statement.empty()) what += w("history.statement", {{"text", shortened(ev.statement)}});
    out.push_back({ev.at.iso(), what});
  }
  return newestFirst(std::move(out));
}

List assignmentHistory(const Wording& w, const Assignment& a, const Commitment& c,
                       const std::vector<ProgressReport>& reports) {
  std::vector<Entry> out;
  if (a.acceptanceDate) {
    std::string what = w("history.acceptance", {{"state", badge(w, a.acceptance).label}});
    if (!a.acceptedBy.empty()) what += by(w, a.acceptedBy);
    out.push_back({a.acceptanceDate->iso(), what});
  }
  if (a.completedOn) out.push_back({a.completedOn->iso(), w("history.completed")});
  for (const MilestoneProgress& m : a.milestones) {
    if (!m.updatedOn) continue;
    std::string title = m.milestone.str();
    for (const Milestone& known : c.milestones)
      if (known.id == m.milestone) title = known.title;
    std::string what = w("history.milestone", {{"title", title}, {"state", badge(w, m.state).label}});
    if (!m.updatedBy.empty()) what += by(w, m.updatedBy);
    out.push_back({m.updatedOn->iso(), what});
  }
  for (const Measurement& m : a.measurements) {
    std::string what = w("history.measured", {{"indicator", m.indicator}, {"value", base::numberText(m.value)}});
    if (!m.recordedBy.empty()) what += by(w, m.recordedBy);
    out.push_back({m.on.iso(), what});
  }
  for (const ProgressReport& r : reports) {
    Catalogue::Args period{{"from", w.date(r.periodStart)}, {"to", w.date(r.periodEnd)}};
    if (r.submittedAt)
      out.push_back({r.submittedAt->iso(), w("history.report_submitted", period) + (r.author.empty() ? "" : by(w, r.author))});
    if (r.reviewedAt) {
      // A report reviewed and since resubmitted was returned: the review is what happened then.
      bool validated = r.state == ReportState::kValidated;
      std::string what = w(validated ? "history.report_validated" : "history.report_returned", period);
      if (!r.reviewedBy.empty()) what += by(w, r.reviewedBy);
      if (!validated && !r.returnReason.empty()) what += w("history.reason", {{"text", shortened(r.returnReason)}});
      out.push_back({r.reviewedAt->iso(), what});
    }
  }
  return newestFirst(std::move(out));
}

}  // namespace accord::web
