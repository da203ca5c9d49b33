#include "accord/app/overview.h"

#include <algorithm>

#include "accord/app/authorization.h"
#include "accord/domain/tally.h"
#include "readable.h"

namespace accord::app {

using namespace accord::domain;

const char* toString(InboxKind k) {
  switch (k) {
    case InboxKind::kDraft: return "draft";
    case InboxKind::kInvitation: return "invitation";
    case InboxKind::kEndorse: return "endorse";
    case InboxKind::kAccept: return "accept";
    case InboxKind::kReport: return "report";
    case InboxKind::kValidate: return "validate";
    case InboxKind::kOverdue: return "overdue";
  }
  return "?";
}

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

namespace {

InboxItem itemFor(InboxKind kind, const Declaration& d, std::string state) {
  InboxItem item;
  item.kind = kind;
  item.declaration = d.id;
  item.declarationTitle = d.title;
  item.state = std::move(state);
  return item;
}

// What the declaration asks of the secretariat: finishing the draft, chasing answers.
void secretariatItems(const Dossier& slice, const Declaration& d, std::vector<InboxItem>& out) {
  if (d.isEditable()) out.push_back(itemFor(InboxKind::kDraft, d, toString(d.status)));
  if (d.status != DeclarationStatus::kOpenForEndorsement) return;
  for (const EndorsementRow& row : tallyEndorsements(slice, d).rows) {
    EndorsementStatus s = row.status();
    if (s != EndorsementStatus::kInvited && s != EndorsementStatus::kConsulting) continue;
    InboxItem item = itemFor(InboxKind::kInvitation, d, toString(s));
    item.country = row.country;
    out.push_back(std::move(item));
  }
}

// What the declaration asks of one country's coordinator.
void coordinatorItems(const Dossier& slice, const Declaration& d, const CountryCode& country,
                      std::vector<InboxItem>& out) {
  if (d.status == DeclarationStatus::kOpenForEndorsement && d.isInvited(country)) {
    const Endorsement* e = slice.endorsement(d.id, country);
    EndorsementStatus s = e ? e->status : EndorsementStatus::kInvited;
    if (s == EndorsementStatus::kInvited || s == EndorsementStatus::kConsulting ||
        s == EndorsementStatus::kEndorsedAdReferendum) {
      InboxItem item = itemFor(InboxKind::kEndorse, d, toString(s));
      item.country = country;
      out.push_back(std::move(item));
    }
  }
  for (const Commitment* c : slice.commitmentsOf(d.id)) {
    const Assignment* a = slice.assignment(c->id, country);
    if (!a) continue;
    std::optional<InboxKind> kind;
    std::string state;
    if (a->acceptance == Acceptance::kProposed) {
      kind = InboxKind::kAccept;
      state = toString(a->acceptance);
    } else if (a->acceptance == Acceptance::kAccepted && a->status != ImplementationStatus::kCompleted &&
               a->status != ImplementationStatus::kCancelled) {
      auto reports = slice.reportsOf(c->id, country);  // the slice holds the latest only
      const ProgressReport* latest = reports.empty() ? nullptr : reports.back();
      if (!latest || latest->state == ReportState::kDraft || latest->state == ReportState::kReturned) {
        kind = InboxKind::kReport;
        state = latest ? toString(latest->state) : "no report";
      }
    }
    if (!kind) continue;
    InboxItem item = itemFor(*kind, d, state);
    item.country = country;
    item.commitment = c->id;
    item.commitmentText = c->text;
    out.push_back(std::move(item));
  }
}

// What waits for a monitor across the portfolio: every submitted report (not only
// the latest of its assignment: a country may have started the next period's
// draft), then the overdue assignments, oldest deadline first; each found by index
// and listed up to kInboxItemsPerKind, so the inbox costs what it shows.
Status monitorItems(Repositories& r, Date today, Inbox& out) {
  auto add = [&](InboxKind kind, std::vector<WaitingItem> found, const char* state) {
    if (found.size() > kInboxItemsPerKind) {
      found.resize(kInboxItemsPerKind);
      out.more.push_back(kind);
    }
    for (WaitingItem& w : found) {
      InboxItem item;
      item.kind = kind;
      item.declaration = std::move(w.declaration);
      item.declarationTitle = std::move(w.declarationTitle);
      item.country = std::move(w.country);
      item.commitment = std::move(w.commitment);
      item.commitmentText = std::move(w.commitmentText);
      item.report = std::move(w.report);
      item.state = state;
      out.items.push_back(std::move(item));
    }
  };
  auto submitted = r.dossiers().submittedReports(kInboxItemsPerKind + 1);
  if (!submitted.ok()) return submitted.error();
  add(InboxKind::kValidate, std::move(submitted).value(), toString(ReportState::kSubmitted));
  auto overdue = r.dossiers().overdueAssignments(today, kInboxItemsPerKind + 1);
  if (!overdue.ok()) return overdue.error();
  add(InboxKind::kOverdue, std::move(overdue).value(), toString(Timeliness::kOverdue));
  return {};
}

}  // namespace

Result<Inbox> inbox(const Context& ctx, const Actor& actor, std::size_t maxConferences) {
  if (Status s = authorize(actor, Action::kRead); !s.ok()) return s.error();
  Date today = ctx.clock.today();
  bool wantsItems = actor.role == Role::kSecretariat || (actor.role == Role::kCoordinator && actor.country);
  return transact<Inbox>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<Inbox> {
    Inbox out;
    if (actor.role == Role::kMonitor)
      if (Status s = monitorItems(r, today, out); !s.ok()) return s.error();
    // Every conference, page by page: what waits may be in the oldest as well as
    // the newest, whatever their ids.
    PageRequest conferencePage{kMaxPageSize, {}};
    do {
      auto conferences = r.conferences().list(conferencePage);
      if (!conferences.ok()) return conferences.error();
      conferencePage.after = conferences->next;
      for (Conference& c : conferences->items) {
        if (wantsItems) {
          PageRequest declarationPage{kMaxPageSize, {}};
          do {
            auto decls = r.declarations().listByConference(c.id, declarationPage);
            if (!decls.ok()) return decls.error();
            declarationPage.after = decls->next;
            for (const Declaration& header : decls->items) {
              // A coordinator's country has nothing to do with a declaration it is not
              // invited to (commitments apply to invited countries only): not loaded.
              if (actor.role == Role::kCoordinator && !header.isInvited(*actor.country)) continue;
              auto slice = r.dossiers().loadDeclarationSlice(header.id);
              if (!slice.ok()) return slice.error();
              const Declaration* d = slice->declaration(header.id);
              if (!d) continue;
              if (actor.role == Role::kSecretariat) secretariatItems(*slice, *d, out.items);
              if (actor.role == Role::kCoordinator) coordinatorItems(*slice, *d, *actor.country, out.items);
            }
          } while (!declarationPage.after.empty());
        }
        if (out.conferences.size() < maxConferences) out.conferences.push_back(std::move(c));
      }
    } while (!conferencePage.after.empty() && (wantsItems || out.conferences.size() < maxConferences));
    return out;
  });
}

}  // namespace accord::app
