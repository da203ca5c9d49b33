#include "accord/app/commitment_use_cases.h"

#include <functional>

#include "accord/app/authorization.h"
#include "accord/domain/text.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

namespace {
// Loads an assignment, checks the version, lets `change` act on it, stores it and
// records the audit event `action`.
Result<Assignment> changeAssignment(const Context& ctx, const Actor& actor, const CommitmentId& commitment,
                                    const CountryCode& country, long expectedVersion, const std::string& action,
                                    const std::function<Status(Assignment&)>& change) {
  return transact<Assignment>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Assignment> {
    auto a = r.assignments().get(commitment, country);
    if (!a.ok()) return a.error();
    std::string what = "the assignment of " + commitment.str() + " to " + country.str();
    if (Status s = detail::expectVersion(what, a->version, expectedVersion); !s.ok()) return s.error();
    std::string before = ctx.snapshots.of(*a);
    if (Status s = change(*a); !s.ok()) return s.error();
    auto version = r.assignments().update(*a, expectedVersion);
    if (!version.ok()) return version.error();
    a->version = *version;
    if (Status s = detail::audit(r, ctx, actor, action, "assignment", commitment.str() + "/" + country.str(), before,
                                 ctx.snapshots.of(*a));
        !s.ok())
      return s.error();
    return std::move(a).value();
  });
}

// One proposed assignment per country.
Status proposeTo(Repositories& r, const CommitmentId& commitment, const std::vector<CountryCode>& countries) {
  for (const auto& country : countries) {
    Assignment a;
    a.commitment = commitment;
    a.country = country;
    a.version = 1;
    if (Status s = r.assignments().insert(a); !s.ok()) return s;
  }
  return {};
}
}  // namespace

Result<Commitment> defineCommitment(const Context& ctx, const Actor& actor, Commitment c) {
  if (Status s = authorize(actor, Action::kDefineCommitment); !s.ok()) return s.error();
  c.version = 1;
  return transact<Commitment>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Commitment> {
    auto d = r.declarations().get(c.declaration);
    if (!d.ok()) return d.error();
    if (Status s = validate(c, *d); !s.ok()) return s.error();
    if (Status s = r.commitments().insert(c); !s.ok()) return s.error();
    if (Status s = proposeTo(r, c.id, c.countries); !s.ok()) return s.error();
    if (Status s = detail::audit(r, ctx, actor, "commitment.defined", "commitment", c.id.str(), "", ctx.snapshots.of(c));
        !s.ok())
      return s.error();
    return c;
  });
}

Result<Commitment> updateCommitment(const Context& ctx, const Actor& actor, Commitment c, long expectedVersion) {
  if (Status s = authorize(actor, Action::kDefineCommitment); !s.ok()) return s.error();
  return transact<Commitment>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Commitment> {
    auto before = r.commitments().get(c.id);
    if (!before.ok()) return before.error();
    if (Status s = detail::expectVersion("commitment " + c.id.str(), before->version, expectedVersion); !s.ok())
      return s.error();
    if (c.declaration != before->declaration)
      return Error::invalid("declaration", "a commitment stays with declaration " + before->declaration.str());
    auto d = r.declarations().get(c.declaration);
    if (!d.ok()) return d.error();
    if (Status s = validate(c, *d); !s.ok()) return s.error();
    std::vector<CountryCode> added;
    for (const auto& country : c.countries)
      if (!before->appliesTo(country)) added.push_back(country);
    for (const auto& country : before->countries)
      if (!c.appliesTo(country))
        return Error{ErrorCode::kInvalidState,
                     country.str() + " cannot be removed from commitment " + c.id.str() +
                         ": its assignment stays on record (its coordinator may decline it)",
                     "countries"};
    auto version = r.commitments().update(c, expectedVersion);
    if (!version.ok()) return version.error();
    c.version = *version;
    if (Status s = proposeTo(r, c.id, added); !s.ok()) return s.error();
    if (Status s = detail::audit(r, ctx, actor, "commitment.updated", "commitment", c.id.str(), ctx.snapshots.of(*before),
                                 ctx.snapshots.of(c));
        !s.ok())
      return s.error();
    return c;
  });
}

Result<Assignment> decideAssignment(const Context& ctx, const Actor& actor, const CommitmentId& commitment,
                                    const CountryCode& country, Acceptance to, const std::string& leadInstitution,
                                    long expectedVersion) {
  if (Status s = authorize(actor, Action::kDecideAssignment, country); !s.ok()) return s.error();
  auto lead = validateText("leadInstitution", leadInstitution, text_rules::kOptionalName);
  if (!lead.ok()) return lead.error();
  Date today = ctx.clock.today();
  return changeAssignment(ctx, actor, commitment, country, expectedVersion,
                          std::string("assignment.") + toString(to), [&](Assignment& a) -> Status {
                            if (Status s = a.decide(to, actor.name, today); !s.ok()) return s;
                            if (!lead->empty()) a.leadInstitution = *lead;
                            return {};
                          });
}

Result<Assignment> moveImplementation(const Context& ctx, const Actor& actor, const CommitmentId& commitment,
                                      const CountryCode& country, ImplementationStatus to, long expectedVersion) {
  if (Status s = authorize(actor, Action::kUpdateImplementation, country); !s.ok()) return s.error();
  Date today = ctx.clock.today();
  return changeAssignment(ctx, actor, commitment, country, expectedVersion,
                          std::string("implementation.") + toString(to),
                          [&](Assignment& a) { return a.moveTo(to, today); });
}

Result<Assignment> assessAssignment(const Context& ctx, const Actor& actor, const CommitmentId& commitment,
                                    const CountryCode& country, Assessment assessment, long expectedVersion) {
  if (Status s = authorize(actor, Action::kAssess); !s.ok()) return s.error();
  return changeAssignment(ctx, actor, commitment, country, expectedVersion, "assignment.assessed",
                          [&](Assignment& a) { return a.assess(assessment); });
}

}  // namespace accord::app
