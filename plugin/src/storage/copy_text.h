// Rows in PostgreSQL's COPY text format (one line per row, columns separated by a
// tab, NULL as \N), for the bulk loads that go through COPY ... FROM STDIN on
// PostgreSQL (Sql::insertRows). Values are written as the statements' text
// parameters are (postgresql/exec.cpp), so a row reads back the same either way.
#pragma once

#include <string>
#include <vector>

#include "sql.h"

namespace accord::storage::detail {

// Appends `row` as one line to `out`. Backslash, tab, newline and carriage return
// are escaped (\\, \t, \n, \r): no text can end a column, a row or the data early.
void appendCopyLine(std::string& out, const Params& row);

}  // namespace accord::storage::detail
