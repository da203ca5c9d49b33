#include "endorsement_count.h"

#include "accord/domain/endorsement.h"
#include "summary_rows.h"

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
}  // namespace

void refreshEndorsementCounts(Sql& sql, std::vector<std::string> declarations) {
  // Delete then insert: a declaration left without invited countries keeps no row.
  rewriteSummaries(sql, std::move(declarations), "declaration", "FOR UPDATE",
                   [&](const std::string& in, const Params& ids) {
                     sql.exec("DELETE FROM endorsement_count WHERE declaration_id IN " + in, ids);
                     sql.exec("INSERT INTO endorsement_count (declaration_id, invited, unanswered) "
                              "SELECT dc.declaration_id, COUNT(*), SUM(CASE WHEN e.status IS NULL OR e.status IN (" +
                                  awaitingStatuses() +
                                  ") THEN 1 ELSE 0 END) FROM declaration_country dc "
                                  "LEFT JOIN endorsement e ON e.declaration_id = dc.declaration_id "
                                  "AND e.country = dc.country WHERE dc.declaration_id IN " +
                                  in + " GROUP BY dc.declaration_id",
                              ids);
                   });
}

}  // namespace accord::storage::detail
