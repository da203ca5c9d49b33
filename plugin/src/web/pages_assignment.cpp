// One commitment for one country: milestones, indicators, progress reports. The
// country's coordinator accepts it, moves implementation on and writes, reworks
// and submits reports; a monitor assesses it and validates or returns reports.
#include <sstream>

#include <Poco/UUIDGenerator.h>

#include "accord/app/assignment_progress_use_cases.h"
#include "accord/app/authorization.h"
#include "accord/app/commitment_use_cases.h"
#include "accord/app/overview.h"
#include "accord/app/permissions.h"
#include "accord/app/read_models.h"
#include "accord/app/report_use_cases.h"
#include "accord/base/number_text.h"
#include "error_words.h"
#include "history_words.h"
#include "labels.h"
#include "names_shown.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"
#include "words.h"

namespace accord::web {

using namespace accord::domain;

namespace {

const char* const kReportFields[] = {"periodStart", "periodEnd", "percent", "narrative", "evidence"};
const char* const kErrorKeys[] = {"periodStart", "periodEnd", "percent",   "narrative",  "evidence",
                                  "lead_institution", "returnReason", "decision", "status", "assessment",
                                  "milestone", "state", "indicator", "value", "date", "source"};
// The fields of a report's own forms.
const char* const kReportErrorKeys[] = {"periodStart", "periodEnd", "percent", "narrative", "evidence", "returnReason"};

const MilestoneState kMilestoneStates[] = {MilestoneState::kPending, MilestoneState::kDone, MilestoneState::kMissed,
                                          MilestoneState::kDropped};

const Assessment kAssessmentScale[] = {Assessment::kNoEvidence, Assessment::kNotStarted, Assessment::kLimited,
                                       Assessment::kSubstantial, Assessment::kComplete};

std::string assignmentPath(const CommitmentId& c, const CountryCode& country) {
  return "/commitments/" + pathSegment(c.str()) + "/countries/" + country.str();
}

std::string lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : "\n") + item;
  return out;
}

// A report's forms: review (a monitor), submit and rework (its country).
enum class ReportForm { kReview, kRework };

// The report form a POST failed on, and how.
struct ReportFailure {
  std::string report;
  ReportForm form;
  const Error* error;
};

// One report with its forms. When `failed` names this report, its error goes
// beside the field of this report's forms only, and the rework form keeps what
// was typed into it (or, when another of its forms failed, the stored values).
Data reportData(const Visit& v, const NamesShown& who, const ProgressReport& r, const std::string& base,
                const app::ReportPermissions& may, const ReportFailure* failed) {
  Data d;
  d.set("id", r.id.str());
  d.set("period", v.words.date(r.periodStart) + " – " + v.words.date(r.periodEnd));
  d.set("percent", std::to_string(r.percent));
  d.set("narrative", r.narrative);
  List evidence;
  for (const std::string& e : r.evidence) {
    // An evidence line that is a web address is a link; anything else is text.
    Data item("text", Data(e));
    item.set("href", linkable(e) ? Data(e) : Data(false));
    evidence.push_back(item);
  }
  d.set("evidence", evidence);
  d.set("hasEvidence", !r.evidence.empty());
  d.set("state", badgeData(badge(v.words, r.state)));
  d.set("author", who(r.author));
  d.set("returnReason", text(r.returnReason));
  d.set("reviewedBy", text(r.reviewedBy.empty() ? "" : who(r.reviewedBy)));
  std::string reportBase = base + "/reports/" + pathSegment(r.id.str());
  d.set("reviewAction", link(v, reportBase + "/review"));
  d.set("reportVersion", std::to_string(r.version));
  // One review form offers both decisions.
  d.set("mayReview", may.validate || may.giveBack);
  d.set("maySubmit", may.submit);
  // Set here, so that inside this report no error of the page's own forms is found.
  for (const char* key : kReportErrorKeys) d.set(std::string("error_") + key, false);
  if (failed && !failed->error->field.empty())
    d.set("error_" + fieldKey(failed->error->field), messageInWords(v.words, failed->error->message));
  // The reason typed into a refused return stays, to be corrected rather than typed again.
  d.set("typedReason", failed && failed->form == ReportForm::kReview ? v.field("returnReason") : "");
  Data edit(false);
  if (may.rework) {
    bool typed = failed && failed->form == ReportForm::kRework;
    edit = Data();
    edit.set("action", link(v, reportBase + "/rework"));
    edit.set("periodStart", typed ? v.field("periodStart") : r.periodStart.iso());
    edit.set("periodEnd", typed ? v.field("periodEnd") : r.periodEnd.iso());
    edit.set("percent", typed ? v.field("percent") : std::to_string(r.percent));
    edit.set("narrative", typed ? v.field("narrative") : r.narrative);
    edit.set("evidence", typed ? v.field("evidence") : lines(r.evidence));
    edit.set("open", failed != nullptr);
  }
  d.set("edit", edit);
  return d;
}

// The country's own milestones (its state of each of the commitment's) and its
// indicator measurements, with the coordinator's forms when `mayTrack`; after a
// failed form (`keepTyped`) the measurement form keeps what was typed, and a
// milestone's refused form (`failed`, its error) has the error beside its own
// select, with the state that was chosen.
void putProgress(Data& view, const Visit& v, const NamesShown& who, const Assignment& a, const Commitment& c,
                 bool mayTrack, const std::string& assignmentHref, bool keepTyped, const Error* failed) {
  List milestones;
  for (const Milestone& m : c.milestones) {
    MilestoneState state = milestoneState(a, m);
    const bool refused = failed && v.param("milestone") == m.id.str();
    Data d;
    d.set("id", m.id.str());
    d.set("title", m.title);
    d.set("due", v.words.date(m.due));
    d.set("state", badgeData(badge(v.words, state)));
    std::string updated;
    for (const MilestoneProgress& own : a.milestones)
      if (own.milestone == m.id && own.updatedOn) updated = own.updatedOn->iso() + " by " + own.updatedBy;
    d.set("updated", text(updated));
    List states;
    std::string chosen = refused ? v.field("state") : toString(state);
    for (MilestoneState to : kMilestoneStates) states.push_back(choice(toString(to), badge(v.words, to).label, toString(to) == chosen));
    d.set("stateChoices", states);
    d.set("action", link(v, assignmentHref + "/milestones/" + pathSegment(m.id.str())));
    d.set("stateError", refused ? Data(messageInWords(v.words, failed->message)) : Data(false));
    milestones.push_back(d);
  }
  view.set("milestones", milestones);
  view.set("noMilestones", milestones.empty());
  List indicators, indicatorChoices;
  for (const Indicator& i : c.indicators) {
    Data d;
    d.set("name", i.name);
    d.set("baseline", base::numberText(i.baseline));
    d.set("target", base::numberText(i.target));
    d.set("unit", text(i.unit));
    Data latest(false);
    for (const Measurement& m : a.measurements)
      if (m.indicator == i.name) latest = Data("text", Data(v.words("assignment.value_on", {{"value", base::numberText(m.value)}, {"date", v.words.date(m.on)}})));
    d.set("latest", latest);
    indicators.push_back(d);
    indicatorChoices.push_back(choice(i.name, i.name, keepTyped && v.field("indicator") == i.name));
  }
  view.set("indicators", indicators);
  List measurements;
  // Newest first: the monitor reviews what changed last.
  for (auto m = a.measurements.rbegin(); m != a.measurements.rend(); ++m) {
    Data d;
    d.set("indicator", m->indicator);
    d.set("value", base::numberText(m->value));
    d.set("date", v.words.date(m->on));
    d.set("source", text(m->source));
    d.set("recordedBy", who(m->recordedBy));
    measurements.push_back(d);
  }
  view.set("measurements", measurements);
  view.set("hasMeasurements", !measurements.empty());
  view.set("mayTrack", mayTrack);
  view.set("mayMeasure", mayTrack && !c.indicators.empty());
  view.set("indicatorChoices", indicatorChoices);
  view.set("measureAction", link(v, assignmentHref + "/measurements"));
  for (const char* key : {"value", "date", "source"}) view.set(std::string("typed_") + key, keepTyped ? v.field(key) : "");
}

// The page, with `error` next to its field and the form's values kept when a POST
// to one of the page's own forms failed; `failedReport` when it was a report's form.
Reply page(const Site& site, Visit& v, const Error* error, const ReportFailure* failedReport = nullptr) {
  auto country = CountryCode::parse("country", v.param("country"));
  if (!country.ok()) return errorPage(site, v, country.error());
  const CommitmentId id(v.param("id"));
  // Reports come a page at a time, newest first; "older" continues after the last shown.
  std::string older = v.queryOr("older");
  auto o = app::assignmentOverview(site.ctx, v.actor(), id, *country, {app::kReportsPerPage, older});
  if (!o.ok()) return errorPage(site, v, o.error());
  const Actor& actor = v.actor();
  const Assignment& a = o->assignment;
  const Commitment& c = o->commitment;
  std::string base = assignmentPath(id, *country);
  const Error* pageError = failedReport ? nullptr : error;

  Data view = baseView(site, v, v.words("title.assignment", {{"country", countryName(site, *country)}}));
  for (const char* key : kErrorKeys) view.set(std::string("error_") + key, false);
  for (const char* key : kReportFields) view.set(key, pageError ? v.field(key) : "");
  if (pageError) putError(v.words, view, *pageError);
  else if (error) view.set("formError", errorSentence(v.words, *error));
  view.set("country", countryData(site, *country));
  view.set("commitmentText", c.text);
  view.set("deadline", v.words.date(c.deadline));
  view.set("declarationTitle", o->declaration.title);
  view.set("declarationHref", link(v, "/declarations/" + pathSegment(o->declaration.id.str()) + "/implementation"));
  List crumbs = declarationCrumbs(site, v, o->declaration, false);
  crumbs.push_back(crumb(v.words("tab.implementation"), link(v, "/declarations/" + pathSegment(o->declaration.id.str()) + "/implementation")));
  crumbs.push_back(crumb(countryName(site, *country), ""));
  view.set("crumbs", crumbs);
  view.set("illustrative", illustrativeNote(site, v, o->declaration.conference));
  std::string clause;
  List clauseItems;  // the clause's words, so that no one has to look up "clause 5"
  std::string clauseText;
  if (const Revision* latest = o->declaration.latest())
    for (std::size_t i = 0; i < latest->operative.size(); ++i)
      if (latest->operative[i].id == c.clause) {
        clause = clauseLabel(0, i);
        clauseText = latest->operative[i].text;
        for (std::size_t j = 0; j < latest->operative[i].items.size(); ++j) {
          Data item;
          item.set("label", clauseLabel(1, j));
          item.set("text", latest->operative[i].items[j].text);
          clauseItems.push_back(item);
        }
      }
  if (!clause.empty() && clause.back() == '.') clause.pop_back();  // "clause 3", mid-sentence
  view.set("clause", text(clause));
  view.set("clauseText", text(clauseText));
  view.set("hasClauseItems", !clauseItems.empty());
  view.set("clauseItems", clauseItems);
  view.set("acceptance", badgeData(badge(v.words, a.acceptance)));
  view.set("acceptanceDate", text(a.acceptanceDate ? v.words.date(*a.acceptanceDate) : ""));
  view.set("leadInstitution", text(a.leadInstitution));
  view.set("status", badgeData(badge(v.words, a.status)));
  view.set("assessment", badgeData(badge(v.words, a.assessment)));
  view.set("timeliness", o->timeliness ? badgeData(badge(v.words, *o->timeliness)) : Data(false));
  view.set("version", std::to_string(a.version));

  app::AssignmentPermissions may = app::permissionsFor(actor, a);
  // Everyone the page names, read at once: report authors, reviewers, who measured.
  std::vector<std::string> named;
  for (const ProgressReport& r : o->reports) named.insert(named.end(), {r.author, r.reviewedBy});
  for (const Measurement& m : a.measurements) named.push_back(m.recordedBy);
  const NamesShown who = namesShown(site, v, named);
  putProgress(view, v, who, a, c, may.trackProgress, base, pageError != nullptr,
              pageError && !v.param("milestone").empty() ? pageError : nullptr);
  List reports;
  for (const ProgressReport& r : o->reports)
    reports.push_back(reportData(v, who, r, base, app::permissionsFor(actor, a, r),
                                 failedReport && failedReport->report == r.id.str() ? failedReport : nullptr));
  view.set("reports", reports);
  view.set("noReports", reports.empty() && older.empty());
  view.set("olderReportsHref",
           o->olderReports.empty() ? Data(false) : Data(link(v, base + "?older=" + pathSegment(o->olderReports))));
  view.set("newestReportsHref", older.empty() ? Data(false) : Data(link(v, base)));
  view.set("mayDecide", may.decide);
  // The report form is the coordinator's; the secretariat gets it to enter a report
  // the country made earlier, with the day it was made.
  view.set("mayReport", may.draftReport || may.recordPastReport);
  view.set("mayDraftReport", may.draftReport);
  view.set("mayRecordPast", may.recordPastReport);
  view.set("happenedOn", pageError ? v.field("happenedOn") : "");
  view.set("decideAction", link(v, base + "/decision"));
  // The decision's refusal (none chosen, or already decided: "acceptance" in the
  // domain) is said beside its buttons, which it describes.
  Data decisionError(false);
  if (pageError && (fieldKey(pageError->field) == "decision" || fieldKey(pageError->field) == "acceptance"))
    decisionError = Data(messageInWords(v.words, pageError->message));
  view.set("decisionError", decisionError);
  view.set("reportAction", link(v, base + "/reports"));

  // The coordinator moves implementation on; only the steps the domain allows
  // from here are offered.
  List statuses;
  std::string chosenStatus = pageError ? v.field("status") : "";
  for (ImplementationStatus to : may.nextStatuses)
    statuses.push_back(choice(toString(to), badge(v.words, to).label, chosenStatus == toString(to)));
  view.set("mayUpdate", may.moveImplementation);
  view.set("statusChoices", statuses);
  view.set("statusAction", link(v, base + "/implementation"));
  // The monitor's assessment, on the whole scale, the current one preselected.
  List scale;
  std::string chosenAssessment = pageError ? v.field("assessment") : toString(a.assessment);
  for (Assessment s : kAssessmentScale) scale.push_back(choice(toString(s), badge(v.words, s).label, chosenAssessment == toString(s)));
  view.set("mayAssess", may.assess);
  view.set("assessmentChoices", scale);
  view.set("assessAction", link(v, base + "/assessment"));
  view.set("auditHref", link(v, "/audit?entity=assignment&id=" + pathSegment(id.str() + "/" + country->str())));
  // What the record itself keeps (an imported assignment has years of it and no
  // audit event of its own), with the reports on this page, newest first.
  List history = assignmentHistory(v.words, a, c, o->reports);
  view.set("historyEmpty", history.empty());
  view.set("history", history);
  return renderPage(site, v, "assignment", view, error ? statusOf(error->code) : 200);
}

// What a coordinator writes in a report, as the form sent it.
Result<ProgressReport> reportFromForm(const Visit& v) {
  ProgressReport r;
  auto start = Date::parse("periodStart", v.field("periodStart"));
  if (!start.ok()) return start.error();
  auto end = Date::parse("periodEnd", v.field("periodEnd"));
  if (!end.ok()) return end.error();
  auto percent = parseNumber(v.field("percent"));
  if (!percent || *percent > 100) return Error::invalid("percent", "must be a whole number from 0 to 100");
  r.periodStart = *start;
  r.periodEnd = *end;
  r.percent = static_cast<int>(*percent);
  r.narrative = v.field("narrative");
  std::istringstream entries(v.field("evidence"));
  for (std::string line; std::getline(entries, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) r.evidence.push_back(line);
  }
  return r;
}

// Every field of a new report's form that is wrong, not only the first: the
// dates, the percentage, and (when submitting) the narrative.
std::vector<Error> newReportErrors(const Visit& v) {
  std::vector<Error> errors;
  for (const char* field : {"periodStart", "periodEnd"})
    if (auto d = Date::parse(field, v.field(field)); !d.ok()) errors.push_back(d.error());
  auto percent = parseNumber(v.field("percent"));
  if (!percent || *percent > 100)
    errors.push_back(Error::invalid("percent", "must be a whole number from 0 to 100"));
  if (v.field("submit") != "draft" && v.field("narrative").find_first_not_of(" \t\r\n") == std::string::npos)
    errors.push_back(Error::invalid("narrative", "must not be empty"));
  return errors;
}

Result<ProgressReport> newReport(Visit& v, const CommitmentId& id, const CountryCode& country) {
  auto r = reportFromForm(v);
  if (!r.ok()) {
    // Shown all at once (renderPage), beside the new report's form only.
    showEveryError(v, r.error(), newReportErrors(v));
    return r;
  }
  // Unguessable and unique without asking the database; readable enough in the audit trail.
  std::string suffix = Poco::UUIDGenerator::defaultGenerator().createRandom().toString().substr(0, 8);
  r->id = ReportId("report-" + country.str() + "-" + r->periodEnd.iso() + "-" + suffix);
  r->commitment = id;
  r->country = country;
  return r;
}

// What a report form did, for the page after it: "report for 1 January 2024 – 30 June 2024 submitted".
std::string reportSaid(const Wording& w, const ProgressReport& r) {
  Catalogue::Args period{{"from", w.date(r.periodStart)}, {"to", w.date(r.periodEnd)}};
  switch (r.state) {
    case ReportState::kDraft: return w("flash.report.draft", period);
    case ReportState::kSubmitted: return w("flash.report.submitted", period);
    case ReportState::kValidated: return w("flash.report.validated", period);
    case ReportState::kReturned: return w("flash.report.returned", period);
  }
  return w("flash.report.saved", period);
}

// "North Macedonia: report for ... submitted": what a form did, for the country it did it for.
Flash countrySaid(const Site& site, const Visit& v, const CountryCode& country, const std::string& said) {
  return Flash{v.words("flash.country_said", {{"country", countryName(site, country)}, {"said", said}})};
}

// The use cases name a report's fields "report.narrative"; the forms call it "narrative".
Error onForm(Error e) {
  if (auto dot = e.field.find('.'); dot != std::string::npos) e.field = e.field.substr(dot + 1);
  return e;
}

// The assignment a form posts to, from the path.
Result<CountryCode> countryOf(const Visit& v) { return CountryCode::parse("country", v.param("country")); }

// The shape the assignment's own forms share: the assignment from the path, the
// version the page was shown at, one use case; back to the page when it worked,
// the page again with the error beside `field` when not.
// `said` puts what was done in words for the page after it ("commitment accepted").
template <class Change, class Said>
Reply postAssignmentForm(const Site& site, Visit& v, const char* field, Change change, Said said) {
  auto country = countryOf(v);
  if (!country.ok()) return errorPage(site, v, country.error());
  CommitmentId id(v.param("id"));
  auto version = parseNumber(v.field("version"));
  Result<Assignment> done =
      version ? change(id, *country, *version) : Result<Assignment>(Error::invalid(field, "the form lacks its version"));
  if (!done.ok()) return page(site, v, &done.error());
  return redirectTo(site, v, assignmentPath(id, *country), countrySaid(site, v, *country, said(*done)));
}

// The same for a report's forms: the report from the path (the use cases refuse
// one of another assignment) and the version it was shown at; its errors are shown
// beside that report's `form`.
template <class Change>
Reply postReportForm(const Site& site, Visit& v, ReportForm form, Change change) {
  auto country = countryOf(v);
  if (!country.ok()) return errorPage(site, v, country.error());
  app::ReportKey report{CommitmentId(v.param("id")), *country, ReportId(v.param("report"))};
  auto version = parseNumber(v.field("version"));
  Result<ProgressReport> done =
      version ? change(report, *version) : Result<ProgressReport>(Error::invalid("", "the form lacks its version"));
  if (!done.ok()) {
    // No such report here: there is no form of it on the page to show the error beside.
    if (done.error().code == ErrorCode::kNotFound) return errorPage(site, v, done.error());
    Error e = onForm(done.error());
    ReportFailure failure{report.id.str(), form, &e};
    return page(site, v, &e, &failure);
  }
  return redirectTo(site, v, assignmentPath(report.commitment, *country),
                    countrySaid(site, v, *country, reportSaid(v.words, *done)));
}

}  // namespace

Reply assignmentPage(const Site& site, Visit& v) { return page(site, v, nullptr); }

Reply decideAssignmentForm(const Site& site, Visit& v) {
  return postAssignmentForm(site, v, "decision", [&](const CommitmentId& id, const CountryCode& c, long version) {
    auto decision = parseAcceptance("decision", v.field("decision"));
    if (!decision.ok()) return Result<Assignment>(decision.error());
    app::AssignmentChange change;
    change.acceptance = *decision;
    // An empty box names no institution: the stored one (if any) stays.
    if (!v.field("lead_institution").empty()) change.leadInstitution = v.field("lead_institution");
    return app::changeAssignment(site.ctx, v.actor(), id, c, change, version);
  }, [&](const Assignment& a) { return v.words("flash.assignment.decided", {{"state", lowered(badge(v.words, a.acceptance).label)}}); });
}

Reply moveImplementationForm(const Site& site, Visit& v) {
  return postAssignmentForm(site, v, "status", [&](const CommitmentId& id, const CountryCode& c, long version) {
    if (v.field("status").empty()) return Result<Assignment>(Error::invalid("status", "choose the new status"));
    auto to = parseImplementationStatus("status", v.field("status"));
    if (!to.ok()) return Result<Assignment>(to.error());
    app::AssignmentChange change;
    change.status = *to;
    return app::changeAssignment(site.ctx, v.actor(), id, c, change, version);
  }, [&](const Assignment& a) { return v.words("flash.assignment.status", {{"state", badge(v.words, a.status).label}}); });
}

Reply assessAssignmentForm(const Site& site, Visit& v) {
  return postAssignmentForm(site, v, "assessment", [&](const CommitmentId& id, const CountryCode& c, long version) {
    auto assessment = parseAssessment("assessment", v.field("assessment"));
    if (!assessment.ok()) return Result<Assignment>(assessment.error());
    app::AssignmentChange change;
    change.assessment = *assessment;
    return app::changeAssignment(site.ctx, v.actor(), id, c, change, version);
  }, [&](const Assignment& a) { return v.words("flash.assignment.assessed", {{"state", badge(v.words, a.assessment).label}}); });
}

Reply milestoneForm(const Site& site, Visit& v) {
  return postAssignmentForm(site, v, "state", [&](const CommitmentId& id, const CountryCode& c, long version) {
    auto state = parseMilestoneState("state", v.field("state"));
    if (!state.ok()) return Result<Assignment>(state.error());
    return app::setMilestoneState(site.ctx, v.actor(), id, c, MilestoneId(v.param("milestone")), *state, version);
  }, [&](const Assignment&) {
    return v.words("flash.assignment.milestone", {{"state", badge(v.words, *parseMilestoneState("state", v.field("state"))).label}});
  });
}

// Every field of the measurement form that does not parse, in the form's order.
std::vector<Error> measurementErrors(const Visit& v) {
  std::vector<Error> errors;
  if (v.field("indicator").empty()) errors.push_back(Error::invalid("indicator", "choose the indicator measured"));
  if (!parseDecimal(v.field("value"))) errors.push_back(Error::invalid("value", "must be a number, such as 12 or 12.5"));
  if (auto on = Date::parse("date", v.field("date")); !on.ok()) errors.push_back(on.error());
  return errors;
}

Reply measurementForm(const Site& site, Visit& v) {
  return postAssignmentForm(site, v, "value", [&](const CommitmentId& id, const CountryCode& c, long version) {
    if (std::vector<Error> errors = measurementErrors(v); !errors.empty()) {
      showEveryError(v, errors.front(), errors);  // all at once, beside each field
      return Result<Assignment>(errors.front());
    }
    Measurement m;
    m.indicator = v.field("indicator");
    m.on = *Date::parse("date", v.field("date"));
    m.value = *parseDecimal(v.field("value"));
    m.source = v.field("source");
    return app::recordMeasurement(site.ctx, v.actor(), id, c, m, version);
  }, [&](const Assignment&) { return v.words("flash.measurement_recorded", {{"indicator", v.field("indicator")}}); });
}

// A move of a report to `state`, as the forms ask it.
app::ReportChange moveTo(ReportState state, std::string reason = {}) {
  app::ReportChange change;
  change.state = state;
  change.returnReason = std::move(reason);
  return change;
}

// Why a "Save and submit" left a saved report unsubmitted: the page must say the
// changes are kept, or the coordinator would type them again.
Error savedButNotSubmitted(const Wording& w, Error e) {
  e = onForm(std::move(e));
  e.message = w("assignment.saved_not_submitted", {{"reason", e.message}});
  return e;
}

// The report as the form asks it filed: a draft, submitted now, or (with a day it
// was made on, the secretariat's) entered now as submitted on that day.
Result<ProgressReport> fileFromForm(const Site& site, const Visit& v, ProgressReport report) {
  if (!v.field("happenedOn").empty()) {
    auto day = Date::parse("happenedOn", v.field("happenedOn"));
    if (!day.ok()) return day.error();
    return app::recordPastReport(site.ctx, v.actor(), std::move(report), *day);
  }
  // Someone who only records the past has left out the one field that is theirs.
  if (!app::authorize(v.actor(), app::Action::kWriteReport, report.country).ok() &&
      app::authorize(v.actor(), app::Action::kRecordPast).ok())
    return Error::invalid("happenedOn", "give the day the country made this report");
  if (v.field("submit") == "draft") return app::draftReport(site.ctx, v.actor(), std::move(report));
  return app::submitNewReport(site.ctx, v.actor(), std::move(report));
}

Reply submitReportForm(const Site& site, Visit& v) {
  auto country = countryOf(v);
  if (!country.ok()) return errorPage(site, v, country.error());
  CommitmentId id(v.param("id"));
  auto report = newReport(v, id, *country);
  if (!report.ok()) return page(site, v, &report.error());
  // "Save and submit" stores and submits in one transaction: a report that cannot
  // be submitted is not stored either, so the error stays beside the one form.
  auto filed = fileFromForm(site, v, std::move(report).value());
  if (!filed.ok()) {
    Error e = onForm(filed.error());
    return page(site, v, &e);
  }
  return redirectTo(site, v, assignmentPath(id, *country), countrySaid(site, v, *country, reportSaid(v.words, *filed)));
}

Reply reworkReportForm(const Site& site, Visit& v) {
  return postReportForm(site, v, ReportForm::kRework, [&](const app::ReportKey& report, long version) -> Result<ProgressReport> {
    auto content = reportFromForm(v);
    if (!content.ok()) return content.error();
    app::ReportChange change;
    change.periodStart = content->periodStart;
    change.periodEnd = content->periodEnd;
    change.narrative = content->narrative;
    change.percent = content->percent;
    change.evidence = content->evidence;
    auto reworked = app::changeReport(site.ctx, v.actor(), report, change, version);
    if (!reworked.ok() || v.field("submit") != "submit") return reworked;
    // "Save and submit" is two steps: when submitting is refused the rework stays saved, and the page says so.
    auto submitted = app::changeReport(site.ctx, v.actor(), report, moveTo(ReportState::kSubmitted), reworked->version);
    if (submitted.ok()) return submitted;
    return savedButNotSubmitted(v.words, submitted.error());
  });
}

Reply reviewReportForm(const Site& site, Visit& v) {
  return postReportForm(site, v, ReportForm::kReview, [&](const app::ReportKey& report, long version) -> Result<ProgressReport> {
    std::string decision = v.field("decision");
    std::optional<app::ReportChange> change;
    if (decision == "validate") change = moveTo(ReportState::kValidated);
    if (decision == "return") change = moveTo(ReportState::kReturned, v.field("returnReason"));
    if (decision == "submit") change = moveTo(ReportState::kSubmitted);
    if (!change) return Error::invalid("decision", "choose validate or return");
    return app::changeReport(site.ctx, v.actor(), report, *change, version);
  });
}

}  // namespace accord::web
