// Assignments: one commitment for one country. A PUT makes one change: the
// country's decision (acceptance, with its lead institution), the implementation
// status, or the monitor's assessment, each by whoever may make it.
#include "accord/app/authorization.h"
#include "accord/app/commitment_use_cases.h"
#include "accord/app/read_models.h"
#include "api_state.h"
#include "handler_support.h"
#include "thin_reads.h"

namespace accord::http {

using namespace accord::domain;

namespace {

Reply assignmentReply(Call& call, const Assignment& a, const std::vector<ProgressReport>* reports) {
  auto c = reads::commitment(call.context(), call.actor(), a.commitment);
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

// A request that changes nothing is answered as if it had changed something: only
// to someone who may make that change, so that "200" never tells an outsider that
// their write went through.
Status mayAsk(const Actor& actor, const decode::AssignmentChange& in, const CountryCode& country) {
  if (in.acceptance || in.leadInstitution)
    if (Status s = app::authorize(actor, app::Action::kDecideAssignment, country); !s.ok()) return s;
  if (in.status)
    if (Status s = app::authorize(actor, app::Action::kUpdateImplementation, country); !s.ok()) return s;
  if (in.assessment) return app::authorize(actor, app::Action::kAssess, country);
  return {};
}

Reply putAssignment(Call& call) {
  auto country = countryParam(call);
  if (!country.ok()) return problem(country.error());
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto change = decode::assignmentChange(*body);
  if (!change.ok()) return problem(change.errors);
  CommitmentId id(call.param("id"));
  auto current = app::getAssignment(call.context(), call.actor(), id, *country);
  if (!current.ok()) return failed(current.error());
  const Assignment& a = current->assignment;
  const auto& in = change.value;
  bool decide = in.acceptance && *in.acceptance != a.acceptance;
  bool lead = in.leadInstitution && *in.leadInstitution != a.leadInstitution;
  bool move = in.status && *in.status != a.status;
  bool assess = in.assessment && *in.assessment != a.assessment;
  if (int(decide || lead) + int(move) + int(assess) > 1)
    return problem(Error::invalid("", "change one thing per request: the decision (acceptance and "
                                      "leadInstitution), the status, or the assessment; each has its own author"));
  domain::Result<Assignment> out = a;
  if (decide) {
    out = app::decideAssignment(call.context(), call.actor(), id, *country, *in.acceptance,
                                in.leadInstitution.value_or(""), *version);
  } else if (lead) {
    return problem(Error::state("the lead institution is named when accepting the commitment", "leadInstitution"));
  } else if (move) {
    out = app::moveImplementation(call.context(), call.actor(), id, *country, *in.status, *version);
  } else if (assess) {
    out = app::assessAssignment(call.context(), call.actor(), id, *country, *in.assessment, *version);
  } else if (Status s = mayAsk(call.actor(), in, *country); !s.ok()) {
    return failed(s.error());
  } else if (a.version != *version) {
    return problem(Error::conflict("the assignment is at version " + std::to_string(a.version) + ", not " +
                                   std::to_string(*version)));
  }
  if (!out.ok()) return failed(out.error(), "assignment");
  return assignmentReply(call, *out, nullptr);
}

}  // namespace

void addAssignmentRoutes(Router& r) {
  r.add({"GET", "/api/v1/commitments/{id}/countries/{country}", getAssignment,
         {"getAssignment", "A commitment for one country: acceptance, status, assessment, timeliness and reports",
          "commitments", {}, "", false, false, responses({ok(200, "Assignment")}, {304, 400, 404})}});
  r.add({"PUT", "/api/v1/commitments/{id}/countries/{country}", putAssignment,
         {"changeAssignment",
          "Accept or decline (the country's coordinator), move implementation (the coordinator) or assess (a "
          "monitor); one change per request",
          "commitments", {}, "AssignmentChange", true, false,
          responses({ok(200, "Assignment")}, {400, 403, 404, 409, 411, 412, 413, 428})}});
}

}  // namespace accord::http
