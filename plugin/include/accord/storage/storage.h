// Opens Accord's storage from a connection URI: the embedded SQLite file
// (sqlite:var/accord.db) or a shared PostgreSQL (postgresql://user@host:port/db).
// Opening applies pending schema migrations; the returned Store is the only way
// the rest of Accord touches the database.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "accord/app/store.h"
#include "accord/domain/result.h"

namespace accord::storage {

// The embedded default every storage-using command falls back to.
inline constexpr const char* kDefaultStorageUri = "sqlite:var/accord.db";

struct StoreOptions {
  // Connections kept by the pool: at most `maxSessions` at once; a request waits
  // up to `acquireTimeout` for one before failing with kUnavailable.
  std::size_t maxSessions = 8;
  std::chrono::milliseconds acquireTimeout{10000};
  // SQLite waits this long for another writer's lock before giving up.
  std::chrono::milliseconds busyTimeout{5000};
  // Apply pending migrations on open (the default). When false, an out-of-date
  // schema is an error instead.
  bool migrate = true;
  // Statements run on every new connection after Accord's own settings; for
  // tuning (e.g. "PRAGMA cache_size=-65536") and for fault tests.
  std::vector<std::string> sessionSetup;
  // Connections opened as the store opens, each shown every table of the schema
  // once (a server: its whole pool; at most maxSessions). A new PostgreSQL
  // connection looks each table and index up in the system catalogs the first time
  // a statement uses them; without this the first requests after a start paid for
  // that and for opening their connection. Best effort: a failure leaves the rest
  // to open on demand. No effect on SQLite, whose connections read the whole schema
  // at their first statement.
  std::size_t warmSessions = 0;
};

// Opens (creating an SQLite file and its directory if needed) and migrates.
// Returns kInvalidArgument for a URI Accord does not understand, kUnavailable with
// the cause when the database cannot be opened, is not an Accord database, or
// has a schema newer than this binary knows (it never downgrades).
domain::Result<std::unique_ptr<app::Store>> openStore(const std::string& uri, const StoreOptions& options = {});

// The schema version this binary brings (its newest migration).
int latestSchemaVersion();

// SQL statements a store from openStore has executed so far (0 for other stores):
// how tests and benchmarks show that a view costs a bounded number of queries.
std::uint64_t statementCount(const app::Store& store);

}  // namespace accord::storage
