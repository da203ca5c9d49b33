// The implementation grid's view-model pieces (matrix_grid.h): a mark with words for
// every cell, the columns' order, and the page's place in the rows.
#include <set>

#include <boost/test/unit_test.hpp>

#include "matrix_grid.h"
#include "shipped_words.h"

using namespace accord::web;
using namespace accord::domain;

namespace {
const accord::web::Wording en = accord::web::shippedWords();
}  // namespace

BOOST_AUTO_TEST_SUITE(matrix_grid_tests)

namespace {
struct CellOf {
  Commitment commitment;
  Assignment assignment;
  MatrixCell cell{};
  CellOf(std::optional<Timeliness> t, ImplementationStatus s) {
    assignment.status = s;
    cell.commitment = &commitment;
    cell.assignment = &assignment;
    cell.timeliness = t;
  }
};
}  // namespace

BOOST_AUTO_TEST_CASE(each_cell_has_one_symbol_and_its_words) {
  CellOf overdue(Timeliness::kOverdue, ImplementationStatus::kInProgress);
  CellOf atRisk(Timeliness::kAtRisk, ImplementationStatus::kNotStarted);
  CellOf onTrack(Timeliness::kOnTrack, ImplementationStatus::kInProgress);
  CellOf done(Timeliness::kOnTrack, ImplementationStatus::kCompleted);
  CellOf declined(std::nullopt, ImplementationStatus::kNotStarted);
  BOOST_TEST(en(cellMark(overdue.cell).label) == "Overdue");
  BOOST_TEST(cellMark(overdue.cell).symbol == "\u2715");
  BOOST_TEST(cellMark(overdue.cell).tone == "bad");
  BOOST_TEST(en(cellMark(atRisk.cell).label) == "At risk");
  BOOST_TEST(cellMark(onTrack.cell).symbol == "\u2713");
  BOOST_TEST(en(cellMark(done.cell).label) == "Completed");
  BOOST_TEST(cellMark(declined.cell).symbol == "\u2013");
  MatrixCell unassigned{};
  BOOST_TEST(en(cellMark(unassigned).label) == "Not assigned yet");
  // The legend names every mark once, each with a distinct symbol.
  std::set<std::string> symbols;
  for (const Data& d : matrixLegend(en)) symbols.insert(d.get("symbol")->string_value());
  BOOST_TEST(symbols.size() == matrixLegend(en).size());
  BOOST_TEST(symbols.count(cellMark(atRisk.cell).symbol) == 1u);
}

BOOST_AUTO_TEST_CASE(columns_order_by_name_or_by_number_overdue) {
  auto column = [](const char* code, const char* name, std::size_t overdue) {
    GridColumn c{*CountryCode::parse("code", code), name, {}};
    c.totals.overdue = overdue;
    return c;
  };
  std::vector<GridColumn> cols{column("RS", "Serbia", 2), column("AL", "Albania", 0), column("XK", "Kosovo*", 5),
                               column("MK", "North Macedonia", 2)};
  orderColumns(cols, parseColumnOrder("name"));
  std::vector<std::string> names;
  for (const auto& c : cols) names.push_back(c.name);
  BOOST_TEST(names == (std::vector<std::string>{"Albania", "Kosovo*", "North Macedonia", "Serbia"}),
             boost::test_tools::per_element());
  orderColumns(cols, parseColumnOrder("overdue"));
  names.clear();
  for (const auto& c : cols) names.push_back(c.name);
  // Most overdue first; a tie by name.
  BOOST_TEST(names == (std::vector<std::string>{"Kosovo*", "North Macedonia", "Serbia", "Albania"}),
             boost::test_tools::per_element());
  BOOST_TEST((parseColumnOrder("<script>") == ColumnOrder::kName));
}

BOOST_AUTO_TEST_CASE(the_page_says_where_it_stands_in_the_rows) {
  BOOST_TEST(rowRange(en, 0, 50, 1000) == "Commitments 1\u201350 of 1,000");
  BOOST_TEST(rowRange(en, 950, 50, 1000) == "Commitments 951\u20131,000 of 1,000");
  BOOST_TEST(rowRange(en, 0, 1, 1) == "1 commitment");
  BOOST_TEST(rowRange(en, 0, 0, 0) == "No commitment");
  BOOST_TEST(withThousands(1234567) == "1,234,567");
  BOOST_TEST(withThousands(999) == "999");
}

BOOST_AUTO_TEST_SUITE_END()
