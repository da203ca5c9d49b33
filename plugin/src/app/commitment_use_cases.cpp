#include "accord/app/commitment_use_cases.h"

#include "accord/app/authorization.h"
#include "accord/domain/text.h"
#include "id_taken.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

namespace {
// The author a change needs: ok if `actor` may make it for `country`.
Status mayDecide(const Actor& actor, const CountryCode& country) {
  return authorize(actor, Action::kDecideAssignment, country);
}
Status mayMove(const Actor& actor, const CountryCode& country) {
  return authorize(actor, Action::kUpdateImplementation, country);
}
Status mayAssess(const Actor& actor, const CountryCode& country) {
  return authorize(actor, Action::kAssess, country);
}

// A request that changes nothing is answered as if it had changed something: only
// to someone who may make every change it names.
Status mayAsk(const Actor& actor, const AssignmentChange& in, const CountryCode& country) {
  if (in.acceptance || in.leadInstitution)
    if (Status s = mayDecide(actor, country); !s.ok()) return s;
  if (in.status)
    if (Status s = mayMove(actor, country); !s.ok()) return s;
  if (in.assessment) return mayAssess(actor, country);
  return {};
}

// One proposed assignment per country, and its coordinators told.
Status proposeTo(Repositories& r, const Context& ctx, const Commitment& c, const std::vector<CountryCode>& countries) {
  std::vector<NotificationEvent> proposals;
  for (const auto& country : countries) {
    Assignment a;
    a.commitment = c.id;
    a.country = country;
    a.version = 1;
    if (Status s = r.assignments().insert(a); !s.ok()) return s;
    proposals.push_back(commitmentProposed(c, country));
  }
  return detail::notify(r, ctx, proposals);
}
}  // namespace

Result<Commitment> defineCommitment(const Context& ctx, const Actor& actor, Commitment c) {
  if (Status s = authorize(actor, Action::kDefineCommitment); !s.ok()) return s.error();
  c.version = 1;
  return transact<Commitment>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Commitment> {
    auto d = r.declarations().get(c.declaration);
    if (!d.ok()) return d.error();
    if (Status s = normalize(c, *d); !s.ok()) return s.error();
    if (Status s = detail::expectFreeId(r.commitments().get(c.id), "commitment", c.id.str()); !s.ok())
      return s.error();
    if (Status s = detail::asIdTaken(r.commitments().insert(c), "commitment", c.id.str()); !s.ok())
      return s.error();
    if (Status s = proposeTo(r, ctx, c, c.countries); !s.ok()) return s.error();
    if (Status s = detail::audit(r, ctx, actor, "commitment.defined", "commitment", c.id.str(), "", ctx.snapshots.of(c));
        !s.ok())
      return s.error();
    return c;
  });
}

namespace {
// Writes `c` over `before` at `expectedVersion`, proposes it to the countries it
// gained and audits it, inside the caller's transaction. Returns the errors of
// updateCommitment but kForbidden and kNotFound for the commitment.
Result<Commitment> replace(Repositories& r, const Context& ctx, const Actor& actor, const Commitment& before,
                           Commitment c, long expectedVersion) {
  if (Status s = detail::expectVersion("commitment " + c.id.str(), before.version, expectedVersion); !s.ok())
    return s.error();
  if (c.declaration != before.declaration)
    return Error::invalid("declaration", "a commitment stays with declaration " + before.declaration.str());
  auto d = r.declarations().get(c.declaration);
  if (!d.ok()) return d.error();
  if (Status s = normalize(c, *d); !s.ok()) return s.error();
  std::vector<CountryCode> added;
  for (const auto& country : c.countries)
    if (!before.appliesTo(country)) added.push_back(country);
  for (const auto& country : before.countries)
    if (!c.appliesTo(country))
      return Error{ErrorCode::kInvalidState,
                   country.str() + " cannot be removed from commitment " + c.id.str() +
                       ": its assignment stays on record (its coordinator may decline it)",
                   "countries"};
  auto version = r.commitments().update(c, expectedVersion);
  if (!version.ok()) return version.error();
  c.version = *version;
  if (Status s = proposeTo(r, ctx, c, added); !s.ok()) return s.error();
  if (Status s = detail::audit(r, ctx, actor, "commitment.updated", "commitment", c.id.str(), ctx.snapshots.of(before),
                               ctx.snapshots.of(c));
      !s.ok())
    return s.error();
  return c;
}
}  // namespace

Result<Commitment> updateCommitment(const Context& ctx, const Actor& actor, Commitment c, long expectedVersion) {
  if (Status s = authorize(actor, Action::kDefineCommitment); !s.ok()) return s.error();
  return transact<Commitment>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Commitment> {
    auto before = r.commitments().get(c.id);
    if (!before.ok()) return before.error();
    return replace(r, ctx, actor, *before, c, expectedVersion);
  });
}

Result<Commitment> patchCommitment(const Context& ctx, const Actor& actor, const CommitmentId& id,
                                   const CommitmentMerge& merge, const Result<long>& expectedVersion) {
  if (Status s = authorize(actor, Action::kDefineCommitment); !s.ok()) return s.error();
  if (!expectedVersion.ok()) return expectedVersion.error();
  return transact<Commitment>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Commitment> {
    auto before = r.commitments().get(id);
    if (!before.ok()) return before.error();
    auto merged = merge(*before);
    if (!merged.ok()) return merged.error();
    if (merged->id != id) return Error::invalid("id", "cannot change; it names the commitment");
    return replace(r, ctx, actor, *before, std::move(merged).value(), *expectedVersion);
  });
}

Result<Assignment> changeAssignment(const Context& ctx, const Actor& actor, const CommitmentId& commitment,
                                    const CountryCode& country, const AssignmentChange& in, long expectedVersion) {
  // First, whatever is asked: someone who may change nothing of this country's
  // assignment learns nothing from the answer, not even that an empty request
  // would do nothing.
  if (Status s = authorizeAny(actor, {Action::kDecideAssignment, Action::kUpdateImplementation, Action::kAssess},
                              country);
      !s.ok())
    return s.error();
  Date today = ctx.clock.today();
  return transact<Assignment>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Assignment> {
    auto a = r.assignments().get(commitment, country);
    if (!a.ok()) return a.error();
    bool decide = in.acceptance && *in.acceptance != a->acceptance;
    bool lead = in.leadInstitution && *in.leadInstitution != a->leadInstitution;
    bool move = in.status && *in.status != a->status;
    bool assess = in.assessment && *in.assessment != a->assessment;
    if (int(decide || lead) + int(move) + int(assess) > 1)
      return Error::invalid("", "change one thing per request: the decision (acceptance and "
                                "leadInstitution), the status, or the assessment; each has its own author");
    std::string what = "the assignment of " + commitment.str() + " to " + country.str();
    if (!decide && !move && !assess) {
      if (lead) return Error::state("the lead institution is named when accepting the commitment", "leadInstitution");
      if (Status s = mayAsk(actor, in, country); !s.ok()) return s.error();
      if (Status s = detail::expectVersion(what, a->version, expectedVersion); !s.ok()) return s.error();
      return std::move(a).value();
    }
    std::string action;
    std::optional<std::string> leadInstitution;
    if (decide) {
      if (Status s = mayDecide(actor, country); !s.ok()) return s.error();
      auto text = validateText("leadInstitution", in.leadInstitution.value_or(""), text_rules::kOptionalName);
      if (!text.ok()) return text.error();
      if (!text->empty()) leadInstitution = *text;
      action = std::string("assignment.") + toString(*in.acceptance);
    } else if (move) {
      if (Status s = mayMove(actor, country); !s.ok()) return s.error();
      action = std::string("implementation.") + toString(*in.status);
    } else {
      if (Status s = mayAssess(actor, country); !s.ok()) return s.error();
      action = "assignment.assessed";
    }
    if (Status s = detail::expectVersion(what, a->version, expectedVersion); !s.ok()) return s.error();
    std::string before = ctx.snapshots.of(*a);
    Status changed = decide ? a->decide(*in.acceptance, actor.name, today)
                     : move ? a->moveTo(*in.status, today)
                            : a->assess(*in.assessment);
    if (!changed.ok()) return changed.error();
    if (leadInstitution) a->leadInstitution = *leadInstitution;
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

}  // namespace accord::app
