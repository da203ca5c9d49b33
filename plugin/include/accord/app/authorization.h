// Who may do what: the rules of DESIGN.md in one table, enforced by every use case
// so that the command line and the HTTP API cannot disagree.
#pragma once

#include <optional>

#include "accord/domain/actor.h"
#include "accord/domain/result.h"

namespace accord::app {

enum class Action {
  kRead,                  // read conferences, declarations, status, documents
  kManageConference,      // create/edit conferences and delegations
  kDraft,                 // create declarations, cut revisions, move the lifecycle, invite
  kComment,               // comment on a draft
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
};
const char* toString(Action a);

// Returns ok if `actor` may perform `action`, for `country` where the action is a
// country's own (endorse, decide, implement, report). Returns kForbidden with a
// sentence saying who may, e.g. "only the coordinator of MK may accept MK's
// commitments". Nobody may alter the audit trail: there is no action for it.
domain::Status authorize(const domain::Actor& actor, Action action,
                         const std::optional<domain::CountryCode>& country = std::nullopt);

// Endorsements have two legitimate authors: the country's own coordinator, acting
// in their own name, and the secretariat recording on behalf of the country (which
// must then say so). Returns kForbidden otherwise.
domain::Status authorizeEndorsement(const domain::Actor& actor, const domain::CountryCode& country,
                                    bool onBehalf);

}  // namespace accord::app
