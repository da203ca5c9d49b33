// Read models of the browser UI: a conference with the people and organizations
// its records name, and each person's inbox ("what waits for me"). Built from the
// repositories in one read-only transaction each, like read_models.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/app/repositories.h"
#include "accord/domain/actor.h"
#include "accord/domain/dossier.h"
#include "accord/domain/assignment.h"

namespace accord::app {

struct ConferenceOverview {
  domain::Conference conference;
  Directory directory;                           // organizers' and delegates' names
  std::vector<domain::Declaration> declarations;  // headers, by id
};

// Returns kForbidden if `actor` may not read, kNotFound for an unknown conference.
Result<ConferenceOverview> conferenceOverview(const Context& ctx, const domain::Actor& actor,
                                              const domain::ConferenceId& id);

// One country's assignment with what its page shows around it.
struct AssignmentOverview {
  domain::Commitment commitment;
  domain::Declaration declaration;  // header and revisions, for the clause it implements
  domain::Assignment assignment;
  std::vector<domain::ProgressReport> reports;  // one page, newest first (by period end)
  std::string olderReports;                     // the cursor of the next page; empty on the last
  std::optional<domain::Timeliness> timeliness;  // as of the clock's today
};

// How many reports an assignment's page shows at once: reports accumulate period
// after period, and each is a form on the page.
inline constexpr std::size_t kReportsPerPage = 20;

// The assignment with the page of its reports that `reports` asks for (newest
// first; its limit is clamped to kReportsPerPage). Returns kForbidden if `actor`
// may not read, kNotFound for an unknown commitment or a country it is not
// assigned to, kInvalidArgument naming "cursor" for a cursor of another list.
Result<AssignmentOverview> assignmentOverview(const Context& ctx, const domain::Actor& actor,
                                              const domain::CommitmentId& commitment,
                                              const domain::CountryCode& country,
                                              const PageRequest& reports = {kReportsPerPage, {}});

// One thing a person should act on.
enum class InboxKind {
  kDraft,       // secretariat: a declaration still being drafted or consulted on
  kInvitation,  // secretariat: an open declaration, with how many invited countries have not answered
  kAmendment,   // secretariat: an accepted amendment to incorporate in a new revision
  kEndorse,     // coordinator: their country has not endorsed an open declaration
  kAccept,      // coordinator: a commitment proposed to their country
  kReport,      // coordinator: an accepted commitment without a report under way
  kValidate,    // monitor and secretariat: a submitted report awaiting review
  kOverdue,     // monitor: an assignment past its deadline
  kAtRisk,      // monitor: an assignment that will be overdue if nothing changes
};
const char* toString(InboxKind k);
// Every kind, in the order an inbox lists them.
const std::vector<InboxKind>& inboxKinds();

struct InboxItem {
  InboxKind kind = InboxKind::kDraft;
  domain::DeclarationId declaration;
  std::string declarationTitle;
  std::optional<domain::CountryCode> country;
  domain::CommitmentId commitment;  // empty for declaration-level items
  std::string commitmentText;
  std::string clause;               // the commitment's operative clause, or the amendment's unit
  std::optional<domain::Date> deadline;  // the commitment's
  domain::ReportId report;          // kValidate only
  int amendment = 0;                // kAmendment only: its number in the declaration
  long invited = 0, unanswered = 0;  // kInvitation only
  std::string state;                // the status that makes it wait ("drafting", "invited", ...)
};

struct Inbox {
  std::vector<domain::Conference> conferences;  // the first by id, for the home page
  std::vector<InboxItem> items;                 // for the actor's role and country, grouped by kind
  std::vector<InboxKind> more;                  // kinds with more waiting than listed
};

// How many items of one kind an inbox lists: across a portfolio thousands can be
// overdue at once, and the page is a list to start from, not a report.
inline constexpr std::size_t kInboxItemsPerKind = 100;

// What waits for `actor`, each kind read by its own indexed query (DossierRepository)
// and listed up to kInboxItemsPerKind: nothing loads a declaration's slice. Lists the
// first `maxConferences` conferences (by id). Timeliness is as of the clock's today.
// `filter` narrows a monitor's overdue and at-risk lists. Returns kForbidden if
// `actor` may not read.
Result<Inbox> inbox(const Context& ctx, const domain::Actor& actor, std::size_t maxConferences = 50,
                    const WaitingFilter& filter = {});

}  // namespace accord::app
