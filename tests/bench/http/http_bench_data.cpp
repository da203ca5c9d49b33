// http_bench_data --storage URI [--commitments N] [--reports N] [--countries N]
// Imports the storage benchmark's generated conference (default: 57 countries,
// 1,000 commitments each assigned to every country, 10 reports per assignment)
// into an empty database, so that accord-server can serve it to wrk.
#include <cstdlib>
#include <iostream>
#include <string>

#include "accord/base/data_dir.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/bundle/bundle.h"
#include "accord/json/json_snapshots.h"
#include "accord/storage/storage.h"
#include "bench_dossier.h"

using namespace accord;

int main(int argc, char** argv) {
  std::string uri;
  int commitments = 1000, reports = 10;
  std::size_t countries = 57;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--storage") uri = argv[i + 1];
    else if (a == "--commitments") commitments = std::atoi(argv[i + 1]);
    else if (a == "--reports") reports = std::atoi(argv[i + 1]);
    else if (a == "--countries") countries = static_cast<std::size_t>(std::atoi(argv[i + 1]));
  }
  if (uri.empty()) {
    std::cerr << "usage: http_bench_data --storage URI [--commitments N] [--reports N] [--countries N]\n";
    return 2;
  }
  auto reference = bundle::readCountriesFile(base::dataPath("samples/reference/countries.json"));
  if (!reference.ok()) {
    std::cerr << "http_bench_data: " << reference.error().message << "\n";
    return 1;
  }
  auto store = storage::openStore(uri);
  if (!store.ok()) {
    std::cerr << "http_bench_data: " << store.error().message << "\n";
    return 1;
  }
  domain::Dossier d = bench::generate(*reference, countries, commitments, reports);
  domain::SystemClock clock;
  const json::JsonSnapshots snapshots;
  app::Context ctx{**store, clock, snapshots};
  auto summary = app::importDossier(ctx, {"bench", domain::Role::kAdmin, std::nullopt}, d, *reference);
  if (!summary.ok()) {
    std::cerr << "http_bench_data: " << summary.error().message << "\n";
    return 1;
  }
  std::cout << "imported " << summary->commitments << " commitments, " << summary->assignments << " assignments, "
            << summary->reports << " reports into " << (*store)->describe() << "\n";
  return 0;
}
