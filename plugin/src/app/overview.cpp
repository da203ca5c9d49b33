#include "accord/app/overview.h"

#include <algorithm>

#include "accord/app/authorization.h"
#include "readable.h"

namespace accord::app {

using namespace accord::domain;

Result<ConferenceOverview> conferenceOverview(const Context& ctx, const Actor& actor, const ConferenceId& id) {
  if (Status s = authorize(actor, Action::kRead); !s.ok()) return s.error();
  return transact<ConferenceOverview>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<ConferenceOverview> {
    auto c = r.conferences().get(id);
    if (!c.ok()) return c.error();
    auto dir = r.conferences().directory(id);
    if (!dir.ok()) return dir.error();
    ConferenceOverview out{std::move(c).value(), std::move(dir).value(), {}};
    PageRequest page{kMaxPageSize, {}};
    do {
      auto decls = r.declarations().listByConference(id, page);
      if (!decls.ok()) return decls.error();
      for (auto& d : decls->items)
        if (mayReadDeclaration(actor, d.status)) out.declarations.push_back(std::move(d));
      page.after = decls->next;
    } while (!page.after.empty());
    return out;
  });
}

Result<AssignmentOverview> assignmentOverview(const Context& ctx, const Actor& actor, const CommitmentId& commitment,
                                              const CountryCode& country, const PageRequest& reportPage) {
  PageRequest bounded{std::min(reportPage.clampedLimit(), kReportsPerPage), reportPage.after};
  if (Status s = authorize(actor, Action::kRead); !s.ok()) return s.error();
  Date today = ctx.clock.today();
  return transact<AssignmentOverview>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<AssignmentOverview> {
    auto c = r.commitments().get(commitment);
    if (!c.ok()) return c.error();
    auto d = r.declarations().get(c->declaration);
    if (!d.ok()) return d.error();
    if (Status s = detail::expectReadable(r, actor, *c); !s.ok()) return s.error();
    detail::keepReadable(actor, *d);
    auto a = r.assignments().get(commitment, country);
    if (!a.ok()) return a.error();
    auto reports = detail::readablePage<ProgressReport>(
        bounded, [&](const PageRequest& p) { return r.reports().pageByAssignment(commitment, country, p, true); },
        [&](const ProgressReport& report) { return mayReadReport(actor, report); },
        [](const ProgressReport& report) { return report.id.str(); });
    if (!reports.ok()) return reports.error();
    auto t = timeliness(*a, *c, today);
    return AssignmentOverview{std::move(c).value(), std::move(d).value(), std::move(a).value(),
                              std::move(reports->items), std::move(reports->next), t};
  });
}

}  // namespace accord::app
