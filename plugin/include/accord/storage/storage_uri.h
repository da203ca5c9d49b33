// Parsing of storage connection URIs into what Poco::Data needs.
//   sqlite:PATH                       relative to the working directory, or absolute
//   sqlite:file:PATH?mode=ro          SQLite URI filenames are passed through
//   postgresql://[user[:password]@]host[:port]/dbname[?param=value&...]
//     (postgres:// too). Parameters: schema=NAME puts Accord's tables in that
//     schema (created if missing); pool=N sizes the session pool; any other
//     parameter (sslmode, connect_timeout, ...) is handed to libpq.
#pragma once

#include <optional>
#include <string>

#include "accord/domain/result.h"

namespace accord::storage {

enum class Backend { kSqlite, kPostgresql };

struct StorageUri {
  Backend backend = Backend::kSqlite;
  std::string connector;         // Poco connector name: "SQLite" or "PostgreSQL"
  std::string connectionString;  // what the connector opens: a path or a libpq conninfo
  std::string sqlitePath;        // the file, for creating its directory; empty for URIs
  std::string schema;            // PostgreSQL schema, or empty for the default
  std::optional<std::size_t> pool;
  std::string redacted;          // the URI without a password, for messages
};

// Returns kInvalidArgument naming "storage" for an unknown scheme, an empty path
// or database name, a bad port, pool size or schema name.
domain::Result<StorageUri> parseStorageUri(const std::string& uri);

}  // namespace accord::storage
