#include "migrations.h"

#include <Poco/Data/Session.h>

#include "accord/domain/date.h"

namespace accord::storage::detail {

using domain::Error;
using domain::ErrorCode;

namespace {
bool onlyComments(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (std::isspace(static_cast<unsigned char>(s[i]))) {
      ++i;
    } else if (s.compare(i, 2, "--") == 0) {
      i = s.find('\n', i);
      if (i == std::string::npos) return true;
    } else {
      return false;
    }
  }
  return true;
}

int count(const std::string& line, const std::string& what) {
  int n = 0;
  for (std::size_t p = line.find(what); p != std::string::npos; p = line.find(what, p + what.size())) ++n;
  return n;
}

Error refuse(const std::string& where, const std::string& why) {
  return Error{ErrorCode::kUnavailable, "storage " + where + " cannot be used: " + why, "storage"};
}

bool hasForeignTables(Sql& sql) {
  Rows r = sql.dialect() == Dialect::kSqlite
               ? sql.query("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name <> 'schema_version' "
                           "AND name NOT LIKE 'sqlite_%'")
               : sql.query("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                           "AND table_name <> 'schema_version'");
  return r.i64(0, 0) > 0;
}
}  // namespace

std::vector<std::string> splitStatements(const std::string& text) {
  std::vector<std::string> out;
  std::string current, line;
  bool inBody = false;
  auto flush = [&] {
    if (!onlyComments(current)) out.push_back(current);
    current.clear();
  };
  for (std::size_t p = 0; p <= text.size(); ++p) {
    if (p < text.size() && text[p] != '\n') {
      line.push_back(text[p]);
      continue;
    }
    if (count(line, "$$") % 2 == 1) inBody = !inBody;
    current += line + "\n";
    std::size_t end = line.find_last_not_of(" \t\r");
    if (!inBody && end != std::string::npos && line[end] == ';' && line.rfind("--", 0) != 0) flush();
    line.clear();
  }
  flush();
  return out;
}

int schemaVersion(Sql& sql) {
  Rows r = sql.query("SELECT COALESCE(MAX(version), 0) FROM schema_version");
  return static_cast<int>(r.i64(0, 0));
}

domain::Status migrate(Sql& sql, const std::vector<Migration>& migrations, bool apply, const std::string& where) {
  const bool pg = sql.dialect() == Dialect::kPostgresql;
  int latest = migrations.empty() ? 0 : migrations.back().version;
  // The common case, an up-to-date schema, needs no write lock: a read-only
  // database opens, and servers starting together do not queue.
  bool known = sql.query(pg ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                              "current_schema() AND table_name = 'schema_version'"
                            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
                   .i64(0, 0) > 0;
  if (known && schemaVersion(sql) == latest) return {};
  if (pg) {
    sql.session().begin();
    // One migrator at a time per database, whichever server starts first.
    sql.exec("SELECT pg_advisory_xact_lock(4242001)");
  } else {
    sql.exec("BEGIN IMMEDIATE");
  }
  auto rollback = [&] { pg ? sql.session().rollback() : (void)sql.exec("ROLLBACK"); };
  try {
    bool fresh = sql.query(pg ? "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
                                "current_schema() AND table_name = 'schema_version'"
                              : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
                     .i64(0, 0) == 0;
    if (fresh && hasForeignTables(sql)) {
      rollback();
      return refuse(where, "it holds tables but no Accord schema; is it another application's database?");
    }
    sql.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
             "applied_at TEXT NOT NULL)");
    int current = schemaVersion(sql);
    if (current > latest) {
      rollback();
      return refuse(where, "its schema version " + std::to_string(current) + " is newer than this Accord knows (" +
                               std::to_string(latest) + "); run a newer Accord, this one never downgrades");
    }
    if (current < latest && !apply) {
      rollback();
      return refuse(where, "its schema version " + std::to_string(current) + " is older than this Accord needs (" +
                               std::to_string(latest) + "); run 'accord migrate'");
    }
    std::string now = domain::SystemClock().now().iso();
    for (const auto& m : migrations) {
      if (m.version <= current) continue;
      for (const auto& statement : splitStatements(m.sql)) sql.exec(statement);
      sql.exec("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
               {std::int64_t{m.version}, m.name, now});
    }
    pg ? sql.session().commit() : (void)sql.exec("COMMIT");
  } catch (...) {
    try {
      rollback();
    } catch (...) {
      // The original fault is the one worth reporting.
    }
    throw;
  }
  return {};
}

}  // namespace accord::storage::detail
