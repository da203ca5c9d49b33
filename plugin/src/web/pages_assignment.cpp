// One commitment for one country: milestones, indicators, progress reports; the
// coordinator accepts it and reports, a monitor validates or returns a report.
#include <sstream>

#include <Poco/UUIDGenerator.h>

#include "accord/app/authorization.h"
#include "accord/app/commitment_use_cases.h"
#include "accord/app/overview.h"
#include "accord/app/report_use_cases.h"
#include "labels.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

const char* const kReportFields[] = {"periodStart", "periodEnd", "percent", "narrative", "evidence"};
const char* const kErrorKeys[] = {"periodStart", "periodEnd", "percent", "narrative", "evidence",
                                  "lead_institution", "returnReason", "decision"};

std::string assignmentPath(const CommitmentId& c, const CountryCode& country) {
  return "/commitments/" + pathSegment(c.str()) + "/countries/" + country.str();
}

// The page, with `error` next to its field and the form's values kept when a POST failed.
Reply page(const Site& site, Visit& v, const Error* error, const std::string& failedReport = {}) {
  auto country = CountryCode::parse("country", v.param("country"));
  if (!country.ok()) return errorPage(site, v, country.error());
  const CommitmentId id(v.param("id"));
  auto o = app::assignmentOverview(site.ctx, v.actor(), id, *country);
  if (!o.ok()) return errorPage(site, v, o.error());
  const Actor& actor = v.actor();
  const Assignment& a = o->assignment;
  const Commitment& c = o->commitment;
  std::string base = assignmentPath(id, *country);

  Data view = baseView(site, v, "Commitment for " + countryName(site, *country));
  for (const char* key : kErrorKeys) view.set(std::string("error_") + key, false);
  for (const char* key : kReportFields) view.set(key, error ? v.field(key) : "");
  if (error) putError(view, *error);
  view.set("country", countryData(site, *country));
  view.set("commitmentText", c.text);
  view.set("deadline", c.deadline.iso());
  view.set("declarationTitle", o->declaration.title);
  view.set("declarationHref", link(v, "/declarations/" + pathSegment(o->declaration.id.str()) + "/implementation"));
  std::string clause;
  if (const Revision* latest = o->declaration.latest())
    for (std::size_t i = 0; i < latest->operative.size(); ++i)
      if (latest->operative[i].id == c.clause) clause = clauseLabel(0, i);
  view.set("clause", text(clause));
  view.set("acceptance", badgeData(badge(a.acceptance)));
  view.set("acceptanceDate", text(a.acceptanceDate ? a.acceptanceDate->iso() : ""));
  view.set("leadInstitution", text(a.leadInstitution));
  view.set("status", badgeData(badge(a.status)));
  view.set("assessment", badgeData(badge(a.assessment)));
  view.set("timeliness", o->timeliness ? badgeData(badge(*o->timeliness)) : Data(false));
  view.set("version", std::to_string(a.version));

  List milestones;
  for (const Milestone& m : c.milestones) {
    Data d;
    d.set("title", m.title);
    d.set("due", m.due.iso());
    d.set("state", badgeData(badge(m.state)));
    milestones.push_back(d);
  }
  view.set("milestones", milestones);
  List indicators;
  for (const Indicator& i : c.indicators) {
    auto num = [](double x) { std::ostringstream s; s << x; return s.str(); };
    Data d;
    d.set("name", i.name);
    d.set("baseline", num(i.baseline));
    d.set("target", num(i.target));
    d.set("unit", text(i.unit));
    indicators.push_back(d);
  }
  view.set("indicators", indicators);

  bool ownCountry = app::authorize(actor, app::Action::kWriteReport, *country).ok();
  bool reviews = app::authorize(actor, app::Action::kReviewReport).ok();
  List reports;
  for (auto it = o->reports.rbegin(); it != o->reports.rend(); ++it) {
    const ProgressReport& r = *it;
    Data d;
    d.set("id", r.id.str());
    d.set("period", r.periodStart.iso() + " – " + r.periodEnd.iso());
    d.set("percent", std::to_string(r.percent));
    d.set("narrative", r.narrative);
    List evidence;
    for (const std::string& e : r.evidence) evidence.push_back(Data("text", Data(e)));
    d.set("evidence", evidence);
    d.set("hasEvidence", !r.evidence.empty());
    d.set("state", badgeData(badge(r.state)));
    d.set("author", r.author);
    d.set("returnReason", text(r.returnReason));
    d.set("reviewedBy", text(r.reviewedBy));
    d.set("reviewAction", link(v, base + "/reports/" + pathSegment(r.id.str()) + "/review"));
    d.set("reportVersion", std::to_string(r.version));
    d.set("mayReview", reviews && r.state == ReportState::kSubmitted);
    d.set("maySubmit", ownCountry && (r.state == ReportState::kDraft || r.state == ReportState::kReturned));
    d.set("failed", failedReport == r.id.str());
    reports.push_back(d);
  }
  view.set("reports", reports);
  view.set("noReports", reports.empty());
  view.set("mayDecide", app::authorize(actor, app::Action::kDecideAssignment, *country).ok() &&
                            a.acceptance == Acceptance::kProposed);
  view.set("mayReport", ownCountry && a.acceptance == Acceptance::kAccepted);
  view.set("decideAction", link(v, base + "/decision"));
  view.set("reportAction", link(v, base + "/reports"));
  view.set("auditHref", link(v, "/audit?entity=assignment&id=" + pathSegment(id.str() + "/" + country->str())));
  return renderPage(site, v, "assignment", view, error ? statusOf(error->code) : 200);
}

Result<ProgressReport> newReport(const Visit& v, const CommitmentId& id, const CountryCode& country) {
  ProgressReport r;
  auto start = Date::parse("periodStart", v.field("periodStart"));
  if (!start.ok()) return start.error();
  auto end = Date::parse("periodEnd", v.field("periodEnd"));
  if (!end.ok()) return end.error();
  auto percent = parseNumber(v.field("percent"));
  if (!percent || *percent > 100) return Error::invalid("percent", "must be a whole number from 0 to 100");
  // Unguessable and unique without asking the database; readable enough in the audit trail.
  std::string suffix = Poco::UUIDGenerator::defaultGenerator().createRandom().toString().substr(0, 8);
  r.id = ReportId("report-" + country.str() + "-" + end->iso() + "-" + suffix);
  r.commitment = id;
  r.country = country;
  r.periodStart = *start;
  r.periodEnd = *end;
  r.percent = static_cast<int>(*percent);
  r.narrative = v.field("narrative");
  std::istringstream lines(v.field("evidence"));
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) r.evidence.push_back(line);
  }
  return r;
}

// The assignment a form posts to, from the path.
Result<CountryCode> countryOf(const Visit& v) { return CountryCode::parse("country", v.param("country")); }

}  // namespace

Reply assignmentPage(const Site& site, Visit& v) { return page(site, v, nullptr); }

Reply decideAssignmentForm(const Site& site, Visit& v) {
  auto country = countryOf(v);
  if (!country.ok()) return errorPage(site, v, country.error());
  CommitmentId id(v.param("id"));
  auto decision = parseAcceptance("decision", v.field("decision"));
  auto version = parseNumber(v.field("version"));
  Result<Assignment> done = !decision.ok() ? Result<Assignment>(decision.error())
                            : !version     ? Result<Assignment>(Error::invalid("decision", "the form lacks its version"))
                                           : app::decideAssignment(site.ctx, v.actor(), id, *country, *decision,
                                                                   v.field("lead_institution"), *version);
  if (!done.ok()) return page(site, v, &done.error());
  return redirectTo(v, assignmentPath(id, *country));
}

Reply submitReportForm(const Site& site, Visit& v) {
  auto country = countryOf(v);
  if (!country.ok()) return errorPage(site, v, country.error());
  CommitmentId id(v.param("id"));
  auto report = newReport(v, id, *country);
  if (!report.ok()) return page(site, v, &report.error());
  auto drafted = app::draftReport(site.ctx, v.actor(), std::move(report).value());
  if (!drafted.ok()) {
    Error e = drafted.error();
    if (auto dot = e.field.find('.'); dot != std::string::npos) e.field = e.field.substr(dot + 1);  // "report.narrative"
    return page(site, v, &e);
  }
  if (v.field("submit") != "draft") {
    auto submitted = app::submitReport(site.ctx, v.actor(), drafted->id, drafted->version);
    if (!submitted.ok()) return page(site, v, &submitted.error());
  }
  return redirectTo(v, assignmentPath(id, *country));
}

Reply reviewReportForm(const Site& site, Visit& v) {
  auto country = countryOf(v);
  if (!country.ok()) return errorPage(site, v, country.error());
  CommitmentId id(v.param("id"));
  ReportId report(v.param("report"));
  auto version = parseNumber(v.field("version"));
  std::string decision = v.field("decision");
  Result<ProgressReport> done = Error::invalid("decision", "choose validate or return");
  if (!version) done = Error::invalid("decision", "the form lacks its version");
  else if (decision == "validate") done = app::validateReport(site.ctx, v.actor(), report, *version);
  else if (decision == "return") done = app::returnReport(site.ctx, v.actor(), report, v.field("returnReason"), *version);
  else if (decision == "submit") done = app::submitReport(site.ctx, v.actor(), report, *version);
  if (!done.ok()) return page(site, v, &done.error(), report.str());
  return redirectTo(v, assignmentPath(id, *country));
}

}  // namespace accord::web
