// portfolio_bench: loads the portfolio-scale data set (bench_portfolio.h) into one
// database, conference by conference (each import validated and inserted in one
// transaction with multi-row INSERTs), then appends the audit events through the
// audit log (hash-chained, in transactions of 5,000), with a progress bar; then,
// on a cold server, times what people open most: the inbox of each role (monitor,
// secretariat, one country's coordinator), a page of the implementation matrix and
// the endorsement status of one declaration. --loaded skips the load and times a
// database an earlier run filled.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <vector>

#include "accord/app/dossier_use_cases.h"
#include "accord/app/overview.h"
#include "accord/app/read_models.h"
#include "accord/base/data_dir.h"
#include "accord/bundle/bundle.h"
#include "accord/json/json_snapshots.h"
#include "accord/storage/storage.h"
#include "bench_portfolio.h"
#include "bench_timing.h"

using namespace accord;
using Clock = std::chrono::steady_clock;

namespace {
double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

template <class T>
T must(domain::Result<T> r, const char* what) {
  if (!r.ok()) {
    std::cerr << "\nportfolio_bench: " << what << ": " << r.error().message << "\n";
    std::exit(1);
  }
  return std::move(r).value();
}

void progress(const char* what, double done, double total, Clock::time_point start) {
  constexpr int kWidth = 40;
  int filled = static_cast<int>(kWidth * done / total);
  std::cerr << "\r" << what << " [" << std::string(static_cast<std::size_t>(filled), '#')
            << std::string(static_cast<std::size_t>(kWidth - filled), ' ') << "] " << std::setw(3)
            << static_cast<int>(100 * done / total) << "% " << std::fixed << std::setprecision(0)
            << secondsSince(start) << " s" << std::flush;
}

}  // namespace

int main(int argc, char** argv) {
  std::string uri;
  double scale = 1;
  bool loaded = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--help") {
      std::cout << "usage: portfolio_bench [--storage URI] [--scale S] [--loaded]\n"
                   "  --storage URI  an empty database (default: a new SQLite file under the temp directory)\n"
                   "  --loaded       URI already holds the portfolio at scale S (an earlier run's): time only\n"
                   "  --scale S      0 < S <= 1: the share of commitments and audit events (default 1: 20,000\n"
                   "                 commitments, 1,000,000 assignments, 5,000,000 reports, 2,000,000 events)\n";
      return 0;
    }
    if (a == "--loaded") {
      loaded = true;
      continue;
    }
    if (i + 1 >= argc) {
      std::cerr << "portfolio_bench: " << a << " needs a value (see --help)\n";
      return 2;
    }
    if (a == "--storage") uri = argv[++i];
    else if (a == "--scale") scale = std::atof(argv[++i]);
    else {
      std::cerr << "portfolio_bench: unknown option " << a << " (see --help)\n";
      return 2;
    }
  }
  if (!(scale > 0 && scale <= 1)) {
    std::cerr << "portfolio_bench: --scale must be above 0 and at most 1\n";
    return 2;
  }
  if (loaded && uri.empty()) {
    std::cerr << "portfolio_bench: --loaded needs --storage (the database an earlier run filled)\n";
    return 2;
  }
  std::string dir;
  if (uri.empty()) {
    dir = (std::filesystem::temp_directory_path() / "accord-portfolio-XXXXXX").string();
    if (!mkdtemp(dir.data())) return 1;
    uri = "sqlite:" + dir + "/accord.db";
  }
  auto reference = must(bundle::readCountriesFile(base::dataPath("samples/reference/countries.json")), "countries");
  bench::PortfolioShape shape = bench::portfolioShape(scale);
  long commitments = static_cast<long>(shape.conferences) * shape.declarationsPerConference *
                     shape.commitmentsPerDeclaration;
  long assignments = commitments * static_cast<long>(shape.countriesPerCommitment);
  std::cout << "portfolio at scale " << scale << ": " << shape.conferences << " conferences, "
            << shape.conferences * shape.declarationsPerConference << " declarations, " << shape.countries
            << " countries, " << commitments << " commitments, " << assignments << " assignments, "
            << assignments * shape.reportsPerAssignment << " reports, " << shape.auditEvents << " audit events\n"
            << "into " << uri << "\n";

  domain::FixedClock clock(domain::Timestamp::fromSeconds(1530000000));  // 2018-06-26
  const json::JsonSnapshots snapshots;
  domain::Actor admin{"bench", domain::Role::kAdmin, std::nullopt};
  double loadSeconds = 0, auditSeconds = 0;
  if (!loaded) {
    auto store = must(storage::openStore(uri), "open");
    app::Context ctx{*store, clock, snapshots};
    auto start = Clock::now();
    for (int i = 0; i < shape.conferences; ++i) {
      progress("conferences", i, shape.conferences, start);
      must(app::importDossier(ctx, admin, bench::portfolioConference(reference, shape, i), reference), "import");
    }
    progress("conferences", shape.conferences, shape.conferences, start);
    loadSeconds = secondsSince(start);
    std::cerr << "\n";
    start = Clock::now();
    constexpr long kPerTransaction = 20000;
    for (long done = 0; done < shape.auditEvents; done += kPerTransaction) {
      progress("audit events", static_cast<double>(done), static_cast<double>(shape.auditEvents), start);
      long n = std::min(kPerTransaction, shape.auditEvents - done);
      // Sealed in order under one lock of the head, stored in batches (COPY on PostgreSQL).
      std::vector<std::pair<app::AuditEntry, domain::Timestamp>> events;
      events.reserve(static_cast<std::size_t>(n));
      for (long k = 0; k < n; ++k) {
        long seq = done + k;
        events.push_back({app::AuditEntry{"coord." + std::to_string(seq % 57), "report.changed", "report",
                                          "pf-" + std::to_string(seq % 60) + "/" + std::to_string(seq), "",
                                          "{\"percent\":40}"},
                          domain::Timestamp::fromSeconds(1262304000 + seq * 60)});
      }
      auto appended = app::transact<long>(*store, app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Result<long> {
        auto head = r.audit().appendAll(events);
        if (!head.ok()) return head.error();
        return n;
      });
      must(appended, "audit");
    }
    progress("audit events", 1, 1, start);
    auditSeconds = secondsSince(start);
    std::cerr << "\n";
  }
  if (!loaded)
    std::cout << std::fixed << std::setprecision(1) << "  load, conferences (validate + insert): " << loadSeconds
              << " s\n  load, audit events (hash chain): " << auditSeconds << " s\n";

  // A cold server: the store opened anew on the loaded data, as accord-server opens it.
  auto store = must(storage::openStore(uri, bench::serverStoreOptions()), "reopen");
  app::Context ctx{*store, clock, snapshots};
  domain::Actor monitor{"bench.monitor", domain::Role::kMonitor, std::nullopt};
  domain::DeclarationId decl("pf-00-d0");
  domain::Actor secretariat{"bench.secretariat", domain::Role::kSecretariat, std::nullopt};
  // The first country has nothing waiting in the portfolio (every endorsement given,
  // every latest report submitted): its reports-due walk reads all its work in hand.
  // The third has endorsements pending: its lists fill up.
  domain::Actor coordinator{"bench.coordinator", domain::Role::kCoordinator, reference.all().front().code};
  domain::Actor other{"bench.coordinator2", domain::Role::kCoordinator, reference.all().at(2).code};
  auto inbox = bench::timed(*store, [&] { return must(app::inbox(ctx, monitor), "inbox"); });
  auto secretariatInbox = bench::timed(*store, [&] { return must(app::inbox(ctx, secretariat), "inbox"); });
  auto coordinatorInbox = bench::timed(*store, [&] { return must(app::inbox(ctx, coordinator), "inbox"); });
  auto otherInbox = bench::timed(*store, [&] { return must(app::inbox(ctx, other), "inbox"); });
  auto page = bench::timed(*store, [&] { return must(app::implementationMatrixPage(ctx, admin, decl, {}, {}), "page"); });
  auto tally = bench::timed(*store, [&] { return must(app::endorsementTally(ctx, admin, decl), "tally"); });
  std::cout << std::setprecision(2) << "  monitor's inbox: " << inbox << ", " << inbox.value.items.size()
            << " items\n  secretariat's inbox: " << secretariatInbox << ", " << secretariatInbox.value.items.size()
            << " items\n  coordinator's inbox (" << coordinator.country->str() << "): " << coordinatorInbox << ", "
            << coordinatorInbox.value.items.size() << " items\n  coordinator's inbox (" << other.country->str()
            << "): " << otherInbox << ", " << otherInbox.value.items.size() << " items\n  implementation matrix, first page of " << decl.str() << ": " << page << ", "
            << page.value.matrix.cells.size() << " cells, " << page.value.overdue << " overdue in all\n"
            << "  endorsement status of " << decl.str() << ": " << tally << "\n";
  if (!dir.empty()) std::cout << "  (database kept: " << dir << "/accord.db)\n";
  return 0;
}
