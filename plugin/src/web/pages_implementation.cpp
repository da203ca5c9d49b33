// The implementation matrix (commitments × countries) with filters, and a
// scorecard per country.
#include <map>

#include "accord/app/authorization.h"
#include "accord/app/read_models.h"
#include "labels.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

struct Filters {
  std::string country;  // code or empty
  std::string status;   // implementation status name or empty
  bool overdueOnly = false;

  bool keeps(const MatrixCell& c) const {
    if (!country.empty() && c.country.str() != country) return false;
    if (overdueOnly && c.timeliness != Timeliness::kOverdue) return false;
    if (!status.empty() && (!c.assignment || status != toString(c.assignment->status))) return false;
    return true;
  }
};

struct Score {
  std::size_t assigned = 0, accepted = 0, completed = 0, overdue = 0, atRisk = 0;
};

Data cellData(const Site& site, const Visit& v, const MatrixCell& c) {
  Data d;
  d.set("country", countryName(site, c.country));
  d.set("href", link(v, "/commitments/" + pathSegment(c.commitment->id.str()) + "/countries/" + c.country.str()));
  d.set("assigned", c.assignment != nullptr);
  d.set("acceptance", c.assignment ? badgeData(badge(c.assignment->acceptance)) : Data(false));
  d.set("status", c.assignment ? badgeData(badge(c.assignment->status)) : Data(false));
  d.set("assessment", c.assignment ? badgeData(badge(c.assignment->assessment)) : Data(false));
  d.set("timeliness", c.timeliness ? badgeData(badge(*c.timeliness)) : Data(false));
  d.set("overdue", c.timeliness == Timeliness::kOverdue);
  d.set("report", c.latestReport ? badgeData(badge(c.latestReport->state)) : Data(false));
  return d;
}

List options(const std::vector<std::pair<std::string, std::string>>& all, const std::string& chosen) {
  List out;
  for (const auto& [value, label] : all) {
    Data o;
    o.set("value", value);
    o.set("label", label);
    o.set("selected", value == chosen);
    out.push_back(o);
  }
  return out;
}

}  // namespace

Reply implementationPage(const Site& site, Visit& v) {
  DeclarationId id(v.param("id"));
  auto m = app::implementationMatrix(site.ctx, v.actor(), id);
  if (!m.ok()) return errorPage(site, v, m.error());
  Filters f{v.queryOr("country"), v.queryOr("status"), v.queryOr("overdue") == "1"};
  const ImplementationMatrix& matrix = m->matrix;

  Data view = baseView(site, v, "Implementation: " + m->declaration->title);
  view.set("decl", declarationHeader(site, v, *m->declaration, "implementation"));
  List header;
  for (const CountryCode& c : matrix.countries)
    if (f.country.empty() || f.country == c.str()) header.push_back(countryData(site, c));
  view.set("columns", header);

  // Each cell by row and column, found once: scanning every cell for each of them
  // cost rows x columns x cells (3 x 10^9 steps for 1,000 commitments and 57 countries).
  std::map<std::pair<const Commitment*, CountryCode>, const MatrixCell*> cellAt;
  for (const MatrixCell& x : matrix.cells) cellAt[{x.commitment, x.country}] = &x;
  std::map<CountryCode, Score> scores;
  List rows;
  for (const Commitment* c : matrix.commitments) {
    Data row;
    row.set("text", c->text);
    row.set("deadline", c->deadline.iso());
    row.set("editHref", link(v, "/commitments/" + pathSegment(c->id.str()) + "/edit"));
    row.set("remindHref", link(v, "/commitments/" + pathSegment(c->id.str()) + "/reminders"));
    List cells;
    bool any = false;
    for (const CountryCode& country : matrix.countries) {
      if (!f.country.empty() && f.country != country.str()) continue;
      auto found = cellAt.find({c, country});
      const MatrixCell* cell = found == cellAt.end() ? nullptr : found->second;
      if (cell && cell->assignment) {
        Score& s = scores[country];
        ++s.assigned;
        s.accepted += cell->assignment->acceptance == Acceptance::kAccepted;
        s.completed += cell->assignment->status == ImplementationStatus::kCompleted;
        s.overdue += cell->timeliness == Timeliness::kOverdue;
        s.atRisk += cell->timeliness == Timeliness::kAtRisk;
      }
      Data d;
      if (cell && f.keeps(*cell)) {
        d = cellData(site, v, *cell);
        d.set("applies", true);
        any = true;
      } else {
        d.set("applies", false);
        d.set("filtered", cell != nullptr);
        d.set("country", countryName(site, country));
      }
      cells.push_back(d);
    }
    row.set("cells", cells);
    if (any) rows.push_back(row);
  }
  view.set("rows", rows);
  view.set("empty", rows.empty());
  view.set("overdueCount", std::to_string(matrix.overdue));

  List scorecards;
  for (const CountryCode& c : matrix.countries) {
    const Score& s = scores[c];
    Data d = countryData(site, c);
    d.set("assigned", std::to_string(s.assigned));
    d.set("accepted", std::to_string(s.accepted));
    d.set("completed", std::to_string(s.completed));
    d.set("overdue", std::to_string(s.overdue));
    d.set("hasOverdue", s.overdue > 0);
    d.set("atRisk", std::to_string(s.atRisk));
    d.set("percent", std::to_string(s.assigned ? s.completed * 100 / s.assigned : 0));
    scorecards.push_back(d);
  }
  view.set("scorecards", scorecards);

  std::vector<std::pair<std::string, std::string>> countries{{"", "All countries"}};
  for (const CountryCode& c : matrix.countries) countries.emplace_back(c.str(), countryName(site, c));
  view.set("countryOptions", options(countries, f.country));
  std::vector<std::pair<std::string, std::string>> statuses{{"", "Any status"}};
  for (ImplementationStatus s : {ImplementationStatus::kNotStarted, ImplementationStatus::kInProgress,
                                 ImplementationStatus::kCompleted, ImplementationStatus::kOnHold,
                                 ImplementationStatus::kCancelled})
    statuses.emplace_back(toString(s), badge(s).label);
  view.set("statusOptions", options(statuses, f.status));
  view.set("overdueOnly", f.overdueOnly);
  view.set("action", link(v, "/declarations/" + pathSegment(id.str()) + "/implementation"));
  std::string base = "/declarations/" + pathSegment(id.str());
  // Offered only to who the use case lets define commitments: the same rule.
  view.set("mayDefine", app::authorize(v.actor(), app::Action::kDefineCommitment).ok());
  view.set("newCommitmentHref", link(v, base + "/commitments/new"));
  view.set("docxHref", link(v, base + "/download?document=implementation&format=docx"));
  view.set("csvHref", link(v, base + "/implementation.csv"));
  return renderPage(site, v, "implementation", view);
}

}  // namespace accord::web
