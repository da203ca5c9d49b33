// What every storage test needs: the backends to run against (SQLite always,
// PostgreSQL when ACCORD_TEST_POSTGRES holds a URI), a fresh empty store on each,
// raw SQL for tampering, and a small but complete sample conference.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "accord/domain/dossier.h"
#include "accord/storage/storage.h"
#include "dossier_fields.h"

namespace accord::test {

// "sqlite", and "postgresql" when the environment names a server.
std::vector<std::string> backends();

// True in CI (CI set to anything but "", "0" or "false"): there a PostgreSQL run may
// not be skipped, and a missing ACCORD_TEST_POSTGRES fails the suite.
bool postgresRequired();

// A fresh store on `backend`: a new SQLite file in a temporary directory, or a
// new PostgreSQL schema; both removed when the fixture goes away.
class FreshStore {
 public:
  explicit FreshStore(const std::string& backend, storage::StoreOptions options = {});
  ~FreshStore();
  app::Store& store() { return *store_; }
  const std::string& uri() const { return uri_; }
  bool isPostgres() const { return postgres_; }
  // The PostgreSQL schema (also the connections' application_name), or empty.
  const std::string& schema() const { return schema_; }
  // The SQLite file, or empty.
  std::string file() const { return dir_.empty() ? std::string() : dir_ + "/accord.db"; }
  // Opens another store on the same database: a second server.
  std::unique_ptr<app::Store> reopen(storage::StoreOptions options = {}) const;
  // Runs SQL outside Accord, as someone with direct database access would.
  void raw(const std::string& sql) const;
  // Drops the audit trail's append-only guard, as a database administrator could.
  void dropAuditGuard() const;
  void close() { store_.reset(); }

 private:
  std::string backend_, uri_, dir_, schema_;
  bool postgres_ = false;
  std::unique_ptr<app::Store> store_;
};

domain::Actor secretariat();
domain::Actor coordinator(const std::string& country);
domain::Actor monitor();
domain::CountryCode cc(const std::string& code);
domain::Timestamp at(const std::string& iso);
domain::Date day(const std::string& iso);

// A conference with one declaration open for endorsement (two revisions, nested
// clauses), one endorsement with history, two commitments, assignments and reports.
domain::Dossier sampleDossier(const std::string& suffix = "");
domain::CountryCatalog sampleCatalog();
// The directory part of a dossier, which its conference refers to.
app::Directory directoryOf(const domain::Dossier& d);

// How many events the store's audit trail holds (verifying the chain on the way).
std::int64_t auditCount(app::Store& store);

// The audit snapshots the plugin wires in (the json layer's record writers).
const app::RecordSnapshots& snapshots();

// The sample with every stored field away from its default (kind, base language,
// evidence, completion date, review...), so that a field storage drops shows up.
domain::Dossier everyFieldSet(const std::string& suffix = "");

}  // namespace accord::test
