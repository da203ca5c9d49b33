// The one place that talks to Poco::Data: statements with bound parameters, typed
// access to result rows, multi-row inserts. It also hides the dialect's placeholder
// syntax: statements are written with '?', and PostgreSQL gets $1, $2, ...
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace Poco::Data {
class Session;
class RecordSet;
}  // namespace Poco::Data

namespace accord::storage::detail {

enum class Dialect { kSqlite, kPostgresql };

using SqlValue = std::variant<std::nullptr_t, std::int64_t, double, std::string>;
using Params = std::vector<SqlValue>;

struct PgResult;

// A fully read result. Accessors throw CorruptData when a value cannot be what the
// schema promises (it never happens unless someone edited the database by hand).
// SQLite's come through Poco::Data; PostgreSQL's straight from libpq (pg_result.h).
class Rows {
 public:
  explicit Rows(std::unique_ptr<Poco::Data::RecordSet> rs);
  explicit Rows(std::unique_ptr<PgResult> pg);
  Rows(Rows&&) noexcept;
  ~Rows();
  std::size_t size() const;
  bool isNull(std::size_t row, std::size_t col) const;
  std::string str(std::size_t row, std::size_t col) const;  // NULL reads as ""
  std::optional<std::string> optStr(std::size_t row, std::size_t col) const;
  std::int64_t i64(std::size_t row, std::size_t col) const;
  std::optional<std::int64_t> optI64(std::size_t row, std::size_t col) const;
  double dbl(std::size_t row, std::size_t col) const;

 private:
  std::string columnName(std::size_t col) const;
  std::unique_ptr<Poco::Data::RecordSet> rs_;
  std::unique_ptr<PgResult> pg_;
};

class Sql {
 public:
  Sql(Poco::Data::Session& session, Dialect dialect, std::atomic<std::uint64_t>& statements);

  // Executes one statement; returns the number of rows it changed.
  std::size_t exec(const std::string& sql, Params params = {});
  Rows query(const std::string& sql, Params params = {});
  // Inserts `rows` (each one value per column) with as few statements as the
  // backends' parameter limits allow.
  void insertRows(const std::string& table, const std::vector<std::string>& columns, std::vector<Params> rows);

  Dialect dialect() const { return dialect_; }
  // Row lock for read-then-write on PostgreSQL; SQLite locks the whole database
  // for a writing transaction already.
  const char* forUpdate() const { return dialect_ == Dialect::kPostgresql ? " FOR UPDATE" : ""; }
  // Byte order for a sort whose order between keys nothing reads (rows grouped by
  // key, then placed by the caller): PostgreSQL compares text through the
  // database's collation otherwise, 15-20 ms for the 2,850 rows of a matrix page.
  const char* byteOrder() const { return dialect_ == Dialect::kPostgresql ? " COLLATE \"C\"" : ""; }
  Poco::Data::Session& session() { return session_; }

 private:
  std::string translate(const std::string& sql) const;
  Poco::Data::Session& session_;
  Dialect dialect_;
  std::atomic<std::uint64_t>& statements_;
};

// "?, ?, ?" for an IN list or a VALUES row.
std::string placeholders(std::size_t n);

}  // namespace accord::storage::detail
