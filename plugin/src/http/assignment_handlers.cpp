// Assignments: one commitment for one country. A PUT makes one change: the
// country's decision (acceptance, with its lead institution), the implementation
// status, or the monitor's assessment, each by whoever may make it.
#include "accord/app/assignment_progress_use_cases.h"
#include "accord/app/commitment_use_cases.h"
#include "accord/app/read_models.h"
#include "api_state.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

Reply assignmentReply(Call& call, const Assignment& a, const std::vector<ProgressReport>* reports) {
  auto c = app::getCommitment(call.context(), call.actor(), a.commitment);
  if (!c.ok()) return failed(c.error());
  auto t = timeliness(a, *c, call.services().clock.today());
  return record(a.version, [&](base::JsonWriter& w) { encode::assignment(w, a, t, reports); });
}

Reply getAssignment(Call& call) {
  auto country = countryParam(call);
  if (!country.ok()) return problem(country.error());
  auto a = app::getAssignment(call.context(), call.actor(), CommitmentId(call.param("id")), *country);
  if (!a.ok()) return failed(a.error());
  return assignmentReply(call, a->assignment, &a->reports);
}

// The three writes share their steps: the country from the URL, If-Match, the body
// decoded by `decodeBody`, the use case called by `apply`, the assignment back.
template <class Decode, class Apply>
Reply changeWith(Call& call, Decode decodeBody, Apply apply) {
  auto country = countryParam(call);
  if (!country.ok()) return problem(country.error());
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decodeBody(*body);
  if (!in.ok()) return problem(in.errors);
  Result<Assignment> out = apply(CommitmentId(call.param("id")), *country, in.value, *version);
  if (!out.ok()) return failed(out.error(), "assignment");
  return assignmentReply(call, *out, nullptr);
}

Reply putAssignment(Call& call) {
  return changeWith(call, decode::assignmentChange, [&](auto id, auto country, const auto& change, long version) {
    return app::changeAssignment(call.context(), call.actor(), id, country, change, version);
  });
}

Reply putMilestone(Call& call) {
  return changeWith(call, decode::milestoneChange, [&](auto id, auto country, auto state, long version) {
    return app::setMilestoneState(call.context(), call.actor(), id, country, MilestoneId(call.param("milestone")),
                                  state, version);
  });
}

Reply postMeasurement(Call& call) {
  return changeWith(call, decode::newMeasurement, [&](auto id, auto country, const auto& m, long version) {
    return app::recordMeasurement(call.context(), call.actor(), id, country, m, version);
  });
}

}  // namespace

void addAssignmentRoutes(Router& r) {
  r.add(Route::get("/api/v1/commitments/{id}/countries/{country}", getAssignment)
      .describe("getAssignment", "commitments",
                "A commitment for one country: acceptance, status, assessment, timeliness and reports")
      .responds({ok(200, "Assignment")}, {304, 400, 404}));
  r.add(Route::put("/api/v1/commitments/{id}/countries/{country}", putAssignment)
      .describe("changeAssignment", "commitments",
                "Accept or decline (the country's coordinator), move implementation (the coordinator) or assess (a "
                "monitor); one change per request")
      .body("AssignmentChange")
      .needsIfMatch()
      .responds({ok(200, "Assignment")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kDecideAssignment, app::Action::kUpdateImplementation, app::Action::kAssess}));
  r.add(Route::put("/api/v1/commitments/{id}/countries/{country}/milestones/{milestone}", putMilestone)
      .describe("setMilestoneState", "commitments",
                "Set the country's own state of one of the commitment's milestones (the country's coordinator, once "
                "accepted); timeliness follows the country's own milestones")
      .body("MilestoneChange")
      .needsIfMatch()
      .responds({ok(200, "Assignment")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kUpdateImplementation}));
  r.add(Route::post("/api/v1/commitments/{id}/countries/{country}/measurements", postMeasurement)
      .describe("recordMeasurement", "commitments",
                "Record a measurement of one of the commitment's indicators for the country (value, date, source; the "
                "country's coordinator, once accepted); If-Match carries the assignment's version")
      .body("NewMeasurement")
      .needsIfMatch()
      .responds({ok(200, "Assignment")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kUpdateImplementation}));
}

}  // namespace accord::http
