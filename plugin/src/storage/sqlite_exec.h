// SQLite statements read straight through the sqlite3 API on the handle of the
// Poco session (as postgresql/exec.cpp does with libpq). Poco::Data's RecordSet
// stores every cell in typed columns and hands each back as a Poco::Dynamic::Var
// converted to text: on the matrix page of 2,850 cells that was most of the
// read's CPU (tests/bench/README.md). The session, its transactions and the
// exceptions (Poco's SQLite exception classes, which db_error.cpp maps) are unchanged.
#pragma once

#include <string>

#include "pg_result.h"
#include "sql.h"

namespace Poco::Data {
class Session;
}

namespace accord::storage::detail {

// Runs one statement on `session`, a Poco SQLite session, and returns its rows as
// text cells (integers and reals in their shortest exact text; kinds are kText,
// kInteger or kReal after the column's first non-NULL value). Throws Poco's
// SQLite exceptions, as Poco::Data's statements do.
PgResult sqliteExec(Poco::Data::Session& session, const std::string& sql, const Params& params);

}  // namespace accord::storage::detail
