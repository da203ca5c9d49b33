// History as people read it: audit actions in words ("Declaration opened for
// endorsement", not declaration.open_for_endorsement), the fields a change touched
// as a small before/after table, and the dated story of an endorsement and of an
// assignment, newest first, from what their records keep.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/assignment.h"
#include "accord/domain/commitment.h"
#include "accord/domain/endorsement.h"
#include "accord/domain/progress_report.h"
#include "templates.h"
#include "wording.h"

namespace accord::web {

// The sentence for an audit action; an action this table does not know reads as
// its words ("thing.done_now" -> "Thing: done now"), never as the code alone.
std::string eventInWords(const Wording& w, const std::string& action);

// A snapshot field's path in words: "signer.name" -> "Signer, name",
// "milestones[0].state" -> "Milestones 1, state", "leadInstitution" -> "Lead institution".
std::string fieldInWords(const std::string& path);

// The fields a change touched: {rows: [{field, before, after}], hasRows, count, few
// (six or fewer), more}, at
// most `limit` rows (`more` says how many were left out), long values shortened.
Data changesData(const std::string& before, const std::string& after, std::size_t limit = 25);

// What happened to an endorsement, newest first: [{when, what}].
List endorsementHistory(const Wording& w, const domain::Endorsement& e);

// What happened to an assignment, newest first, from its record (acceptance,
// milestones, measurements, completion) and the reports given: [{when, what}].
List assignmentHistory(const Wording& w, const domain::Assignment& a, const domain::Commitment& c,
                       const std::vector<domain::ProgressReport>& reports);

}  // namespace accord::web
