// Who may do what: the rules of DESIGN.md in one table, enforced by every use case
// so that the command line and the HTTP API cannot disagree.
#pragma once

#include <optional>
#include <vector>

#include "accord/domain/actor.h"
#include "accord/domain/declaration.h"
#include "accord/domain/progress_report.h"
#include "accord/domain/result.h"

namespace accord::app {

enum class Action {
  kRead,                  // read conferences, declarations, status, documents (which: the read rules below)
  kManageConference,      // create/edit conferences and delegations
  kDraft,                 // create declarations, cut revisions, move the lifecycle, invite
  kComment,               // comment on a draft
  kTranslate,             // write and verify the language versions of a revision
  kEndorse,               // move a country's endorsement (see authorizeEndorsement)
  kDefineCommitment,      // create/edit commitments and propose assignments
  kDecideAssignment,      // accept or decline a commitment for a country
  kUpdateImplementation,  // implementation status, lead institution of a country's assignment
  kWriteReport,           // draft and submit a country's progress report
  kAssess,                // the monitor's assessment of an assignment
  kReviewReport,          // validate or return a submitted report
  kReadAudit,             // read and verify the audit trail
  kImportExport,          // bulk import and export of bundles
  kManageAccounts,        // users and roles
  kRecordPast,            // give a revision or an endorsement the earlier day it really happened on
};
const char* toString(Action a);

// Returns ok if `actor` may perform `action`, for `country` where the action is a
// country's own (endorse, decide, implement, report). Returns kForbidden with a
// sentence saying who may, e.g. "only the coordinator of MK may accept MK's
// commitments". Nobody may alter the audit trail: there is no action for it.
domain::Status authorize(const domain::Actor& actor, Action action,
                         const std::optional<domain::CountryCode>& country = std::nullopt);

// Ok if `actor` may perform at least one of `actions` (for `country`, as
// authorize); otherwise the refusal of the first. The coarse check a write makes
// before it reads its request: whoever may do none of what the request could ask
// is refused whatever the request says. Ok for no actions.
domain::Status authorizeAny(const domain::Actor& actor, const std::vector<Action>& actions,
                            const std::optional<domain::CountryCode>& country = std::nullopt);

// Endorsements have two legitimate authors: the country's own coordinator, acting
// in their own name, and the secretariat recording on behalf of the country (which
// must then say so). Returns kForbidden otherwise.
domain::Status authorizeEndorsement(const domain::Actor& actor, const domain::CountryCode& country,
                                    bool onBehalf);

// Reading (README.md, "Who may read what"). Every signed-in role reads
// conferences, delegations and countries. What is not yet published is for the
// people who work on it: a viewer reads only published declarations (final, open
// for endorsement, closed) and of their text only the final revision; a draft
// report is its country's own until submitted; the reviewing roles then read it;
// a report is everyone's once validated. A use case treats what the actor may not
// read as if it did not exist (kNotFound, lists leave it out), so that its very
// existence does not leak. The audit trail and accounts keep their own actions.

// Whether `actor` reads declarations in every state, drafts included: every role
// but the viewer. A read of what hangs from a declaration may skip loading it then.
bool readsDrafts(const domain::Actor& actor);

// Whether `actor` may read a declaration in `status`, and what hangs from it: its
// endorsements, commitments, assignments and their status views and documents.
bool mayReadDeclaration(const domain::Actor& actor, domain::DeclarationStatus status);

// Whether `actor` may read revision `number` of `d` (whose status they may read):
// any for those who read drafts, the final revision only for the others.
bool mayReadRevision(const domain::Actor& actor, const domain::Declaration& d, int number);

// Whether `actor` may read report `r`: a draft only the country's own coordinator;
// submitted or returned also the secretariat, monitors and admins; validated anyone.
bool mayReadReport(const domain::Actor& actor, const domain::ProgressReport& r);

}  // namespace accord::app
