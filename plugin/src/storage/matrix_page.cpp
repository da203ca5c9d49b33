// One page of the implementation matrix: the rows (commitments) of the page, read
// by key, and the overdue count, a sum over one row per commitment. What the page
// costs is its rows and their cells, never the declaration's reports nor all its
// assignments (see tests/bench/README.md).
#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

#include "assignment_repository.h"
#include "codec.h"
#include "commitment_repository.h"
#include "declaration_repository.h"
#include "dossier_repository.h"
#include "matrix_filter.h"
#include "open_assignment_count.h"
#include "report_repository.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
// Overdue as the domain's timeliness has it (domain/assignment.cpp): neither
// declined, completed nor cancelled, and past the commitment's deadline. Without a
// condition on the cells this is the sum of open_assignment_count (migration 0020)
// over the commitments past their deadline: a row per commitment. A filter by
// status or country counts the assignments it keeps, by key.
std::size_t overdueCount(Sql& sql, const DeclarationId& id, const app::MatrixFilter& filter, Date today) {
  Params params{v(id), v(today)};
  if (!filter.status && !filter.country)
    return static_cast<std::size_t>(
        sql.query("SELECT COALESCE(SUM(o.assignments), 0) FROM commitment c "
                  "JOIN open_assignment_count o ON o.commitment_id = c.id "
                  "WHERE c.declaration_id = ? AND c.deadline < ?",
                  params)
            .i64(0, 0));
  std::string overdue = std::string("SELECT COUNT(*) FROM commitment c JOIN assignment a ON a.commitment_id = c.id "
                                    "WHERE c.declaration_id = ? AND c.deadline < ? AND ") +
                        kOpenAssignment;
  assignmentFilter(filter, today, overdue, params);
  return static_cast<std::size_t>(sql.query(overdue, params).i64(0, 0));
}
}  // namespace

Result<app::MatrixPage> SqlDossierRepository::loadMatrixPage(const DeclarationId& id, const app::MatrixFilter& filter,
                                                             Date today, const app::PageRequest& page) {
  return guarded(tx_, [&]() -> Result<app::MatrixPage> {
    app::MatrixPage out;
    Dossier& d = out.slice;
    d.declarations = loadDeclarations(sql_, {"id = ?", "declaration_id = ?", {v(id)}}, "id", false);
    if (d.declarations.empty()) return Error::notFound("declaration " + id.str() + " does not exist", "declaration");

    // The page's rows, by key: commitment_by_declaration, then the row test per candidate.
    Params params{v(id)};
    std::string where = "c.declaration_id = ? AND " + rowKept(filter, today, params);
    if (!page.after.empty() && !rowsAfter(sql_, id, page.after, where, params))
      return Error::invalid("cursor", "does not continue this list; start again without it");
    std::size_t limit = page.clampedLimit();
    params.push_back(v(static_cast<long>(limit + 1)));
    Rows ids = sql_.query("SELECT c.id FROM commitment c WHERE " + where + " ORDER BY c.ord, c.id LIMIT ?", params);
    std::size_t n = std::min(ids.size(), limit);
    if (ids.size() > limit) out.next = ids.str(n - 1, 0);

    if (n > 0) {
      Params rows;
      for (std::size_t i = 0; i < n; ++i) rows.push_back(v(ids.str(i, 0)));
      const std::string in = "(" + placeholders(n) + ")";
      d.commitments = loadCommitments(sql_, {"id IN " + in, "commitment_id IN " + in, rows}, "ord, id");
      // Each commitment's assignments in stored order; the rows are put in page order below.
      d.assignments = loadAssignments(sql_, "commitment_id IN " + in, rows,
                                      std::string("commitment_id") + sql_.byteOrder() + ", ord");
      // The cells' latest reports as one range of latest_report's primary key, which
      // carries what a cell shows (migration 18): probing `report` per cell cost
      // 10-28 ms on PostgreSQL for 2,850 cells (tests/bench/README.md).
      d.reports = loadLatestReportHeads(sql_, "commitment_id IN " + in, rows);
      // Into the page's row order, stably: each assignment's row looked up once, not
      // twice per comparison (2,850 cells on a page of 50 rows × 57 countries).
      std::unordered_map<std::string, std::size_t> position;
      for (std::size_t i = 0; i < d.commitments.size(); ++i) position.emplace(d.commitments[i].id.str(), i);
      std::vector<std::pair<std::size_t, std::size_t>> order;  // (row, index in d.assignments)
      order.reserve(d.assignments.size());
      for (std::size_t i = 0; i < d.assignments.size(); ++i)
        order.emplace_back(position.at(d.assignments[i].commitment.str()), i);
      std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      std::vector<Assignment> sorted;
      sorted.reserve(order.size());
      for (const auto& [row, i] : order) sorted.push_back(std::move(d.assignments[i]));
      d.assignments = std::move(sorted);
    }

    out.overdue = overdueCount(sql_, id, filter, today);
    return out;
  });
}

}  // namespace accord::storage::detail
