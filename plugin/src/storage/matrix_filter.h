// The SQL conditions a MatrixFilter asks of the implementation matrix, shared by
// its page (matrix_page.cpp) and its totals (matrix_totals.cpp) so that both count
// the same cells.
#pragma once

#include <string>

#include "accord/app/repositories.h"
#include "sql.h"

namespace accord::storage::detail {

// Appends to `where` the condition on an assignment `a` of a commitment `c` that
// the filter's status, country and "overdue only" ask (overdue as of `today`, as
// the domain's timeliness has it: neither declined, completed nor cancelled, and
// past the deadline).
void assignmentFilter(const app::MatrixFilter& f, domain::Date today, std::string& where, Params& params);

// The condition that an open assignment `a` of commitment `c` (neither declined,
// completed nor cancelled: the caller's part) is at risk as of `today`, as
// domain::timeliness has it: the deadline not passed, and either a milestone past
// due still pending or missed (the country's own milestone state wins over the
// commitment's) or not started within kAtRiskWindowDays of the deadline. Appends
// its parameters to `params` in the order of its placeholders.
std::string atRisk(domain::Date today, Params& params);

// The condition that a row of commitment `c` has a cell the filter keeps.
std::string rowKept(const app::MatrixFilter& f, domain::Date today, Params& params);

// Appends to `where` "c comes after the commitment `after`" in the matrix's order
// (ord, id). Returns false when `after` is not a commitment of declaration `id`.
bool rowsAfter(Sql& sql, const domain::DeclarationId& id, const std::string& after, std::string& where,
               Params& params);

}  // namespace accord::storage::detail
