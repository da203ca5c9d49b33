// One page of the implementation matrix: the rows (commitments) of the page, read
// by key, and the overdue count, one indexed aggregate. What the page costs is its
// rows and their cells, never the declaration's reports (see tests/bench/README.md).
#include <algorithm>
#include <unordered_map>

#include "assignment_repository.h"
#include "codec.h"
#include "commitment_repository.h"
#include "declaration_repository.h"
#include "dossier_repository.h"
#include "matrix_filter.h"
#include "report_repository.h"

namespace accord::storage::detail {

using namespace accord::domain;


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
      const std::string latest = "(SELECT report_id FROM latest_report WHERE commitment_id IN " + in + ")";
      d.commitments = loadCommitments(sql_, {"id IN " + in, "commitment_id IN " + in, rows}, "ord, id");
      d.assignments = loadAssignments(sql_, "commitment_id IN " + in, rows);
      // PostgreSQL hash-joins `id IN (subquery)` with a scan of every report once the
      // page has a few thousand cells (209 ms for 2,850 of 570,000, tests/bench/
      // README.md); an array of ids makes it probe report_pkey per cell.
      d.reports = loadReportHeads(
          sql_, sql_.dialect() == Dialect::kPostgresql ? "id = ANY (ARRAY" + latest + ")" : "id IN " + latest, rows);
      std::unordered_map<std::string, std::size_t> position;
      for (std::size_t i = 0; i < d.commitments.size(); ++i) position.emplace(d.commitments[i].id.str(), i);
      std::stable_sort(d.assignments.begin(), d.assignments.end(), [&](const Assignment& a, const Assignment& b) {
        return position.at(a.commitment.str()) < position.at(b.commitment.str());
      });
    }

    // Overdue as the domain's timeliness has it (domain/assignment.cpp): neither
    // declined, completed nor cancelled, and past the commitment's deadline.
    Params count{v(id), v(today)};
    std::string overdue =
        "SELECT COUNT(*) FROM commitment c JOIN assignment a ON a.commitment_id = c.id "
        "WHERE c.declaration_id = ? AND c.deadline < ? AND a.acceptance <> 'declined' "
        "AND a.status NOT IN ('completed', 'cancelled')";
    assignmentFilter(filter, today, overdue, count);
    out.overdue = static_cast<std::size_t>(sql_.query(overdue, count).i64(0, 0));
    return out;
  });
}

}  // namespace accord::storage::detail
