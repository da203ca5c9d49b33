// One reader per record: how a bundle file and an API request body spell each of
// Accord's records, read once for both (see node.h for how problems are
// collected; writers.h writes the same shapes). Readers named ...Fields read the
// record's own keys and leave `n` open, so that a user may read keys of its own
// (the bundle's nested records, a request's directory) before finishing it.
#pragma once

#include <optional>
#include <vector>

#include "accord/domain/assignment.h"
#include "accord/domain/commitment.h"
#include "accord/domain/conference.h"
#include "accord/domain/declaration.h"
#include "accord/domain/endorsement.h"
#include "accord/domain/party.h"
#include "accord/domain/progress_report.h"
#include "accord/domain/revision.h"
#include "accord/json/node.h"

namespace accord::json {

domain::Country readCountry(Node n);
// The fields every country record has (code, names, footnote), without finishing
// `n`: for readers whose country records carry more.
domain::Country readCountryFields(Node& n);
domain::Organization readOrganization(Node n);
domain::Person readPerson(Node n);

// A delegation (country and members). One without members is refused when
// `membersRequired` (a request adding one).
domain::Delegation readDelegation(Node& d, bool membersRequired);

// A conference's fields. Its status defaults to `defaultStatus` when given, else
// is required; delegations need members when `membersRequired`. Given `current`,
// the body is a merge patch: only the keys present are read over a copy of it,
// and the id is left to the caller (who refuses a different one).
domain::Conference readConferenceFields(Node& n, std::optional<domain::ConferenceStatus> defaultStatus,
                                        bool membersRequired, const domain::Conference* current = nullptr);

// A declaration's header: id, title, kind, base language, invited countries and,
// when `asRecorded`, its status and final revision, which a new declaration may
// not set (kind and base language then default to a joint declaration in "en").
// The conference is the caller's.
domain::Declaration readDeclarationFields(Node& n, const domain::ConferenceId& conference, bool asRecorded);

// A revision's text (change note, preamble, operative clauses, closing formula)
// and, when `asRecorded`, its number, author and time, which a request may not set.
domain::Revision readRevisionFields(Node& n, bool asRecorded);

// What an endorsement says (status, revision, date, place, signer, method,
// onBehalf, statement, evidence) and, when `asRecorded`, what the record keeps
// besides (recordedBy and the history of events): a bundle holds the record, a
// request only the act. Declaration and country are the caller's.
domain::Endorsement readEndorsementFields(Node& n, bool asRecorded);

// A commitment's fields but its declaration; milestones default to
// `defaultState` as in readMilestones. Given `current`, a merge patch as for
// readConferenceFields.
domain::Commitment readCommitmentFields(Node& n, const domain::DeclarationId& declaration,
                                        std::optional<domain::MilestoneState> defaultState,
                                        const domain::Commitment* current = nullptr);

// An assignment's fields but its commitment; status and assessment default to
// not_started and no_evidence.
domain::Assignment readAssignmentFields(Node& n, const domain::CommitmentId& commitment);

// What a country writes in a progress report: id, period, narrative, percent,
// evidence. With `asRecorded`, also what the review keeps (state, author, times,
// reviewer, return reason).
domain::ProgressReport readReportFields(Node& n, const domain::CommitmentId& commitment,
                                        const domain::CountryCode& country, bool asRecorded);

}  // namespace accord::json
