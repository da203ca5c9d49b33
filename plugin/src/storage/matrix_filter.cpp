#include "matrix_filter.h"

#include "codec.h"

namespace accord::storage::detail {

void assignmentFilter(const app::MatrixFilter& f, domain::Date today, std::string& where, Params& params) {
  if (f.status) {
    where += " AND a.status = ?";
    params.push_back(v(toString(*f.status)));
  }
  if (f.country) {
    where += " AND a.country = ?";
    params.push_back(v(*f.country));
  }
  if (f.overdueOnly) {
    where += " AND c.deadline < ? AND a.acceptance <> 'declined' AND a.status NOT IN ('completed', 'cancelled')";
    params.push_back(v(today));
  }
}

std::string atRisk(domain::Date today, Params& params) {
  params.insert(params.end(), {v(today), v(today.plusDays(domain::kAtRiskWindowDays)), v(today)});
  return "c.deadline >= ? AND ((a.status = 'not_started' AND c.deadline <= ?) OR EXISTS ("
         "SELECT 1 FROM milestone m LEFT JOIN assignment_milestone am "
         "ON am.commitment_id = m.commitment_id AND am.country = a.country AND am.milestone_id = m.id "
         "WHERE m.commitment_id = c.id AND m.due < ? AND COALESCE(am.state, m.state) IN ('pending', 'missed')))";
}

std::string rowKept(const app::MatrixFilter& f, domain::Date today, Params& params) {
  if (f.status || f.overdueOnly) {
    std::string where = "a.commitment_id = c.id";
    assignmentFilter(f, today, where, params);
    return "EXISTS (SELECT 1 FROM assignment a WHERE " + where + ")";
  }
  if (!f.country) return "EXISTS (SELECT 1 FROM commitment_country cc WHERE cc.commitment_id = c.id)";
  params.push_back(v(*f.country));
  return "EXISTS (SELECT 1 FROM commitment_country cc WHERE cc.commitment_id = c.id AND cc.country = ?)";
}

bool rowsAfter(Sql& sql, const domain::DeclarationId& id, const std::string& after, std::string& where,
               Params& params) {
  Rows cursor = sql.query("SELECT ord FROM commitment WHERE id = ? AND declaration_id = ?", {v(after), v(id)});
  if (cursor.size() == 0) return false;
  where += " AND (c.ord > ? OR (c.ord = ? AND c.id > ?))";
  params.insert(params.end(), {v(cursor.i64(0, 0)), v(cursor.i64(0, 0)), v(after)});
  return true;
}

}  // namespace accord::storage::detail
