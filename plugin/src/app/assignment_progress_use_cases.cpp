#include "accord/app/assignment_progress_use_cases.h"

#include "accord/app/authorization.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

namespace {
// The steps both changes share: the coordinator's check before anything is read,
// then in one transaction read the assignment and its commitment, check the
// version, apply `change`, write and audit as `action`. A change that leaves the
// assignment as it was writes nothing.
template <class Change>
Result<Assignment> trackProgress(const Context& ctx, const Actor& actor, const CommitmentId& commitment,
                                 const CountryCode& country, long expectedVersion, const std::string& action,
                                 Change change) {
  if (Status s = authorize(actor, Action::kUpdateImplementation, country); !s.ok()) return s.error();
  return transact<Assignment>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Assignment> {
    auto a = r.assignments().get(commitment, country);
    if (!a.ok()) return a.error();
    auto c = r.commitments().get(commitment);
    if (!c.ok()) return c.error();
    if (Status s = detail::expectVersion("the assignment of " + commitment.str() + " to " + country.str(),
                                         a->version, expectedVersion);
        !s.ok())
      return s.error();
    std::string before = ctx.snapshots.of(*a);
    Assignment changed = *a;
    if (Status s = change(changed, *c); !s.ok()) return s.error();
    std::string after = ctx.snapshots.of(changed);
    if (after == before) return std::move(a).value();
    auto version = r.assignments().update(changed, expectedVersion);
    if (!version.ok()) return version.error();
    changed.version = *version;
    if (Status s = detail::audit(r, ctx, actor, action, "assignment", commitment.str() + "/" + country.str(), before,
                                 ctx.snapshots.of(changed));
        !s.ok())
      return s.error();
    return changed;
  });
}
}  // namespace

Result<Assignment> setMilestoneState(const Context& ctx, const Actor& actor, const CommitmentId& commitment,
                                     const CountryCode& country, const MilestoneId& milestone, MilestoneState state,
                                     long expectedVersion) {
  Date today = ctx.clock.today();
  return trackProgress(ctx, actor, commitment, country, expectedVersion,
                       std::string("milestone.") + toString(state), [&](Assignment& a, const Commitment& c) {
                         for (const auto& m : c.milestones)
                           // Setting the state it already has changes nothing, not even the date.
                           if (m.id == milestone && milestoneState(a, m) == state &&
                               a.acceptance == Acceptance::kAccepted)
                             return Status{};
                         return a.setMilestone(c, milestone, state, actor.name, today);
                       });
}

Result<Assignment> recordMeasurement(const Context& ctx, const Actor& actor, const CommitmentId& commitment,
                                     const CountryCode& country, Measurement m, long expectedVersion) {
  Date today = ctx.clock.today();
  m.recordedBy = actor.name;
  return trackProgress(ctx, actor, commitment, country, expectedVersion, "indicator.measured",
                       [&](Assignment& a, const Commitment& c) { return a.record(c, m, today); });
}

}  // namespace accord::app
