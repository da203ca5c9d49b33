// Schema migrations: numbered SQL files per dialect (schema/sql/<dialect>/NNNN_name.sql),
// compiled into the binary so that it always knows exactly which schema it
// speaks, applied in order and recorded in schema_version.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/result.h"
#include "sql.h"

namespace accord::storage::detail {

struct Migration {
  int version;       // from the file name's number
  std::string name;  // the file name
  std::string sql;
};

// This binary's migrations for `dialect`, in version order (generated at build time).
const std::vector<Migration>& embeddedMigrations(Dialect dialect);

// Splits a migration into statements: each ends with ';' at the end of a line,
// except inside a $$-quoted PostgreSQL function body. Comment-only pieces are dropped.
std::vector<std::string> splitStatements(const std::string& sql);

// Brings the schema to the newest of `migrations` in one transaction, serialised
// against other servers migrating the same database. Returns kUnavailable when
// the database has a newer schema than `migrations` know (this binary is older:
// it refuses rather than guess), when it holds foreign tables but no Accord
// schema, or, with apply false, when migrations are pending. Database faults
// are thrown to the caller.
domain::Status migrate(Sql& sql, const std::vector<Migration>& migrations, bool apply, const std::string& where);

// The version recorded in the database (0 for none).
int schemaVersion(Sql& sql);

}  // namespace accord::storage::detail
