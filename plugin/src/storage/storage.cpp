#include "accord/storage/storage.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include <filesystem>
#include <mutex>

#include "db_error.h"
#include "migrations.h"
#include "postgresql_module.h"
#include "sql_store.h"

namespace accord::storage {

using namespace detail;

namespace {
// SQLite is linked in; PostgreSQL's driver is a module loaded the first time a
// postgresql:// database is opened (postgresql_module.h).
domain::Status registerConnector(const StorageUri& uri) {
  static std::once_flag once;
  std::call_once(once, [] { Poco::Data::SQLite::Connector::registerConnector(); });
  return uri.backend == Backend::kPostgresql ? loadPostgresql() : domain::Status{};
}

// An SQLite file in a missing directory (var/ on first start) is created with it.
domain::Status prepareSqliteFile(const StorageUri& uri) {
  if (uri.sqlitePath.empty()) return {};
  std::filesystem::path dir = std::filesystem::path(uri.sqlitePath).parent_path();
  std::error_code ec;
  if (!dir.empty() && !std::filesystem::exists(dir, ec)) std::filesystem::create_directories(dir, ec);
  if (ec)
    return domain::Error{domain::ErrorCode::kUnavailable,
                         "storage " + uri.redacted + " is unavailable: cannot create " + dir.string() + ": " +
                             ec.message(),
                         "storage"};
  return {};
}
}  // namespace

std::uint64_t statementCount(const app::Store& store) {
  auto* sql = dynamic_cast<const SqlStore*>(&store);
  return sql ? sql->statements() : 0;
}

int latestSchemaVersion() { return embeddedMigrations(Dialect::kSqlite).back().version; }

domain::Result<std::unique_ptr<app::Store>> openStore(const std::string& uriText, const StoreOptions& options) {
  auto uri = parseStorageUri(uriText);
  if (!uri.ok()) return uri.error();
  if (domain::Status s = prepareSqliteFile(*uri); !s.ok()) return s.error();
  if (domain::Status s = registerConnector(*uri); !s.ok()) return s.error();
  try {
    auto store = std::make_unique<SqlStore>(*uri, options);
    {
      auto lease = store->lease();
      Sql sql(lease.session(), store->dialect(), store->counter());
      if (!uri->schema.empty()) sql.exec("CREATE SCHEMA IF NOT EXISTS \"" + uri->schema + "\"");
      if (domain::Status s = migrate(sql, embeddedMigrations(store->dialect()), options.migrate, uri->redacted);
          !s.ok())
        return s.error();
    }
    store->warm(options.warmSessions);
    return std::unique_ptr<app::Store>(std::move(store));
  } catch (...) {
    return classifyCurrentException(uri->redacted).error;
  }
}

}  // namespace accord::storage
