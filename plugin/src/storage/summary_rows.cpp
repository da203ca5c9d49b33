#include "summary_rows.h"

#include <algorithm>

namespace accord::storage::detail {

namespace {
constexpr std::size_t kIdsPerStatement = 500;
}

void rewriteSummaries(Sql& sql, std::vector<std::string> owners, const std::string& ownerTable,
                      const std::string& lock,
                      const std::function<void(const std::string& in, const Params& ids)>& rewrite) {
  std::sort(owners.begin(), owners.end());
  owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
  for (std::size_t start = 0; start < owners.size(); start += kIdsPerStatement) {
    std::size_t end = std::min(owners.size(), start + kIdsPerStatement);
    Params ids(owners.begin() + static_cast<std::ptrdiff_t>(start), owners.begin() + static_cast<std::ptrdiff_t>(end));
    std::string in = "(" + placeholders(ids.size()) + ")";
    if (sql.dialect() == Dialect::kPostgresql)
      sql.query("SELECT id FROM " + ownerTable + " WHERE id IN " + in + " ORDER BY id" + sql.byteOrder() + " " + lock,
                ids);
    rewrite(in, ids);
  }
}

}  // namespace accord::storage::detail
