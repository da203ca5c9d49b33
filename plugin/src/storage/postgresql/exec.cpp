// Statements sent in one round trip. Poco 1.11's PostgreSQL connector prepares
// every statement under a fresh name (PQprepare), describes it, executes it and
// deallocates it: four round trips where libpq needs one. The endorsement status
// of one declaration was 26 round trips for 0.77 ms of server time
// (tests/bench/README.md). Here storage's statements go through PQexecParams on the
// connection of the connector's own session: the session, its pool, its
// transactions (Poco's begin/commit/rollback) and its error texts stay as they were.
#include <Poco/Data/PostgreSQL/PostgreSQLException.h>
#include <Poco/Data/PostgreSQL/SessionImpl.h>
#include <Poco/Data/Session.h>
#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <string>
#include <vector>

#include "pg_result.h"
#include "sql.h"

namespace {
using accord::storage::detail::Params;
using accord::storage::detail::PgResult;

// Type OIDs from PostgreSQL's pg_type.h (server headers, not shipped with libpq).
PgResult::Kind kindOf(Oid type) {
  switch (type) {
    case 16: return PgResult::Kind::kBool;                                // bool
    case 20: case 21: case 23: case 26: return PgResult::Kind::kInteger;  // int8, int2, int4, oid
    case 700: case 701: case 1700: return PgResult::Kind::kReal;          // float4, float8, numeric
    default: return PgResult::Kind::kText;
  }
}

// Every parameter as text, typed by the server from the statement as Poco's
// connector did (no parameter types are sent).
std::vector<std::string> texts(const Params& params, std::vector<const char*>& values) {
  std::vector<std::string> out(params.size());
  values.assign(params.size(), nullptr);
  for (std::size_t i = 0; i < params.size(); ++i) {
    const auto& p = params[i];
    if (std::holds_alternative<std::nullptr_t>(p)) continue;
    if (auto* n = std::get_if<std::int64_t>(&p)) {
      out[i] = std::to_string(*n);
    } else if (auto* d = std::get_if<double>(&p)) {
      char buf[64];
      auto r = std::to_chars(buf, buf + sizeof buf, *d);  // shortest text that reads back exactly
      out[i].assign(buf, r.ptr);
    } else {
      out[i] = std::get<std::string>(p);
    }
  }
  for (std::size_t i = 0; i < params.size(); ++i)
    if (!std::holds_alternative<std::nullptr_t>(params[i])) values[i] = out[i].c_str();
  return out;
}

// The text Poco's connector threw, so that storage's error mapping (db_error.cpp)
// reads the SQLSTATE and the server's sentence as before.
[[noreturn]] void fail(const PGresult* r, PGconn* conn) {
  auto field = [&](int code) {
    const char* v = r ? PQresultErrorField(r, code) : nullptr;
    return std::string(v ? v : "N/A");
  };
  std::string message = r ? PQresultErrorMessage(r) : PQerrorMessage(conn);
  // No SQLSTATE means libpq lost the server (the result is its own, not the
  // server's): the text then carries no State, which db_error.cpp reads as a
  // lost connection, so that the pool drops the session.
  const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
  throw Poco::Data::PostgreSQL::StatementException(
      "postgresql_stmt_execute error: " + message + " Severity: " + field(PG_DIAG_SEVERITY) +
      (state ? std::string(" State: ") + state : std::string()) + " Detail: " + field(PG_DIAG_MESSAGE_DETAIL) +
      " Hint: " + field(PG_DIAG_MESSAGE_HINT) + " Constraint: " + field(PG_DIAG_CONSTRAINT_NAME));
}

void readRows(PGresult* r, PgResult& out) {
  int columns = PQnfields(r), rows = PQntuples(r);
  for (int c = 0; c < columns; ++c) {
    out.columns.emplace_back(PQfname(r, c));
    out.kinds.push_back(kindOf(PQftype(r, c)));
  }
  out.rows = static_cast<std::size_t>(rows);
  out.affected = out.rows;
  out.cells.reserve(out.rows * static_cast<std::size_t>(columns));
  for (int row = 0; row < rows; ++row)
    for (int c = 0; c < columns; ++c)
      if (PQgetisnull(r, row, c))
        out.cells.emplace_back(std::nullopt);
      else
        out.cells.emplace_back(std::string(PQgetvalue(r, row, c), static_cast<std::size_t>(PQgetlength(r, row, c))));
}
}  // namespace

extern "C" {

// Executes `sql` ($1, $2, ... placeholders) with `params` on the connection of
// `session`, a session of this module's connector, and fills `out`. Throws the
// connector's StatementException on any error, NotConnectedException when the
// session has no connection.
__attribute__((visibility("default"))) void accord_postgresql_exec(Poco::Data::Session* session,
                                                                  const std::string* sql, const Params* params,
                                                                  PgResult* out) {
  auto* impl = dynamic_cast<Poco::Data::PostgreSQL::SessionImpl*>(session->impl());
  if (!impl) throw Poco::Data::NotSupportedException("not a PostgreSQL session");
  auto& handle = impl->handle();
  if (!handle.isConnected()) throw Poco::Data::NotConnectedException();
  std::vector<const char*> values;
  std::vector<std::string> keep = texts(*params, values);
  std::unique_ptr<PGresult, void (*)(PGresult*)> r(nullptr, PQclear);
  {
    Poco::FastMutex::ScopedLock lock(handle.mutex());  // the connector's own guard of the connection
    PGconn* conn = handle;
    r.reset(PQexecParams(conn, sql->c_str(), static_cast<int>(values.size()), nullptr,
                         values.empty() ? nullptr : values.data(), nullptr, nullptr, 0));
    ExecStatusType status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(r.get(), conn);
  }
  *out = PgResult{};
  if (PQresultStatus(r.get()) == PGRES_TUPLES_OK) {
    readRows(r.get(), *out);
  } else {
    const char* changed = PQcmdTuples(r.get());
    out->affected = changed && *changed ? std::stoull(changed) : 0;
  }
}
}

extern "C" {

// Runs `copy` (COPY table (columns) FROM STDIN, text format) on the connection of
// `session` and sends `data`, lines in that format (copy_text.h), in pieces; sets
// `rows` to the rows the server stored. Throws as accord_postgresql_exec does;
// after a refused row the server's error (its SQLSTATE, e.g. 23505) is the one thrown.
__attribute__((visibility("default"))) void accord_postgresql_copy(Poco::Data::Session* session,
                                                                  const std::string* copy, const std::string* data,
                                                                  std::size_t* rows) {
  auto* impl = dynamic_cast<Poco::Data::PostgreSQL::SessionImpl*>(session->impl());
  if (!impl) throw Poco::Data::NotSupportedException("not a PostgreSQL session");
  auto& handle = impl->handle();
  if (!handle.isConnected()) throw Poco::Data::NotConnectedException();
  Poco::FastMutex::ScopedLock lock(handle.mutex());
  PGconn* conn = handle;
  std::unique_ptr<PGresult, void (*)(PGresult*)> r(PQexec(conn, copy->c_str()), PQclear);
  if (!r || PQresultStatus(r.get()) != PGRES_COPY_IN) fail(r.get(), conn);
  // Pieces of 1 MiB: libpq buffers what it is given, and sends as the server reads.
  constexpr std::size_t kPiece = 1 << 20;
  bool sent = true;
  for (std::size_t at = 0; sent && at < data->size(); at += kPiece)
    sent = PQputCopyData(conn, data->data() + at, static_cast<int>(std::min(kPiece, data->size() - at))) == 1;
  if (sent) sent = PQputCopyEnd(conn, nullptr) == 1;
  if (!sent) fail(nullptr, conn);  // the connection is gone (blocking mode never answers 0)
  // The COPY's outcome, then nothing: every result is read, so the connection is
  // ready for the next statement whatever happened.
  std::unique_ptr<PGresult, void (*)(PGresult*)> outcome(nullptr, PQclear);
  while (PGresult* next = PQgetResult(conn)) {
    if (!outcome) outcome.reset(next);
    else PQclear(next);
  }
  if (!outcome || PQresultStatus(outcome.get()) != PGRES_COMMAND_OK) fail(outcome.get(), conn);
  const char* stored = PQcmdTuples(outcome.get());
  *rows = stored && *stored ? std::stoull(stored) : 0;
}
}
