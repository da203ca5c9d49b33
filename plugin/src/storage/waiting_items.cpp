// What waits for a monitor, across every declaration, read by index: the partial
// index of submitted reports (migration 0004), and commitments by deadline joined
// to the partial index of open assignments (migration 0010). Each query stops at
// its limit, so the inbox costs what it lists, not the portfolio.
#include "dossier_repository.h"
#include "matrix_filter.h"
#include "waiting_rows.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
std::string assignmentQuery(const std::string& state, const std::string& rest) {
  return std::string("SELECT ") + kAssignmentColumns + ", " + state + " " + rest;
}

// The filter's conditions (bound, never spliced), appended to `params`. With a
// declaration the walk takes commitment_by_deadline (declaration_id, deadline).
std::string narrowed(const app::WaitingFilter& f, Params& params) {
  std::string out;
  if (f.country) {
    out += " AND a.country = ?";
    params.push_back(v(f.country->str()));
  }
  if (f.declaration) {
    out += " AND c.declaration_id = ?";
    params.push_back(v(f.declaration->str()));
  }
  if (f.status) {
    out += " AND a.status = ?";
    params.push_back(v(toString(*f.status)));
  }
  return out;
}
}  // namespace

Result<std::vector<app::WaitingItem>> SqlDossierRepository::submittedReports(std::size_t limit) {
  return guarded(tx_, [&]() -> Result<std::vector<app::WaitingItem>> {
    Rows r = sql_.query(
        "SELECT d.id, d.title, c.id, c.text, r.country, c.deadline, c.clause_id, r.state, r.id FROM report r "
        "JOIN commitment c ON c.id = r.commitment_id JOIN declaration d ON d.id = c.declaration_id "
        "WHERE r.state = 'submitted' ORDER BY r.commitment_id, r.country, r.ord LIMIT ?",
        {v(limit)});
    return assignmentItems(r, true);
  });
}

// The open assignments (assignment_open's predicate, word for word: both engines
// use a partial index only when the query implies it) whose commitment's deadline
// meets `deadline` (a condition on c.deadline with one parameter, `today`), narrowed
// by `filter`, then `rest`'s conditions with their parameters `restParams`, oldest
// deadline first, at most `limit`.
Rows SqlDossierRepository::openAssignments(const char* deadline, Date today, const app::WaitingFilter& filter,
                                           const std::string& rest, const Params& restParams, std::size_t limit) {
  Params params{v(today)};
  std::string where = narrowed(filter, params);
  params.insert(params.end(), restParams.begin(), restParams.end());
  params.push_back(v(limit));
  return sql_.query(assignmentQuery("a.status",
                                    std::string("FROM commitment c JOIN assignment a ON a.commitment_id = c.id "
                                                "JOIN declaration d ON d.id = c.declaration_id WHERE c.deadline ") +
                                        deadline + " AND a.acceptance <> 'declined' "
                                        "AND a.status NOT IN ('completed', 'cancelled')" + where + rest +
                                        " ORDER BY c.deadline, c.id, a.country LIMIT ?"),
                    params);
}

Result<std::vector<app::WaitingItem>> SqlDossierRepository::overdueAssignments(Date today,
                                                                              const app::WaitingFilter& filter,
                                                                              std::size_t limit) {
  return guarded(tx_, [&]() -> Result<std::vector<app::WaitingItem>> {
    return assignmentItems(openAssignments("< ?", today, filter, "", {}, limit));
  });
}

Result<std::vector<app::WaitingItem>> SqlDossierRepository::atRiskAssignments(Date today,
                                                                             const app::WaitingFilter& filter,
                                                                             std::size_t limit) {
  // Walks the open assignments from today's deadlines onwards (commitment_by_due,
  // assignment_open) and stops at the limit; a milestone is probed by the
  // commitment's key. The condition is the matrix totals' (matrix_filter.h).
  return guarded(tx_, [&]() -> Result<std::vector<app::WaitingItem>> {
    Params params;
    std::string rest = " AND " + atRisk(today, params);
    return assignmentItems(openAssignments(">= ?", today, filter, rest, params, limit));
  });
}

}  // namespace accord::storage::detail
