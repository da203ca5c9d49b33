// The Store over Poco::Data: a session pool, one transaction per unit of work,
// retries where the database asks for them, and the repositories bound to the
// transaction's session.
#pragma once

#include <atomic>
#include <memory>

#include "accord/app/store.h"
#include "accord/storage/storage.h"
#include "accord/storage/storage_uri.h"
#include "session_pool.h"
#include "sql.h"

namespace accord::storage::detail {

class SqlStore final : public app::Store {
 public:
  // Throws Poco exceptions if the first session cannot be opened.
  SqlStore(const StorageUri& uri, const StoreOptions& options);

  domain::Status run(app::TxMode mode, const std::function<domain::Status(app::Repositories&)>& work) override;
  std::string describe() const override { return uri_.redacted; }

  Dialect dialect() const { return dialect_; }
  // Statements executed so far, by every transaction: lets tests prove that a view
  // costs a bounded number of queries.
  std::uint64_t statements() const { return statements_.load(); }
  // A session outside any unit of work, for migrations and maintenance.
  SessionPool::Lease lease() { return pool_.acquire(); }
  std::atomic<std::uint64_t>& counter() { return statements_; }
  // Opens up to `sessions` connections at once and has each plan one statement over
  // every table of the schema (PostgreSQL only; StoreOptions::warmSessions).
  void warm(std::size_t sessions);

 private:
  void begin(Sql& sql, app::TxMode mode);
  void finish(Sql& sql, bool commit);

  StorageUri uri_;
  Dialect dialect_;
  std::atomic<std::uint64_t> statements_{0};
  SessionPool pool_;
};

}  // namespace accord::storage::detail
