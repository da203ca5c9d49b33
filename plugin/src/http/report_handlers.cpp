// Progress reports on one assignment: a country drafts and submits, a monitor
// validates or returns.
#include "accord/app/read_models.h"
#include "accord/app/report_use_cases.h"
#include "api_state.h"
#include "handler_support.h"
#include "openapi_enums.h"
#include "paging.h"

namespace accord::http {

using namespace accord::domain;

namespace {

std::string base(const Call& call, const CommitmentId& c, const CountryCode& country) {
  return call.mounted("/api/v1/commitments/" + c.str() + "/countries/" + country.str() + "/reports");
}

Reply listReports(Call& call) {
  auto country = countryParam(call);
  if (!country.ok()) return problem(country.error());
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto stateAsked = call.query().optional<ReportState>("state", parseReportState);
  if (!stateAsked.ok()) return problem(stateAsked.error());
  std::optional<ReportState> state = *stateAsked;
  // Read from the database a page at a time: an assignment's reports grow without bound.
  const CommitmentId commitment(call.param("id"));
  auto ctx = call.context();
  auto fetch = [&](const app::PageRequest& p) { return app::listReports(ctx, call.actor(), commitment, *country, p); };
  auto page = state ? filteredPage<ProgressReport>(*request, fetch,
                                                   [&](const ProgressReport& r) { return r.state == *state; })
                    : fetch(*request);
  if (!page.ok()) return failed(page.error());
  return view(encode::page(page->items, page->next, encode::report));
}

Reply draftReport(Call& call) {
  auto country = countryParam(call);
  if (!country.ok()) return problem(country.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  CommitmentId id(call.param("id"));
  std::optional<Date> happenedOn;
  auto in = decode::newReport(*body, id, *country, &happenedOn);
  if (!in.ok()) return problem(in.errors);
  auto r = happenedOn ? app::recordPastReport(call.context(), call.actor(), in.value, *happenedOn)
                      : app::draftReport(call.context(), call.actor(), in.value);
  if (!r.ok()) return failed(r.error(), "report");
  return created(encode::object([&](base::JsonWriter& w) { encode::report(w, *r); }),
                 base(call, id, *country) + "/" + r->id.str(), versionTag(r->version));
}

// The report the URL names, under its assignment.
app::ReportKey reportKey(const Call& call, const CountryCode& country) {
  return {CommitmentId(call.param("id")), country, ReportId(call.param("report"))};
}

Reply getReport(Call& call) {
  auto country = countryParam(call);
  if (!country.ok()) return problem(country.error());
  auto r = app::getReport(call.context(), call.actor(), reportKey(call, *country));
  if (!r.ok()) return failed(r.error());
  return record(r->version, [&](base::JsonWriter& w) { encode::report(w, *r); });
}

Reply changeReport(Call& call) {
  auto country = countryParam(call);
  if (!country.ok()) return problem(country.error());
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto change = decode::reportChange(*body);
  if (!change.ok()) return problem(change.errors);
  auto r = app::changeReport(call.context(), call.actor(), reportKey(call, *country), change.value, *version);
  // The URL's report keeps its name when it is not found; the body's fields are
  // named relative to the body.
  if (!r.ok()) return failed(r.error(), r.error().code == ErrorCode::kNotFound ? "" : "report");
  return record(r->version, [&](base::JsonWriter& w) { encode::report(w, *r); });
}

}  // namespace

void addReportRoutes(Router& r) {
  const std::string path = "/api/v1/commitments/{id}/countries/{country}/reports";
  auto params = pagingParams();
  params.push_back(optionalParam("state", enumParam<ReportState>(), "only reports in this state"));
  r.add(Route::get(path, listReports)
      .describe("listReports", "reports", "A country's progress reports on a commitment, by period end")
      .query(params)
      .responds({ok(200, "ReportPage")}, {304, 400, 404}));
  r.add(Route::post(path, draftReport)
      .describe("draftReport", "reports",
                "Draft a progress report (the country's coordinator, on an accepted commitment); with happenedOn "
                "the secretariat records a report made earlier, submitted as of that day")
      .body("NewReport")
      .responds({ok(201, "Report")}, {400, 403, 404, 409, 411, 413})
      .allows({app::Action::kWriteReport, app::Action::kRecordPast}));
  r.add(Route::get(path + "/{report}", getReport)
      .describe("getReport", "reports", "One progress report")
      .responds({ok(200, "Report")}, {304, 400, 404}));
  r.add(Route::patch(path + "/{report}", changeReport)
      .describe("changeReport", "reports",
                "Rework a draft or returned report's period, narrative, percent or evidence, or submit it (the "
                "coordinator); validate it or return it with a reason (a monitor); If-Match the report's ETag")
      .body("ReportChange")
      .needsIfMatch()
      .responds({ok(200, "Report")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kWriteReport, app::Action::kReviewReport}));
}

}  // namespace accord::http
