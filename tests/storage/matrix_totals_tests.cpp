// The implementation matrix's totals under a filter (DossierRepository::
// loadMatrixTotals, through app::implementationMatrixGrid): per country what the
// whole matrix counts of the cells the filter keeps, the rows it keeps, and how
// many of them come before a page's cursor.
#include <array>
#include <map>
#include <set>

#include "accord/app/dossier_use_cases.h"
#include "accord/app/read_models.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ImplementationStatus;

BOOST_AUTO_TEST_SUITE(matrix_totals_tests)

namespace {
bool keeps(const app::MatrixFilter& f, const domain::MatrixCell& c) {
  if (f.country && c.country != *f.country) return false;
  if (f.status && (!c.assignment || c.assignment->status != *f.status)) return false;
  if (f.overdueOnly && c.timeliness != domain::Timeliness::kOverdue) return false;
  return true;
}

// "assigned accepted completed overdue at-risk" per country, as the whole matrix has them.
using Totals = std::map<std::string, std::string>;

std::string line(const std::array<std::size_t, 5>& n) {
  std::string out;
  for (std::size_t x : n) out += (out.empty() ? "" : " ") + std::to_string(x);
  return out;
}

app::MatrixFilter overdueIn(std::optional<domain::CountryCode> country) {
  app::MatrixFilter f{country, std::nullopt};
  f.overdueOnly = true;
  return f;
}
}  // namespace

BOOST_DATA_TEST_CASE(totals_follow_the_filter_over_every_row, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const auto& id = sample.declarations[0].id;
  // Two weeks before the deadline (31 December 2017) the cells not started are at
  // risk; after it, the open cells are overdue.
  std::size_t atRiskSeen = 0;
  for (const char* day : {"2017-12-15T00:00:00Z", "2018-02-01T00:00:00Z"}) {
    env.clock.set(at(day));
    auto whole = ok(app::implementationMatrix(env.ctx, monitor(), id));
    for (const app::MatrixFilter& f : {app::MatrixFilter{}, app::MatrixFilter{cc("AL"), std::nullopt},
                                       app::MatrixFilter{std::nullopt, ImplementationStatus::kInProgress},
                                       overdueIn(std::nullopt), overdueIn(cc("MK"))}) {
      std::map<std::string, std::array<std::size_t, 5>> counts;
      std::set<std::string> rows;
      for (const auto& c : whole.matrix.cells) {
        if (f.country && c.country != *f.country) continue;
        auto& n = counts[c.country.str()];  // the column stays, even with nothing kept
        if (!keeps(f, c) || !c.assignment) continue;
        rows.insert(c.commitment->id.str());
        ++n[0];
        n[1] += c.assignment->acceptance == domain::Acceptance::kAccepted;
        n[2] += c.assignment->status == ImplementationStatus::kCompleted;
        n[3] += c.timeliness == domain::Timeliness::kOverdue;
        n[4] += c.timeliness == domain::Timeliness::kAtRisk;
      }
      Totals expected, got;
      for (const auto& [country, n] : counts) expected[country] = line(n);
      auto grid = ok(app::implementationMatrixGrid(env.ctx, monitor(), id, f, {1, {}}));
      for (const auto& t : grid.totals.countries) {
        got[t.country.str()] = line({t.assigned, t.accepted, t.completed, t.overdue, t.atRisk});
        if (!f.country && !f.status && !f.overdueOnly) atRiskSeen += t.atRisk;
      }
      BOOST_TEST((got == expected), day);
      BOOST_TEST(grid.totals.rows == rows.size());
      BOOST_TEST(grid.totals.before == 0u);
      // Every page says how many rows came before it.
      std::size_t before = 0;
      app::PageRequest page{1, {}};
      do {
        auto g = ok(app::implementationMatrixGrid(env.ctx, monitor(), id, f, page));
        BOOST_TEST(g.totals.before == before);
        before += g.page.matrix.commitments.size();
        page.after = g.page.next;
      } while (!page.after.empty());
      BOOST_TEST(before == rows.size());
    }
  }
  BOOST_TEST(atRiskSeen > 0u, "the sample has cells at risk on one of the days");
  // Overdue only keeps overdue cells, and some there are.
  auto overdue = ok(app::implementationMatrixGrid(env.ctx, monitor(), id, overdueIn(std::nullopt), {50, {}}));
  BOOST_TEST(overdue.page.overdue > 0u);
  BOOST_TEST(!overdue.page.matrix.commitments.empty());
  for (const domain::Commitment* row : overdue.page.matrix.commitments) {
    bool any = false;
    for (const auto& c : overdue.page.matrix.cells) any |= c.commitment == row && keeps(overdueIn(std::nullopt), c);
    BOOST_TEST(any, "row " << row->id.str() << " has an overdue cell");
  }
  BOOST_TEST((codeOf(app::implementationMatrixGrid(env.ctx, monitor(), id, {}, {1, "no-such-commitment"})) ==
              domain::ErrorCode::kInvalidArgument));
}

BOOST_AUTO_TEST_SUITE_END()
