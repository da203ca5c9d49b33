// The implementation matrix (commitments × countries) as a dense grid: one page of
// rows read by key, totals per country that follow the filter, columns ordered by
// name or by number overdue, and a per-country list for phones.
#include <map>

#include "accord/app/authorization.h"
#include "accord/app/read_models.h"
#include "labels.h"
#include "matrix_grid.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

constexpr std::size_t kRowsPerPage = 50;

// The filters as asked in the address; an unknown value is shown as "any".
struct Asked {
  app::MatrixFilter filter;
  ColumnOrder order = ColumnOrder::kName;
  std::string after;

  // The query string that keeps these filters, with `order` and `after` as given.
  std::string query(ColumnOrder o, const std::string& cursor) const {
    std::string q = "?sort=" + std::string(o == ColumnOrder::kOverdue ? "overdue" : "name");
    if (filter.country) q += "&country=" + filter.country->str();
    if (filter.status) q += "&status=" + std::string(toString(*filter.status));
    if (filter.overdueOnly) q += "&overdue=1";
    if (!cursor.empty()) q += "&after=" + pathSegment(cursor);
    return q;
  }
};

Asked asked(const Visit& v) {
  Asked a;
  if (auto c = CountryCode::parse("country", v.queryOr("country")); c.ok()) a.filter.country = *c;
  if (auto s = parseImplementationStatus("status", v.queryOr("status")); s.ok()) a.filter.status = *s;
  a.filter.overdueOnly = v.queryOr("overdue") == "1";
  a.order = parseColumnOrder(v.queryOr("sort"));
  a.after = v.queryOr("after");
  return a;
}

Data cellData(const Site& site, const Visit& v, const MatrixCell& c) {
  CellMark mark = cellMark(c);
  Data d;
  d.set("applies", true);
  d.set("symbol", mark.symbol);
  d.set("label", v.words(mark.label));
  d.set("tone", mark.tone);
  d.set("country", countryName(site, c.country));
  d.set("href", link(v, "/commitments/" + pathSegment(c.commitment->id.str()) + "/countries/" + c.country.str()));
  d.set("acceptance", c.assignment ? badgeData(badge(v.words, c.assignment->acceptance)) : Data(false));
  d.set("status", c.assignment ? badgeData(badge(v.words, c.assignment->status)) : Data(false));
  d.set("assessment", c.assignment ? badgeData(badge(v.words, c.assignment->assessment)) : Data(false));
  d.set("report", c.latestReport ? badgeData(badge(v.words, c.latestReport->state)) : Data(false));
  d.set("noReport", c.assignment != nullptr && c.latestReport == nullptr);
  return d;
}

bool keeps(const Asked& a, const MatrixCell& c) {
  if (a.filter.country && c.country != *a.filter.country) return false;
  if (a.filter.overdueOnly && c.timeliness != Timeliness::kOverdue) return false;
  if (a.filter.status && (!c.assignment || c.assignment->status != *a.filter.status)) return false;
  return true;
}

List options(const std::vector<std::pair<std::string, std::string>>& all, const std::string& chosen) {
  List out;
  for (const auto& [value, label] : all) out.push_back(choice(value, label, value == chosen));
  return out;
}

std::vector<GridColumn> columnsOf(const Site& site, const app::MatrixTotals& totals, ColumnOrder order) {
  std::vector<GridColumn> out;
  for (const app::CountryTotals& t : totals.countries) out.push_back({t.country, countryName(site, t.country), t});
  orderColumns(out, order);
  return out;
}

Data scorecard(const GridColumn& c, const std::string& pick) {
  const app::CountryTotals& t = c.totals;
  Data d;
  d.set("code", c.code.str());
  d.set("name", c.name);
  d.set("pickHref", pick);
  d.set("assigned", withThousands(t.assigned));
  d.set("accepted", withThousands(t.accepted));
  d.set("completed", withThousands(t.completed));
  d.set("overdue", withThousands(t.overdue));
  d.set("hasOverdue", t.overdue > 0);
  d.set("atRisk", withThousands(t.atRisk));
  d.set("hasAtRisk", t.atRisk > 0);
  d.set("percent", std::to_string(t.assigned ? t.completed * 100 / t.assigned : 0));
  return d;
}

}  // namespace

Reply implementationPage(const Site& site, Visit& v) {
  DeclarationId id(v.param("id"));
  Asked a = asked(v);
  app::PageRequest request{kRowsPerPage, a.after};
  auto m = app::implementationMatrixGrid(site.ctx, v.actor(), id, a.filter, request);
  if (!m.ok()) return errorPage(site, v, m.error());
  const ImplementationMatrix& matrix = m->page.matrix;
  const std::string base = "/declarations/" + pathSegment(id.str());
  const std::string here = link(v, base + "/implementation");

  Data view = baseView(site, v, v.words("title.implementation", {{"title", m->page.declaration->title}}));
  view.set("decl", declarationHeader(site, v, *m->page.declaration, "implementation"));

  std::vector<GridColumn> columns = columnsOf(site, m->totals, a.order);
  List heads, scorecards, picks, footnotes;
  std::size_t overdue = 0;
  for (const GridColumn& c : columns) {
    overdue += c.totals.overdue;
    Asked one = a;
    one.filter.country = c.code;
    std::string pick = here + one.query(a.order, "");
    Data h = countryData(site, c.code);
    const Country* known = site.services.countries.find(c.code);
    bool marked = known && !known->footnote.empty();
    h.set("footnote", marked);
    heads.push_back(h);
    scorecards.push_back(scorecard(c, pick));
    if (marked) {
      Data f;
      f.set("name", c.name);
      f.set("text", known->footnote);
      footnotes.push_back(f);
    }
  }
  view.set("columns", heads);
  view.set("scorecards", scorecards);
  view.set("footnotes", footnotes);
  view.set("hasFootnotes", !footnotes.empty());
  view.set("overdueCount", withThousands(overdue));
  view.set("overduePlural", overdue != 1);

  // Each cell by row and column, found once (rows x columns lookups, not x cells).
  std::map<std::pair<const Commitment*, CountryCode>, const MatrixCell*> cellAt;
  for (const MatrixCell& x : matrix.cells) cellAt[{x.commitment, x.country}] = &x;
  List rows, countryList;
  for (const Commitment* c : matrix.commitments) {
    Data row;
    row.set("text", c->text);
    row.set("deadline", c->deadline.iso());
    row.set("editHref", link(v, "/commitments/" + pathSegment(c->id.str()) + "/edit"));
    row.set("remindHref", link(v, "/commitments/" + pathSegment(c->id.str()) + "/reminders"));
    List cells;
    for (const GridColumn& col : columns) {
      auto found = cellAt.find({c, col.code});
      const MatrixCell* cell = found == cellAt.end() ? nullptr : found->second;
      Data d;
      if (cell && keeps(a, *cell)) {
        d = cellData(site, v, *cell);
        if (a.filter.country) {
          Data item = d;
          item.set("text", c->text);
          item.set("deadline", c->deadline.iso());
          countryList.push_back(item);
        }
      } else {
        d.set("applies", false);
        d.set("filtered", cell != nullptr);
      }
      d.set("countryName", col.name);
      cells.push_back(d);
    }
    row.set("cells", cells);
    rows.push_back(row);
  }
  view.set("rows", rows);
  view.set("empty", rows.empty());
  view.set("range", rowRange(v.words, m->totals.before, rows.size(), m->totals.rows));
  view.set("nextHref", m->page.next.empty() ? Data(false) : Data(here + a.query(a.order, m->page.next)));
  view.set("firstHref", a.after.empty() ? Data(false) : Data(here + a.query(a.order, "")));
  view.set("byNameHref", here + a.query(ColumnOrder::kName, a.after));
  view.set("byOverdueHref", here + a.query(ColumnOrder::kOverdue, a.after));
  view.set("byName", a.order == ColumnOrder::kName);
  view.set("sort", a.order == ColumnOrder::kOverdue ? "overdue" : "name");
  view.set("legend", matrixLegend(v.words));
  view.set("countryChosen", a.filter.country.has_value());
  view.set("chosenName", a.filter.country ? countryName(site, *a.filter.country) : "");
  view.set("countryList", countryList);
  view.set("countryListEmpty", countryList.empty());

  std::vector<std::pair<std::string, std::string>> countries{{"", v.words("filter.all_countries")}};
  for (const GridColumn& c : columnsOf(site, m->totals, ColumnOrder::kName)) countries.emplace_back(c.code.str(), c.name);
  if (a.filter.country && m->totals.countries.empty())  // a country the declaration does not apply to
    countries.emplace_back(a.filter.country->str(), countryName(site, *a.filter.country));
  view.set("countryOptions", options(countries, a.filter.country ? a.filter.country->str() : ""));
  std::vector<std::pair<std::string, std::string>> statuses{{"", v.words("filter.any_status")}};
  for (ImplementationStatus s : {ImplementationStatus::kNotStarted, ImplementationStatus::kInProgress,
                                 ImplementationStatus::kCompleted, ImplementationStatus::kOnHold,
                                 ImplementationStatus::kCancelled})
    statuses.emplace_back(toString(s), badge(v.words, s).label);
  view.set("statusOptions", options(statuses, a.filter.status ? toString(*a.filter.status) : ""));
  view.set("overdueOnly", a.filter.overdueOnly);
  view.set("action", here);
  // Offered only to who the use case lets define commitments: the same rule.
  view.set("mayDefine", app::authorize(v.actor(), app::Action::kDefineCommitment).ok());
  view.set("newCommitmentHref", link(v, base + "/commitments/new"));
  view.set("docxHref", link(v, base + "/download?document=implementation&format=docx"));
  view.set("csvHref", link(v, base + "/implementation.csv"));
  return renderPage(site, v, "implementation", view);
}

}  // namespace accord::web
