#include "open_assignment_count.h"

#include "summary_rows.h"

namespace accord::storage::detail {

const char* const kOpenAssignment = "a.acceptance <> 'declined' AND a.status NOT IN ('completed', 'cancelled')";

void refreshOpenAssignmentCounts(Sql& sql, std::vector<std::string> commitments) {
  // FOR NO KEY UPDATE: the key-share locks that rows referencing the commitment
  // take (its countries, milestones, assignments) stay free.
  rewriteSummaries(sql, std::move(commitments), "commitment", "FOR NO KEY UPDATE",
                   [&](const std::string& in, const Params& ids) {
                     sql.exec("DELETE FROM open_assignment_count WHERE commitment_id IN " + in, ids);
                     sql.exec(std::string("INSERT INTO open_assignment_count (commitment_id, assignments) "
                                          "SELECT a.commitment_id, COUNT(*) FROM assignment a "
                                          "WHERE a.commitment_id IN ") +
                                  in + " AND " + kOpenAssignment + " GROUP BY a.commitment_id",
                              ids);
                   });
}

}  // namespace accord::storage::detail
