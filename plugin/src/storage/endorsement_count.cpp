#include "endorsement_count.h"

#include <algorithm>

#include "accord/domain/endorsement.h"

namespace accord::storage::detail {

namespace {
// The statuses that await an answer, as SQL literals, from the domain's rule
// (domain::awaitsAnswer): the summary counts what pendingEndorsements lists.
const std::string& awaitingStatuses() {
  static const std::string list = [] {
    std::string out;
    for (const char* name : domain::enumNames<domain::EndorsementStatus>()) {
      auto status = domain::parseEndorsementStatus("status", name);
      if (status.ok() && domain::awaitsAnswer(status.value())) out += std::string(out.empty() ? "" : ", ") + "'" + name + "'";
    }
    return out;
  }();
  return list;
}

constexpr std::size_t kIdsPerStatement = 500;
}  // namespace

void refreshEndorsementCounts(Sql& sql, std::vector<std::string> declarations) {
  std::sort(declarations.begin(), declarations.end());
  declarations.erase(std::unique(declarations.begin(), declarations.end()), declarations.end());
  for (std::size_t start = 0; start < declarations.size(); start += kIdsPerStatement) {
    std::size_t end = std::min(declarations.size(), start + kIdsPerStatement);
    Params ids(declarations.begin() + static_cast<std::ptrdiff_t>(start),
               declarations.begin() + static_cast<std::ptrdiff_t>(end));
    std::string in = "(" + placeholders(ids.size()) + ")";
    // Two transactions changing one declaration's endorsements at once would both
    // delete and re-insert its row: on PostgreSQL (READ COMMITTED) the second's
    // delete misses the row the first re-inserted, and its insert then collides with
    // it. Locking the declarations first (in id order, so two refreshes never wait on
    // each other) makes the second wait, then count with the first's endorsement.
    // SQLite serialises writing transactions already.
    if (sql.dialect() == Dialect::kPostgresql)
      sql.query("SELECT id FROM declaration WHERE id IN " + in + " ORDER BY id FOR UPDATE", ids);
    // Delete then insert: a declaration left without invited countries keeps no row.
    sql.exec("DELETE FROM endorsement_count WHERE declaration_id IN " + in, ids);
    sql.exec("INSERT INTO endorsement_count (declaration_id, invited, unanswered) "
             "SELECT dc.declaration_id, COUNT(*), SUM(CASE WHEN e.status IS NULL OR e.status IN (" +
                 awaitingStatuses() + ") THEN 1 ELSE 0 END) FROM declaration_country dc "
                 "LEFT JOIN endorsement e ON e.declaration_id = dc.declaration_id AND e.country = dc.country "
                 "WHERE dc.declaration_id IN " + in + " GROUP BY dc.declaration_id",
             ids);
  }
}

}  // namespace accord::storage::detail
