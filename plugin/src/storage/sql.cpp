#include "sql.h"

#include <Poco/Data/Binding.h>
#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Nullable.h>

#include <cstdlib>

#include "copy_text.h"
#include "db_error.h"
#include "pg_result.h"
#include "postgresql_module.h"
#include "sqlite_exec.h"

namespace accord::storage::detail {

using Poco::Data::AbstractBinding;
using Poco::Data::Binding;

namespace {
// Big statements gain nothing once the round trip is amortised over a few hundred
// rows, and Poco 1.11's PostgreSQL connector loses the connection on statements of
// about 7,000 parameters and more.
constexpr std::size_t kMaxParamsPerStatement = 4000;
constexpr std::size_t kMaxRowsPerStatement = 200;
// From this many rows on, PostgreSQL gets them through COPY (three round trips, no
// parameters to bind, no statement to parse); fewer go as one INSERT.
constexpr std::size_t kCopyFromRows = 64;

void bindAll(Poco::Data::Statement& st, Params& params, Poco::Nullable<std::string>& null) {
  for (auto& p : params) {
    if (std::holds_alternative<std::nullptr_t>(p))
      st.addBind(new Binding<Poco::Nullable<std::string>>(null, "", AbstractBinding::PD_IN));
    else if (auto* i = std::get_if<std::int64_t>(&p))
      st.addBind(new Binding<Poco::Int64>(*i, "", AbstractBinding::PD_IN));
    else if (auto* d = std::get_if<double>(&p))
      st.addBind(new Binding<double>(*d, "", AbstractBinding::PD_IN));
    else
      st.addBind(new Binding<std::string>(std::get<std::string>(p), "", AbstractBinding::PD_IN));
  }
}

// PostgreSQL statements go to libpq in one round trip each (postgresql/exec.cpp).
// ACCORD_POSTGRESQL_STATEMENTS=poco sends them through Poco::Data's connector as
// before (prepare, describe, execute, deallocate: four round trips), to measure
// the difference on the same build (tests/bench/README.md).
bool oneRoundTrip(Dialect dialect) {
  static const bool viaPoco = [] {
    const char* v = std::getenv("ACCORD_POSTGRESQL_STATEMENTS");
    return v && std::string(v) == "poco";
  }();
  return dialect == Dialect::kPostgresql && !viaPoco;
}

// ACCORD_POSTGRESQL_COPY=off inserts in batches of INSERT statements instead of
// COPY, to measure the difference on the same build (tests/bench/README.md).
bool copyAllowed() {
  static const bool off = [] {
    const char* v = std::getenv("ACCORD_POSTGRESQL_COPY");
    return v && std::string(v) == "off";
  }();
  return !off;
}

// SQLite statements go straight to sqlite3 on the session's handle (sqlite_exec.h).
// ACCORD_SQLITE_STATEMENTS=poco reads them through Poco::Data's RecordSet as before,
// to measure the difference on the same build (tests/bench/README.md).
bool direct(Dialect dialect) {
  static const bool viaPoco = [] {
    const char* v = std::getenv("ACCORD_SQLITE_STATEMENTS");
    return v && std::string(v) == "poco";
  }();
  return dialect == Dialect::kSqlite && !viaPoco;
}
}  // namespace

std::string placeholders(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i ? ", ?" : "?";
  return out;
}

Sql::Sql(Poco::Data::Session& session, Dialect dialect, std::atomic<std::uint64_t>& statements)
    : session_(session), dialect_(dialect), statements_(statements) {}

std::string Sql::translate(const std::string& sql) const {
  if (dialect_ == Dialect::kSqlite) return sql;
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  bool quoted = false;  // a '?' inside a string literal is text, not a parameter
  for (char c : sql) {
    if (c == '\'') quoted = !quoted;
    if (c == '?' && !quoted)
      out += "$" + std::to_string(++n);
    else
      out.push_back(c);
  }
  return out;
}

std::size_t Sql::exec(const std::string& sql, Params params) {
  ++statements_;
  if (oneRoundTrip(dialect_)) return postgresqlExec(session_, translate(sql), params).affected;
  if (direct(dialect_)) return sqliteExec(session_, sql, params).affected;
  Poco::Nullable<std::string> null;
  Poco::Data::Statement st(session_);
  st << translate(sql);
  bindAll(st, params, null);
  return st.execute();
}

Rows Sql::query(const std::string& sql, Params params) {
  ++statements_;
  if (oneRoundTrip(dialect_))
    return Rows(std::make_unique<PgResult>(postgresqlExec(session_, translate(sql), params)));
  if (direct(dialect_)) return Rows(std::make_unique<PgResult>(sqliteExec(session_, sql, params)));
  Poco::Nullable<std::string> null;
  Poco::Data::Statement st(session_);
  st << translate(sql);
  bindAll(st, params, null);
  st.execute();
  return Rows(std::make_unique<Poco::Data::RecordSet>(st));
}

void Sql::insertRows(const std::string& table, const std::vector<std::string>& columns, std::vector<Params> rows) {
  if (rows.empty()) return;
  if (rows.size() >= kCopyFromRows && oneRoundTrip(dialect_) && copyAllowed()) {
    std::string copy = "COPY " + table + " (";
    for (std::size_t i = 0; i < columns.size(); ++i) copy += (i ? ", " : "") + columns[i];
    copy += ") FROM STDIN";
    std::string data;
    for (const auto& row : rows) appendCopyLine(data, row);
    ++statements_;
    postgresqlCopy(session_, copy, data);
    return;
  }
  std::string head = "INSERT INTO " + table + " (";
  for (std::size_t i = 0; i < columns.size(); ++i) head += (i ? ", " : "") + columns[i];
  head += ") VALUES ";
  std::string row = "(" + placeholders(columns.size()) + ")";
  std::size_t perStatement = std::max<std::size_t>(1, std::min(kMaxRowsPerStatement, kMaxParamsPerStatement / columns.size()));
  for (std::size_t start = 0; start < rows.size(); start += perStatement) {
    std::size_t end = std::min(rows.size(), start + perStatement);
    std::string sql = head;
    Params params;
    params.reserve((end - start) * columns.size());
    for (std::size_t r = start; r < end; ++r) {
      sql += (r == start ? "" : ", ") + row;
      for (auto& v : rows[r]) params.push_back(std::move(v));
    }
    exec(sql, std::move(params));
  }
}

Rows::Rows(std::unique_ptr<Poco::Data::RecordSet> rs) : rs_(std::move(rs)) {}
Rows::Rows(std::unique_ptr<PgResult> pg) : pg_(std::move(pg)) {}
Rows::Rows(Rows&&) noexcept = default;
Rows::~Rows() = default;

std::size_t Rows::size() const { return pg_ ? pg_->rows : rs_->rowCount(); }

bool Rows::isNull(std::size_t row, std::size_t col) const {
  return pg_ ? !pgCell(*pg_, row, col) : rs_->value(col, row).isEmpty();
}

std::string Rows::str(std::size_t row, std::size_t col) const { return optStr(row, col).value_or(std::string()); }

std::optional<std::string> Rows::optStr(std::size_t row, std::size_t col) const {
  if (pg_) return pgText(*pg_, row, col);
  auto v = rs_->value(col, row);
  if (v.isEmpty()) return std::nullopt;
  return v.convert<std::string>();
}

std::int64_t Rows::i64(std::size_t row, std::size_t col) const {
  auto v = optI64(row, col);
  if (!v) throw CorruptData("column " + columnName(col) + " is NULL where a number is required");
  return *v;
}

std::string Rows::columnName(std::size_t col) const { return pg_ ? pg_->columns.at(col) : rs_->columnName(col); }

std::optional<std::int64_t> Rows::optI64(std::size_t row, std::size_t col) const {
  if (pg_) return pgInteger(*pg_, row, col);
  auto v = rs_->value(col, row);
  if (v.isEmpty()) return std::nullopt;
  try {
    return static_cast<std::int64_t>(v.convert<Poco::Int64>());
  } catch (const Poco::Exception&) {
    throw CorruptData("column " + rs_->columnName(col) + " holds '" + v.convert<std::string>() +
                      "' where a number is required");
  }
}

double Rows::dbl(std::size_t row, std::size_t col) const {
  if (pg_) return pgReal(*pg_, row, col);
  auto v = rs_->value(col, row);
  if (v.isEmpty()) throw CorruptData("column " + rs_->columnName(col) + " is NULL where a number is required");
  return v.convert<double>();
}

}  // namespace accord::storage::detail
