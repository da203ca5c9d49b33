// What waits for a monitor, across every declaration, read by index: the partial
// index of submitted reports (migration 0004), and commitments by deadline joined
// to the partial index of open assignments (migration 0007). Each query stops at
// its limit, so the inbox costs what it lists, not the portfolio.
#include "codec.h"
#include "dossier_repository.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
// Rows of (declaration id, title, commitment id, text, country[, report id]).
std::vector<app::WaitingItem> items(const Rows& r, bool withReport) {
  std::vector<app::WaitingItem> out;
  out.reserve(r.size());
  for (std::size_t i = 0; i < r.size(); ++i)
    out.push_back({DeclarationId(r.str(i, 0)), r.str(i, 1), CommitmentId(r.str(i, 2)), r.str(i, 3),
                   country(r, i, 4), withReport ? ReportId(r.str(i, 5)) : ReportId()});
  return out;
}
}  // namespace

Result<std::vector<app::WaitingItem>> SqlDossierRepository::submittedReports(std::size_t limit) {
  return guarded(tx_, [&]() -> Result<std::vector<app::WaitingItem>> {
    Rows r = sql_.query(
        "SELECT d.id, d.title, c.id, c.text, r.country, r.id FROM report r "
        "JOIN commitment c ON c.id = r.commitment_id JOIN declaration d ON d.id = c.declaration_id "
        "WHERE r.state = 'submitted' ORDER BY r.commitment_id, r.country, r.ord LIMIT ?",
        {v(limit)});
    return items(r, true);
  });
}

Result<std::vector<app::WaitingItem>> SqlDossierRepository::overdueAssignments(Date today, std::size_t limit) {
  // The condition repeats the index's predicate word for word: both engines use a
  // partial index only when the query implies it.
  return guarded(tx_, [&]() -> Result<std::vector<app::WaitingItem>> {
    Rows r = sql_.query(
        "SELECT d.id, d.title, c.id, c.text, a.country FROM commitment c "
        "JOIN assignment a ON a.commitment_id = c.id JOIN declaration d ON d.id = c.declaration_id "
        "WHERE c.deadline < ? AND a.acceptance <> 'declined' AND a.status NOT IN ('completed', 'cancelled') "
        "ORDER BY c.deadline, c.id, a.country LIMIT ?",
        {v(today), v(limit)});
    return items(r, false);
  });
}

}  // namespace accord::storage::detail
