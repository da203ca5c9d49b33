// The implementation matrix's totals under a filter: how many rows it keeps and,
// per country, what its scorecard counts. Aggregates over the declaration's
// commitments and assignments by their keys; reports are never read, so the cost
// is the declaration's cells, not its history (see tests/bench/README.md).
#include "codec.h"
#include "dossier_repository.h"
#include "matrix_filter.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
std::size_t countRows(Sql& sql, const std::string& where, const Params& params) {
  return static_cast<std::size_t>(sql.query("SELECT COUNT(*) FROM commitment c WHERE " + where, params).i64(0, 0));
}
}  // namespace

Result<app::MatrixTotals> SqlDossierRepository::loadMatrixTotals(const DeclarationId& id,
                                                                 const app::MatrixFilter& filter, Date today,
                                                                 const std::string& after) {
  return guarded(tx_, [&]() -> Result<app::MatrixTotals> {
    app::MatrixTotals out;
    Params rowParams{v(id)};
    std::string rows = "c.declaration_id = ? AND " + rowKept(filter, today, rowParams);
    out.rows = countRows(sql_, rows, rowParams);
    if (!after.empty()) {
      if (!rowsAfter(sql_, id, after, rows, rowParams))
        return Error::invalid("cursor", "does not continue this list; start again without it");
      out.before = out.rows - countRows(sql_, rows, rowParams);
    }

    // Each sum counts the assignments the filter keeps (`kept`), with a further
    // condition; a country the filter keeps no cell of still has its column.
    Params params;
    auto sum = [&](const std::string& also) {
      std::string kept = "a.country IS NOT NULL";
      assignmentFilter(filter, today, kept, params);
      return "SUM(CASE WHEN " + kept + also + " THEN 1 ELSE 0 END)";
    };
    // One statement each: the placeholders' order is the order of the calls.
    std::string select = "SELECT cc.country, " + sum("");
    select += ", " + sum(" AND a.acceptance = 'accepted'");
    select += ", " + sum(" AND a.status = 'completed'");
    select += ", " + sum(" AND c.deadline < ? AND a.acceptance <> 'declined' "
                         "AND a.status NOT IN ('completed', 'cancelled')");
    params.push_back(v(today));
    Params risk;  // the at-risk cells: open, as the overdue sum, and at risk
    std::string atRiskSum = sum(" AND a.acceptance <> 'declined' AND a.status NOT IN ('completed', 'cancelled') AND " +
                                atRisk(today, risk));
    params.insert(params.end(), risk.begin(), risk.end());
    select += ", " + atRiskSum;
    std::string where = " WHERE c.declaration_id = ?";
    params.push_back(v(id));
    if (filter.country) {
      where += " AND cc.country = ?";
      params.push_back(v(*filter.country));
    }
    Rows got = sql_.query(select +
                              " FROM commitment c JOIN commitment_country cc ON cc.commitment_id = c.id "
                              "LEFT JOIN assignment a ON a.commitment_id = cc.commitment_id AND a.country = cc.country" +
                              where + " GROUP BY cc.country ORDER BY cc.country",
                          params);
    for (std::size_t i = 0; i < got.size(); ++i) {
      app::CountryTotals t;
      t.country = country(got, i, 0);
      t.assigned = static_cast<std::size_t>(got.i64(i, 1));
      t.accepted = static_cast<std::size_t>(got.i64(i, 2));
      t.completed = static_cast<std::size_t>(got.i64(i, 3));
      t.overdue = static_cast<std::size_t>(got.i64(i, 4));
      t.atRisk = static_cast<std::size_t>(got.i64(i, 5));
      out.countries.push_back(t);
    }
    return out;
  });
}

}  // namespace accord::storage::detail
