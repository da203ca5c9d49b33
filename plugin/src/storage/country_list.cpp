#include "country_list.h"

#include <set>

namespace accord::storage::detail {

void syncCountries(Sql& sql, const std::string& table, const std::string& ownerColumn, const std::string& owner,
                   const std::vector<domain::CountryCode>& countries) {
  Rows stored = sql.query("SELECT country FROM " + table + " WHERE " + ownerColumn + " = ?", {owner});
  std::set<std::string> before, after;
  for (std::size_t i = 0; i < stored.size(); ++i) before.insert(stored.str(i, 0));
  for (const auto& c : countries) after.insert(c.str());
  for (const auto& c : before)
    if (!after.count(c)) sql.exec("DELETE FROM " + table + " WHERE " + ownerColumn + " = ? AND country = ?", {owner, c});
  std::vector<Params> added;
  for (std::size_t i = 0; i < countries.size(); ++i) {
    const std::string& c = countries[i].str();
    if (before.count(c))
      sql.exec("UPDATE " + table + " SET ord = ? WHERE " + ownerColumn + " = ? AND country = ?",
               {static_cast<std::int64_t>(i), owner, c});
    else
      added.push_back({owner, static_cast<std::int64_t>(i), c});
  }
  sql.insertRows(table, {ownerColumn, "ord", "country"}, std::move(added));
}

}  // namespace accord::storage::detail
