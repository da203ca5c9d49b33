#include "accord/app/endorsement_use_cases.h"

#include "accord/app/authorization.h"
#include "accord/app/happened_on.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

Result<Endorsement> recordEndorsement(const Context& ctx, const Actor& actor, const DeclarationId& declaration,
                                      const CountryCode& country, const EndorsementAct& act, long expectedVersion) {
  Status allowed = authorizeEndorsement(actor, country, act.onBehalf);
  if (!allowed.ok()) return allowed.error();
  // Recorded as of the day it happened when the secretariat enters it later; the
  // endorsement's own date defaults to that day.
  auto at = happenedAt(actor, act.happenedOn, ctx.clock.now());
  if (!at.ok()) return at.error();
  Timestamp now = *at;
  EndorsementAct dated = act;
  if (act.happenedOn && !dated.date) dated.date = act.happenedOn;
  return transact<Endorsement>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Endorsement> {
    auto d = r.declarations().get(declaration);
    if (!d.ok()) return d.error();
    auto stored = r.endorsements().find(declaration, country);
    if (!stored.ok()) return stored.error();
    Endorsement e = stored->value_or(invitation(*d, country));
    std::string what = "the endorsement of " + country.str();
    if (Status s = detail::expectVersion(what, e.version, expectedVersion); !s.ok()) return s.error();
    std::string before = stored->has_value() ? ctx.snapshots.of(e) : std::string();
    if (!e.history.empty() && now < e.history.back().at)
      return Error::invalid("happenedOn", "is before the endorsement's last change (" +
                                              e.history.back().at.date().iso() + "); its history follows one order");
    if (Status s = e.apply(*d, dated, actor.name, now); !s.ok()) return s.error();
    if (stored->has_value()) {
      auto version = r.endorsements().update(e, expectedVersion);
      if (!version.ok()) return version.error();
      e.version = *version;
    } else {
      e.version = 1;
      if (Status s = r.endorsements().insert(e); !s.ok()) return s.error();
    }
    if (Status s = detail::audit(r, ctx, actor, std::string("endorsement.") + toString(e.status), "endorsement",
                                 declaration.str() + "/" + country.str(), before, ctx.snapshots.of(e));
        !s.ok())
      return s.error();
    return e;
  });
}

}  // namespace accord::app
