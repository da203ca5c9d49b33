#include "sqlite_exec.h"

#include <cctype>

#include <Poco/Data/SQLite/Utility.h>
#include <Poco/Data/Session.h>
#include <sqlite3.h>

#include <charconv>
#include <memory>

namespace accord::storage::detail {

namespace {
using Poco::Data::SQLite::Utility;

// Poco's exception for `rc` with SQLite's own sentence (Utility picks the class
// from the primary code, so extended codes are masked).
[[noreturn]] void fail(sqlite3* db, int rc) {
  Utility::throwException(db, rc & 0xff);
  throw Poco::Data::DataException("sqlite error");  // not reached: throwException always throws
}

void bindAll(sqlite3* db, sqlite3_stmt* st, const Params& params) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    int at = static_cast<int>(i) + 1, rc;
    const auto& p = params[i];
    if (std::holds_alternative<std::nullptr_t>(p))
      rc = sqlite3_bind_null(st, at);
    else if (auto* n = std::get_if<std::int64_t>(&p))
      rc = sqlite3_bind_int64(st, at, *n);
    else if (auto* d = std::get_if<double>(&p))
      rc = sqlite3_bind_double(st, at, *d);
    else {
      const auto& s = std::get<std::string>(p);
      // The parameters outlive the statement, which is finalized before returning.
      rc = sqlite3_bind_text(st, at, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
    }
    if (rc != SQLITE_OK) fail(db, rc);
  }
}

template <class T>
std::string shortest(T value) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, r.ptr);
}
}  // namespace

PgResult sqliteExec(Poco::Data::Session& session, const std::string& sql, const Params& params) {
  sqlite3* db = Utility::dbHandle(session);
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &raw, &tail);
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> st(raw, sqlite3_finalize);
  if (rc != SQLITE_OK) fail(db, rc);
  // One statement per call, as storage writes them (migrations are split before).
  // What may follow it: semicolons, white space (a CRLF checkout's \r too) and "--" comments.
  for (; tail && *tail; ++tail) {
    if (tail[0] == '-' && tail[1] == '-') {
      while (tail[1] && tail[1] != '\n') ++tail;
      continue;
    }
    if (*tail != ';' && !std::isspace(static_cast<unsigned char>(*tail)))
      throw Poco::Data::DataException("more than one statement in one call: " + sql);
  }
  if (!st) return PgResult{};  // only a comment or whitespace
  bindAll(db, st.get(), params);

  PgResult out;
  int columns = sqlite3_column_count(st.get());
  std::vector<bool> typed(static_cast<std::size_t>(columns), false);
  for (int c = 0; c < columns; ++c) {
    const char* name = sqlite3_column_name(st.get(), c);
    out.columns.emplace_back(name ? name : "");
    out.kinds.push_back(PgResult::Kind::kText);
  }
  while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
    ++out.rows;
    for (int c = 0; c < columns; ++c) {
      int type = sqlite3_column_type(st.get(), c);
      auto col = static_cast<std::size_t>(c);
      if (type == SQLITE_NULL) {
        out.cells.emplace_back(std::nullopt);
        continue;
      }
      if (!typed[col]) {
        typed[col] = true;
        if (type == SQLITE_INTEGER) out.kinds[col] = PgResult::Kind::kInteger;
        else if (type == SQLITE_FLOAT) out.kinds[col] = PgResult::Kind::kReal;
      }
      if (type == SQLITE_INTEGER)
        out.cells.emplace_back(shortest(static_cast<std::int64_t>(sqlite3_column_int64(st.get(), c))));
      else if (type == SQLITE_FLOAT)
        out.cells.emplace_back(shortest(sqlite3_column_double(st.get(), c)));
      else {
        const auto* text = static_cast<const char*>(sqlite3_column_blob(st.get(), c));
        out.cells.emplace_back(std::string(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(st.get(), c))));
      }
    }
  }
  if (rc != SQLITE_DONE) fail(db, rc);
  out.affected = columns > 0 ? out.rows : static_cast<std::size_t>(sqlite3_changes(db));
  return out;
}

}  // namespace accord::storage::detail
