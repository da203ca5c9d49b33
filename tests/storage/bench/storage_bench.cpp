// storage_bench: loads a large generated conference (57 countries, 1,000
// commitments each assigned to every country, 10 progress reports per assignment)
// into SQLite and, when a PostgreSQL URI is given, into PostgreSQL, and times the
// bulk load, then on a cold server (a store opened anew, as accord-server opens
// it) the first page of the implementation matrix, the endorsement status, the
// monitor's inbox, the whole matrix and fetching one assignment with its reports.
//   storage_bench [--postgres URI] [--commitments N] [--reports N] [--keep]
//                 [--sqlite-file PATH] [--schema NAME] [--loaded] [--page-loops N]
// The URI defaults to $ACCORD_TEST_POSTGRES; each run uses a fresh schema unless
// --schema names one. --loaded times an earlier run's data (--keep, --schema).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <random>
#include <vector>

#include "accord/base/data_dir.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/overview.h"
#include "accord/app/read_models.h"
#include "accord/bundle/bundle.h"
#include "accord/json/json_snapshots.h"
#include "accord/storage/storage.h"
#include "bench_dossier.h"
#include "bench_timing.h"

using namespace accord;
using Clock = std::chrono::steady_clock;
using bench::timed;

namespace {
double msSince(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}


template <class T>
const T& must(const domain::Result<T>& r, const char* what) {
  if (!r.ok()) {
    std::cerr << "storage_bench: " << what << ": " << r.error().message << "\n";
    std::exit(1);
  }
  return r.value();
}

struct Options {
  bool loaded = false;  // the store already holds the generated data: time the reads only
  int pageLoops = 0;    // the matrix page again, N times, after the figures (for a profiler)
};

void run(const std::string& label, const std::string& uri, const domain::Dossier& d,
         const domain::CountryCatalog& catalog, const Options& options) {
  auto opened = storage::openStore(uri);
  app::Store* store = must(opened, "open").get();
  domain::FixedClock clock(domain::Timestamp::fromSeconds(1530000000));  // 2018-06-26
  const json::JsonSnapshots snapshots;
  app::Context ctx{*store, clock, snapshots};
  domain::Actor admin{"bench", domain::Role::kAdmin, std::nullopt};
  auto t = Clock::now();
  if (!options.loaded) must(app::importDossier(ctx, admin, d, catalog), "bulk load");
  double load = msSince(t);

  const auto& decl = d.declarations.front().id;
  // A cold server: a new store on the loaded data, opened as accord-server opens it.
  // Its first page is timed before anything else reads the data (the database's
  // and the OS's caches as the load left them).
  opened = storage::openStore(uri, bench::serverStoreOptions());
  store = must(opened, "reopen").get();
  app::Context cold{*store, clock, snapshots};
  auto page = timed(*store, [&] { return must(app::implementationMatrixPage(cold, admin, decl, {}, {}), "page"); });
  // The same first page on new connections that were not warmed (a command-line
  // tool's), after the one above: its data is cached by then.
  auto unwarmedOpened = storage::openStore(uri);
  app::Store& unwarmedStore = *must(unwarmedOpened, "reopen");
  app::Context unwarmed{unwarmedStore, clock, snapshots};
  auto plain =
      timed(unwarmedStore, [&] { return must(app::implementationMatrixPage(unwarmed, admin, decl, {}, {}), "page"); });
  domain::Actor monitor{"bench.monitor", domain::Role::kMonitor, std::nullopt};
  auto tally = timed(*store, [&] { return must(app::endorsementTally(cold, admin, decl), "tally"); });
  auto box = timed(*store, [&] { return must(app::inbox(cold, monitor), "inbox"); });
  auto matrix = timed(*store, [&] { return must(app::implementationMatrix(cold, admin, decl), "matrix"); });
  auto q4 = storage::statementCount(*store);

  std::mt19937 rng(7);
  constexpr int kFetches = 200;
  std::size_t reports = 0;
  t = Clock::now();
  for (int i = 0; i < kFetches; ++i) {
    const auto& a = d.assignments[rng() % d.assignments.size()];
    reports += must(app::getAssignment(cold, admin, a.commitment, a.country), "fetch").reports.size();
  }
  double fetchMs = msSince(t) / kFetches;
  auto q5 = storage::statementCount(*store);

  std::cout << std::fixed << std::setprecision(1) << label << "\n";
  if (!options.loaded) std::cout << "  bulk load (validate + insert, one transaction): " << load / 1000 << " s\n";
  std::cout << std::setprecision(2) << "  implementation matrix, first page: " << page << ", "
            << page.value.matrix.commitments.size() << " of " << d.commitments.size() << " rows, "
            << page.value.matrix.cells.size() << " cells, " << page.value.overdue << " overdue in all\n"
            << "  the same first page on connections not warmed, its data cached by then: " << plain.coldMs
            << " ms cold\n"
            << "  endorsement status of one declaration: " << tally << ", " << tally.value.tally.signedCount << " of "
            << tally.value.tally.invited << " signed\n"
            << "  monitor's inbox: " << box << ", " << box.value.items.size() << " items\n"
            << "  whole implementation matrix (documents, HTML page): " << matrix << ", "
            << matrix.value.matrix.cells.size() << " cells, " << matrix.value.matrix.overdue << " overdue\n"
            << std::setprecision(2) << "  fetch one assignment with its reports: " << fetchMs << " ms ("
            << (q5 - q4) / kFetches << " queries, " << reports / kFetches << " reports each, mean of " << kFetches
            << ")\n";
  for (int i = 0; i < options.pageLoops; ++i)
    must(app::implementationMatrixPage(cold, admin, decl, {}, {}), "page");
}
}  // namespace

int main(int argc, char** argv) {
  std::string postgres = std::getenv("ACCORD_TEST_POSTGRES") ? std::getenv("ACCORD_TEST_POSTGRES") : "";
  int commitments = 1000, reportsPer = 10;
  bool keep = false;
  Options options;
  std::string sqliteFile, schema;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--keep") keep = true;
    else if (a == "--loaded") options.loaded = true;
    else if (a == "--help") {
      std::cout << "usage: storage_bench [--postgres URI] [--commitments N] [--reports N] [--keep]\n"
                   "                     [--sqlite-file PATH] [--schema NAME] [--loaded] [--page-loops N]\n"
                   "  --keep         leaves the SQLite file in place (for EXPLAIN QUERY PLAN, tests/bench/README.md)\n"
                   "  --sqlite-file  the SQLite database to use (kept); default a new temporary one\n"
                   "  --schema       the PostgreSQL schema to use; default accord_bench_<pid>\n"
                   "  --loaded       the database and schema hold an earlier run's data (same --commitments,\n"
                   "                 --reports): skip the bulk load, time the reads on a cold server\n"
                   "  --page-loops   reads the matrix page N more times at the end (for perf record)\n"
                   "  --postgres ''  skips PostgreSQL\n";
      return 0;
    } else if (i + 1 >= argc) {
      std::cerr << "storage_bench: " << a << " needs a value (see --help)\n";
      return 2;
    } else if (a == "--postgres") postgres = argv[++i];
    else if (a == "--commitments") commitments = std::atoi(argv[++i]);
    else if (a == "--reports") reportsPer = std::atoi(argv[++i]);
    else if (a == "--sqlite-file") sqliteFile = argv[++i];
    else if (a == "--schema") schema = argv[++i];
    else if (a == "--page-loops") options.pageLoops = std::atoi(argv[++i]);
    else {
      std::cerr << "storage_bench: unknown option " << a << " (see --help)\n";
      return 2;
    }
  }
  auto reference = must(bundle::readCountriesFile(base::dataPath("samples/reference/countries.json")), "countries");
  auto t = Clock::now();
  auto d = bench::generate(reference, 57, commitments, reportsPer);
  std::cout << "generated " << d.commitments.size() << " commitments, " << d.assignments.size() << " assignments, "
            << d.reports.size() << " reports for " << d.declarations.front().invitedCountries.size()
            << " countries in " << std::setprecision(1) << std::fixed << msSince(t) / 1000 << " s\n";
  t = Clock::now();
  auto problems = domain::normalize(d, reference);
  std::cout << "domain validation alone: " << msSince(t) / 1000 << " s, " << problems.size() << " problems\n";
  if (!problems.empty()) {
    std::cerr << "storage_bench: generated data is invalid: " << problems.front().field << ": "
              << problems.front().message << "\n";
    return 1;
  }

  if (options.loaded && sqliteFile.empty() && schema.empty()) {
    std::cerr << "storage_bench: --loaded needs --sqlite-file or --schema (an earlier run's data)\n";
    return 2;
  }
  if (!options.loaded || !sqliteFile.empty()) {
    std::string dir;
    if (sqliteFile.empty()) {
      dir = (std::filesystem::temp_directory_path() / "accord-bench-XXXXXX").string();
      if (!mkdtemp(dir.data())) return 1;
      sqliteFile = dir + "/accord.db";
    }
    run("SQLite (" + sqliteFile + ")", "sqlite:" + sqliteFile, d, reference, options);
    if (keep || dir.empty()) std::cout << "  (kept: " << sqliteFile << ")\n";
    else std::filesystem::remove_all(dir);
  }
  if (options.loaded && schema.empty()) postgres.clear();  // only the SQLite file was named
  if (!postgres.empty()) {
    if (schema.empty()) schema = "accord_bench_" + std::to_string(getpid());
    run("PostgreSQL (schema " + schema + ")",
        postgres + (postgres.find('?') == std::string::npos ? "?" : "&") + "schema=" + schema, d, reference,
        options);
    std::cout << "  (schema " << schema << " left in place for inspection; drop it with DROP SCHEMA ... CASCADE)\n";
  } else {
    std::cout << "PostgreSQL: skipped (give --postgres URI or set ACCORD_TEST_POSTGRES)\n";
  }
  return 0;
}
