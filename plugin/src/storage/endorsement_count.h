// The endorsement_count summary (migration 0015): per declaration, its invited
// countries and how many of them have not answered, so that the secretariat's
// inbox reads one row per open declaration instead of counting its countries.
#pragma once

#include <string>
#include <vector>

#include "sql.h"

namespace accord::storage::detail {

// Rewrites the rows of `declarations` from their invited countries and
// endorsements as stored now. Called in the transaction of every write to either
// (the declaration and endorsement repositories); 57 rows read per declaration.
void refreshEndorsementCounts(Sql& sql, std::vector<std::string> declarations);

}  // namespace accord::storage::detail
