// Read models of the browser UI: a conference with the people and organizations
// its records name, and each person's inbox ("what waits for me"). Built from the
// repositories in one read-only transaction each, like read_models.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/app/context.h"
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
  kInvitation,  // secretariat: an invited country that has not answered yet
  kEndorse,     // coordinator: their country has not endorsed an open declaration
  kAccept,      // coordinator: a commitment proposed to their country
  kReport,      // coordinator: an accepted commitment without a report under way
  kValidate,    // monitor: a submitted report awaiting review
  kOverdue,     // monitor: an assignment past its deadline
};
const char* toString(InboxKind k);

struct InboxItem {
  InboxKind kind = InboxKind::kDraft;
  domain::DeclarationId declaration;
  std::string declarationTitle;
  std::optional<domain::CountryCode> country;
  domain::CommitmentId commitment;  // empty for declaration-level items
  std::string commitmentText;
  domain::ReportId report;          // kValidate only
  std::string state;                // the status that makes it wait ("drafting", "invited", ...)
};

struct Inbox {
  std::vector<domain::Conference> conferences;  // the first by id, for the home page
  std::vector<InboxItem> items;                 // for the actor's role and country
  std::vector<InboxKind> more;                  // kinds with more waiting than listed
};

// How many items of one kind a monitor's inbox lists: across a portfolio thousands
// can be overdue at once, and the page is a list to start from, not a report.
inline constexpr std::size_t kInboxItemsPerKind = 100;

// Looks at every conference and its declarations for the items; lists the first
// `maxConferences` conferences (by id). Timeliness is as of the clock's today.
// Returns kForbidden if `actor` may not read.
Result<Inbox> inbox(const Context& ctx, const domain::Actor& actor, std::size_t maxConferences = 50);

}  // namespace accord::app
