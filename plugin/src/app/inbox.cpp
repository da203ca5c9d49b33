// Each role's inbox: one indexed query per kind of waiting item, each stopped at
// kInboxItemsPerKind + 1 (one more than listed, to know there is more). Before,
// the coordinator's and the secretariat's inboxes loaded the slice of every
// declaration of every conference.
#include <functional>

#include "accord/app/authorization.h"
#include "accord/app/overview.h"

namespace accord::app {

using namespace accord::domain;

const char* toString(InboxKind k) {
  switch (k) {
    case InboxKind::kDraft: return "draft";
    case InboxKind::kInvitation: return "invitation";
    case InboxKind::kAmendment: return "amendment";
    case InboxKind::kEndorse: return "endorse";
    case InboxKind::kAccept: return "accept";
    case InboxKind::kReport: return "report";
    case InboxKind::kValidate: return "validate";
    case InboxKind::kOverdue: return "overdue";
    case InboxKind::kAtRisk: return "at_risk";
  }
  return "?";
}

const std::vector<InboxKind>& inboxKinds() {
  static const std::vector<InboxKind> kinds = {InboxKind::kDraft,    InboxKind::kInvitation, InboxKind::kAmendment,
                                               InboxKind::kEndorse,  InboxKind::kAccept,     InboxKind::kReport,
                                               InboxKind::kValidate, InboxKind::kOverdue,    InboxKind::kAtRisk};
  return kinds;
}

namespace {

using Query = std::function<Result<std::vector<WaitingItem>>(std::size_t limit)>;

// Lists what `query` finds as items of `kind`, up to the bound, noting when more wait.
Status add(InboxKind kind, const Query& query, Inbox& out) {
  auto found = query(kInboxItemsPerKind + 1);
  if (!found.ok()) return found.error();
  if (found->size() > kInboxItemsPerKind) {
    found->resize(kInboxItemsPerKind);
    out.more.push_back(kind);
  }
  for (WaitingItem& w : *found) {
    InboxItem item;
    item.kind = kind;
    item.declaration = std::move(w.declaration);
    item.declarationTitle = std::move(w.declarationTitle);
    item.country = std::move(w.country);
    item.commitment = std::move(w.commitment);
    item.commitmentText = std::move(w.commitmentText);
    item.clause = std::move(w.clause);
    item.deadline = w.deadline;
    item.report = std::move(w.report);
    item.amendment = w.amendment;
    item.invited = w.invited;
    item.unanswered = w.unanswered;
    item.state = std::move(w.state);
    out.items.push_back(std::move(item));
  }
  return {};
}

// The kinds a role sees, each with the query that finds it.
std::vector<std::pair<InboxKind, Query>> queriesFor(const Actor& actor, DossierRepository& d, Date today,
                                                    const WaitingFilter& f) {
  using K = InboxKind;
  switch (actor.role) {
    case Role::kSecretariat:
      return {{K::kDraft, [&](std::size_t n) { return d.draftDeclarations(n); }},
              {K::kInvitation, [&](std::size_t n) { return d.endorsementProgress(n); }},
              {K::kAmendment, [&](std::size_t n) { return d.amendmentsToConsolidate(n); }},
              {K::kValidate, [&](std::size_t n) { return d.submittedReports(n); }}};
    case Role::kCoordinator: {
      if (!actor.country) return {};
      const CountryCode country = *actor.country;
      return {{K::kEndorse, [&d, country](std::size_t n) { return d.pendingEndorsements(country, n); }},
              {K::kAccept, [&d, country](std::size_t n) { return d.proposedAssignments(country, n); }},
              {K::kReport, [&d, country](std::size_t n) { return d.reportsDue(country, n); }}};
    }
    case Role::kMonitor:
      // Every submitted report (not only the latest of its assignment: a country may
      // have started the next period's draft), then the late, then the nearly late.
      return {{K::kValidate, [&](std::size_t n) { return d.submittedReports(n); }},
              {K::kOverdue, [&d, today, &f](std::size_t n) { return d.overdueAssignments(today, f, n); }},
              {K::kAtRisk, [&d, today, &f](std::size_t n) { return d.atRiskAssignments(today, f, n); }}};
    default: return {};
  }
}

}  // namespace

Result<Inbox> inbox(const Context& ctx, const Actor& actor, std::size_t maxConferences,
                    const WaitingFilter& filter) {
  if (Status s = authorize(actor, Action::kRead); !s.ok()) return s.error();
  Date today = ctx.clock.today();
  return transact<Inbox>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<Inbox> {
    Inbox out;
    for (const auto& [kind, query] : queriesFor(actor, r.dossiers(), today, filter))
      if (Status s = add(kind, query, out); !s.ok()) return s.error();
    if (maxConferences == 0) return out;
    auto conferences = r.conferences().list(PageRequest{maxConferences, {}});
    if (!conferences.ok()) return conferences.error();
    out.conferences = std::move(conferences->items);
    return out;
  });
}

}  // namespace accord::app
