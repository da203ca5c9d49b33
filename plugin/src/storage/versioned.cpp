#include "versioned.h"

namespace accord::storage::detail {

domain::Result<long> versionedUpdate(Sql& sql, const std::string& table, const std::string& set, Params setParams,
                                     const std::string& key, const Params& keyParams, long expected,
                                     const std::string& what) {
  Params params = std::move(setParams);
  params.insert(params.end(), keyParams.begin(), keyParams.end());
  params.emplace_back(std::int64_t{expected});
  std::size_t changed =
      sql.exec("UPDATE " + table + " SET " + set + ", version = version + 1 WHERE " + key + " AND version = ?",
               std::move(params));
  if (changed == 1) return expected + 1;
  Rows r = sql.query("SELECT version FROM " + table + " WHERE " + key, keyParams);
  if (r.size() == 0) return domain::Error::notFound(what + " does not exist");
  return domain::Error::conflict(what + " was changed by someone else (stored version " +
                                 std::to_string(r.i64(0, 0)) + ", yours " + std::to_string(expected) +
                                 "); reload it and try again");
}

}  // namespace accord::storage::detail
