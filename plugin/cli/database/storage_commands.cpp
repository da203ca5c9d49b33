// The commands that work on a database: import, export and migrate (the audit
// commands are in audit_commands.cpp).
// Each takes --storage URI and defaults to the embedded sqlite:var/accord.db.
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "accord/app/dossier_use_cases.h"
#include "accord/bundle/bundle.h"
#include "accord/storage/storage.h"
#include "args.h"
#include "bundle_loading.h"
#include "command.h"
#include "storage_access.h"

namespace accord::cli {
namespace {

int runImport(const std::vector<std::string>& argv) {
  Args args("accord import BUNDLE.json [--storage URI] [--if-empty]",
            "Loads a bundle (a whole conference) into the database in one transaction.");
  args.positional("BUNDLE.json", "the bundle file to load");
  withStorage(args)
      .option("countries", "PATH", "reference country list (default: the shipped samples/reference/countries.json)")
      .flag("if-empty", "do nothing if the database already holds a conference (for seeding on first start)");
  if (!args.parse(argv)) return args.exitCode();
  auto store = openStorage("import", args);
  if (!store) return kExitFailure;
  domain::SystemClock clock;
  app::Context ctx = contextOf(*store, clock);
  if (args.has("if-empty")) {
    auto existing = app::storedConferences(ctx, 1);
    if (!existing.ok()) return fail("import", existing.error());
    if (!existing->empty()) {
      std::cout << "import skipped: " << store->describe() << " already holds conference " << existing->front()
                << "\n";
      return kExitOk;
    }
  }
  auto loaded = loadBundle(args.at(0), args.get("countries", ""));
  if (!loaded) return kExitFailure;
  auto summary = app::importDossier(ctx, operatorActor(), loaded->dossier, loaded->catalog);
  if (!summary.ok()) return fail("import", summary.error());
  std::cout << "imported conference " << summary->conference << " into " << store->describe() << ": "
            << summary->declarations << " declarations, " << summary->endorsements << " endorsements, "
            << summary->commitments << " commitments, " << summary->assignments << " assignments, "
            << summary->reports << " reports\n";
  return kExitOk;
}

int runExport(const std::vector<std::string>& argv) {
  Args args("accord export [--storage URI] -o BUNDLE.json [--conference ID]",
            "Writes one stored conference as a bundle; importing it again gives the same records.");
  withStorage(args)
      .option("output", "BUNDLE.json", "where to write the bundle (-o); '-' for standard output")
      .option("conference", "ID", "which conference (default: the only one stored)");
  if (!args.parse(withShortOutput(argv))) return args.exitCode();
  if (!args.has("output")) {
    std::cerr << "accord export: missing -o BUNDLE.json\n";
    return kExitUsage;
  }
  auto store = openStorage("export", args);
  if (!store) return kExitFailure;
  auto dossier = loadStoredConference("export", *store, args.get("conference", ""));
  if (!dossier) return kExitFailure;
  std::string json = bundle::writeBundle(*dossier);
  std::string out = args.get("output", "-");
  if (!writeOutput("export", out, json)) return kExitFailure;
  if (out == "-") return kExitOk;
  std::cerr << "exported conference " << dossier->conference.id << " to " << out << "\n";
  return kExitOk;
}

int runMigrate(const std::vector<std::string>& argv) {
  Args args("accord migrate [--storage URI]",
            "Creates the schema or brings it up to this version of Accord (servers also do this on start).");
  withStorage(args);
  if (!args.parse(argv)) return args.exitCode();
  auto store = openStorage("migrate", args);
  if (!store) return kExitFailure;
  std::cout << store->describe() << " is at schema version " << storage::latestSchemaVersion() << "\n";
  return kExitOk;
}

CommandRegistrar importCommand({"import", "load a bundle into the database", runImport});
CommandRegistrar exportCommand({"export", "write a stored conference as a bundle", runExport});
CommandRegistrar migrateCommand({"migrate", "create or upgrade the database schema", runMigrate});

}  // namespace
}  // namespace accord::cli
