// The open_assignment_count summary (migration 0020): per commitment, how many of
// its assignments are open (neither declined, completed nor cancelled), so that the
// implementation matrix's overdue count reads one row per commitment past its
// deadline instead of every assignment of the declaration.
#pragma once

#include <string>
#include <vector>

#include "sql.h"

namespace accord::storage::detail {

// The open-assignment condition on an assignment `a`, as SQL: assignment_open's
// partial-index predicate, word for word, and the domain's timeliness.
extern const char* const kOpenAssignment;

// Rewrites the rows of `commitments` from their assignments as stored now. Called
// in the transaction of every assignment insert and update (assignment repository,
// bulk import): one commitment's assignments read per commitment.
void refreshOpenAssignmentCounts(Sql& sql, std::vector<std::string> commitments);

}  // namespace accord::storage::detail
