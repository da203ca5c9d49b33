#include "storage_access.h"

#include <cstdlib>
#include <fstream>
#include <iostream>

#include "accord/app/dossier_use_cases.h"
#include "accord/json/json_snapshots.h"
#include "accord/storage/storage.h"
#include "command.h"

namespace accord::cli {

app::Context contextOf(app::Store& store, const domain::Clock& clock) {
  static const json::JsonSnapshots snapshots;  // stateless: one serves every command
  return {store, clock, snapshots};
}

domain::Actor operatorActor() {
  const char* user = std::getenv("USER");
  return domain::Actor{std::string("cli:") + (user && *user ? user : "operator"), domain::Role::kAdmin, std::nullopt};
}

int fail(const char* command, const domain::Error& e) {
  std::cerr << "accord " << command << ": " << domain::errorCodeName(e.code) << ": " << e.message;
  if (!e.field.empty() && e.field != "storage") std::cerr << " (" << e.field << ")";
  std::cerr << "\n";
  return kExitFailure;
}

std::vector<std::string> withShortOutput(std::vector<std::string> argv) {
  for (auto& a : argv)
    if (a == "-o") a = "--output";
  return argv;
}

bool writeOutput(const char* command, const std::string& path, const std::string& text) {
  if (path == "-") {
    std::cout << text;
    return true;
  }
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << text;
  file.close();
  if (!file) std::cerr << "accord " << command << ": cannot write " << path << "\n";
  return static_cast<bool>(file);
}

Args& withStorage(Args& args) {
  return args.option("storage", "URI", "database: sqlite:PATH or postgresql://user@host:port/db",
                     storage::kDefaultStorageUri);
}

std::unique_ptr<app::Store> openStorage(const char* command, const Args& args) {
  auto store = storage::openStore(args.get("storage", storage::kDefaultStorageUri));
  if (!store.ok()) {
    fail(command, store.error());
    return nullptr;
  }
  return std::move(store).value();
}

std::optional<domain::Dossier> loadStoredConference(const char* command, app::Store& store, const std::string& id) {
  domain::SystemClock clock;
  app::Context ctx = contextOf(store, clock);
  std::string chosen = id;
  if (chosen.empty()) {
    auto ids = app::storedConferences(ctx, 2);
    if (!ids.ok()) {
      fail(command, ids.error());
      return std::nullopt;
    }
    if (ids->size() != 1) {
      std::cerr << "accord " << command << ": " << store.describe() << " holds "
                << (ids->empty() ? "no" : "several") << " conferences; name one with --conference ID\n";
      return std::nullopt;
    }
    chosen = ids->front().str();
  }
  auto dossier = app::exportDossier(ctx, operatorActor(), domain::ConferenceId(chosen));
  if (!dossier.ok()) {
    fail(command, dossier.error());
    return std::nullopt;
  }
  return std::move(dossier).value();
}

}  // namespace accord::cli
