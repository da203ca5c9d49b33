// Ordered country lists owned by a record (a declaration's invitations, a
// commitment's countries) that other rows refer to by foreign key.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/country.h"
#include "sql.h"

namespace accord::storage::detail {

// Makes `table` hold exactly `countries` for the owner, in that order. Rows that
// stay are updated in place rather than deleted and re-inserted, because
// endorsements and assignments refer to them; removing one that is referred to
// fails on the foreign key, as it should.
void syncCountries(Sql& sql, const std::string& table, const std::string& ownerColumn, const std::string& owner,
                   const std::vector<domain::CountryCode>& countries);

}  // namespace accord::storage::detail
