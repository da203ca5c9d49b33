// The summary tables kept beside the rows they count (endorsement_count per
// declaration, open_assignment_count per commitment): each is rewritten, for the
// owners a transaction changed, inside that transaction.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "sql.h"

namespace accord::storage::detail {

// Calls `rewrite(in, ids)` for the distinct `owners` in batches (`in` is the
// batch's "(?, ?, ...)"), each batch's rows of `ownerTable` first locked `lock`
// on PostgreSQL. Two transactions changing one owner at once would both delete and
// re-insert its summary row: under READ COMMITTED the second's count would miss
// the first's change, or its insert collide with the first's row. The lock makes
// the second wait, then count with the first's change; taken in the byte order the
// batches are cut in, two rewrites never wait on each other in a cycle. SQLite serialises writing transactions
// already.
void rewriteSummaries(Sql& sql, std::vector<std::string> owners, const std::string& ownerTable,
                      const std::string& lock,
                      const std::function<void(const std::string& in, const Params& ids)>& rewrite);

}  // namespace accord::storage::detail
