// The implementation matrix as a dense grid: one compact mark per cell (with its
// words), the columns' order, and the page's place in the rows. Pure view-model
// pieces, so that tests can state what a reader sees without a server.
#pragma once

#include <string>
#include <vector>

#include "accord/app/repositories.h"
#include "accord/domain/tally.h"
#include "templates.h"
#include "wording.h"

namespace accord::web {

// What one cell shows: a symbol for a quick scan (never alone: `label` is read out
// and printed on hover/focus), and the tone the stylesheet colours.
struct CellMark {
  std::string symbol;  // "✕"
  std::string label;   // its words' catalogue key: "label.timeliness.overdue" ("Overdue")
  std::string tone;    // "bad"
};

// The mark of `cell`, from its timeliness first (what a monitor scans for), then
// its acceptance and status when nothing is due.
CellMark cellMark(const domain::MatrixCell& cell);

// Every mark a cell can show, in the legend's order, as {symbol, label, tone}.
List matrixLegend(const Wording& w);

enum class ColumnOrder { kName, kOverdue };
// "overdue" -> kOverdue; anything else (the default) -> kName.
ColumnOrder parseColumnOrder(const std::string& text);

// A column of the grid: a country with the totals the filter keeps.
struct GridColumn {
  domain::CountryCode code;
  std::string name;  // as printed: "Kosovo*"
  app::CountryTotals totals;
};

// Orders `columns` by name, or by overdue count (most first, then by name).
void orderColumns(std::vector<GridColumn>& columns, ColumnOrder order);

// "1,000" for 1000.
std::string withThousands(std::size_t n);

// Where a page stands in the rows: "Commitments 51–100 of 1,000"; "1 commitment"
// for a single row; "No commitment" when the filter keeps none.
std::string rowRange(const Wording& w, std::size_t before, std::size_t shown, std::size_t total);

}  // namespace accord::web
