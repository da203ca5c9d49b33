#include "db_error.h"

#include <Poco/Data/DataException.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Exception.h>

#include "postgresql_module.h"

namespace accord::storage::detail {

using domain::Error;
using domain::ErrorCode;

namespace {
namespace sqlite = Poco::Data::SQLite;

// The server's own sentence and detail, without Poco's wrapping.
std::string pgMessage(const std::string& text) {
  std::string msg = text;
  if (auto p = msg.find("ERROR:"); p != std::string::npos) msg = msg.substr(p + 6);
  if (auto p = msg.find("FATAL:"); p != std::string::npos) msg = msg.substr(p + 6);
  if (auto p = msg.find(" Severity:"); p != std::string::npos) msg = msg.substr(0, p);
  if (auto p = msg.find("postgresql_stmt_prepare error: "); p != std::string::npos) msg = msg.substr(p + 31);
  std::string out;
  bool space = false;
  for (char c : msg) {
    bool ws = c == '\n' || c == '\t' || c == ' ';
    if (ws && !out.empty()) space = true;
    if (!ws) {
      if (space) out.push_back(' ');
      out.push_back(c);
      space = false;
    }
  }
  return out;
}

std::string sqlState(const std::string& text) {
  auto p = text.find(" State: ");
  return p == std::string::npos ? std::string() : text.substr(p + 8, 5);
}

Fault unavailable(const std::string& where, const std::string& cause, bool lost) {
  return {Error{ErrorCode::kUnavailable, "storage " + where + " is unavailable: " + cause, "storage"}, false, lost};
}

Fault fromPostgres(const std::string& where, const std::string& text) {
  std::string state = sqlState(text), msg = pgMessage(text);
  if (state == "23505") return {Error{ErrorCode::kAlreadyExists, "already stored: " + msg, {}}};
  if (state == "23503") return {Error{ErrorCode::kNotFound, "refers to a record that does not exist: " + msg, {}}};
  if (state.rfind("23", 0) == 0 || state.rfind("22", 0) == 0)
    return {Error{ErrorCode::kInvalidArgument, "refused by the database: " + msg, {}}};
  if (state == "40001" || state == "40P01")
    return {Error{ErrorCode::kConflict, "a concurrent change got in the way; try again (" + msg + ")", {}}, true};
  if (state == "53100") return unavailable(where, "the disk is full (" + msg + ")", false);
  if (state == "25006") return unavailable(where, "the database is read-only (" + msg + ")", false);
  // Connection classes (08), shutdown (57P0x) or no state at all: libpq lost the server.
  if (state.empty() || state.rfind("08", 0) == 0 || state.rfind("57P", 0) == 0)
    return unavailable(where, "lost the connection to PostgreSQL: " + msg, true);
  return {Error{ErrorCode::kInternal, "database error " + state + ": " + msg, {}}};
}

// Everything but SQLite's and the PostgreSQL driver's own exceptions. Call only
// from a catch block.
Fault classifyGeneric(const std::string& where) {
  try {
    throw;
  } catch (const Poco::Data::ConnectionFailedException& e) {
    return unavailable(where, "cannot connect (" + pgMessage(e.message()) + ")", true);
  } catch (const Poco::Data::NotConnectedException&) {
    return unavailable(where, "the connection to the database was lost", true);
  } catch (const Poco::Exception& e) {
    return {Error{ErrorCode::kInternal, "database error in " + where + ": " + e.displayText(), {}}};
  } catch (const std::exception& e) {
    return {Error{ErrorCode::kInternal, "storage error in " + where + ": " + e.what(), {}}};
  }
}
}  // namespace

Fault classifyCurrentException(const std::string& where) {
  try {
    throw;
  } catch (const CorruptData& e) {
    return {Error{ErrorCode::kInternal, "stored data in " + where + " is damaged: " + e.what(), {}}};
  } catch (const sqlite::ConstraintViolationException& e) {
    std::string m = e.message();
    if (m.find("UNIQUE") != std::string::npos) return {Error{ErrorCode::kAlreadyExists, "already stored: " + m, {}}};
    if (m.find("FOREIGN KEY") != std::string::npos)
      return {Error{ErrorCode::kNotFound, "refers to a record that does not exist: " + m, {}}};
    return {Error{ErrorCode::kInvalidArgument, "refused by the database: " + m, {}}};
  } catch (const sqlite::DatabaseFullException&) {
    return unavailable(where, "the database or disk is full; nothing was written", false);
  } catch (const sqlite::ReadOnlyException&) {
    return unavailable(where, "the database is read-only; nothing was written", false);
  } catch (const sqlite::CorruptImageException& e) {
    return unavailable(where, "the file is not an Accord database or is damaged (" + e.message() + ")", false);
  } catch (const sqlite::CantOpenDBFileException& e) {
    return unavailable(where, "cannot open the database file (" + e.message() + ")", false);
  } catch (const sqlite::IOErrorException& e) {
    return unavailable(where, "disk I/O error (" + e.message() + ")", false);
  } catch (const sqlite::DBLockedException&) {
    return unavailable(where, "the database stayed locked by another writer beyond the busy timeout", false);
  } catch (const sqlite::TableLockedException&) {
    return unavailable(where, "a table stayed locked beyond the busy timeout", false);
  } catch (const Poco::Exception&) {
    // The PostgreSQL driver's exceptions are known only to its module.
    if (auto text = postgresqlErrorText(std::current_exception())) return fromPostgres(where, *text);
    return classifyGeneric(where);
  } catch (const std::exception& e) {
    return {Error{ErrorCode::kInternal, "storage error in " + where + ": " + e.what(), {}}};
  }
}

}  // namespace accord::storage::detail
