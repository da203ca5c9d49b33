// Loads the PostgreSQL driver module (postgresql/module.cpp) on first use, so that
// only processes that open a postgresql:// database pay for libpq and its
// dependencies.
#pragma once

#include <exception>
#include <optional>
#include <string>

#include "accord/domain/result.h"
#include "pg_result.h"
#include "sql.h"

namespace Poco::Data {
class Session;
}

namespace accord::storage::detail {

// Loads the module and registers the PostgreSQL connector with Poco::Data, once.
// kUnavailable naming the module file and the loader's reason when it cannot be
// loaded. The module is $ACCORD_POSTGRESQL_MODULE if set, else the one built
// with this binary.
domain::Status loadPostgresql();

// The driver's error text when `error` is a PostgreSQL driver exception; nullopt
// for anything else or when the module was never loaded.
std::optional<std::string> postgresqlErrorText(const std::exception_ptr& error);

// Executes one statement ($1, $2, ... placeholders) on a session of the PostgreSQL
// connector in a single round trip (postgresql/exec.cpp). Throws the driver's
// exceptions, as Poco::Data's statements do.
PgResult postgresqlExec(Poco::Data::Session& session, const std::string& sql, const Params& params);

// Runs `copy`, a COPY ... FROM STDIN in text format, on a session of the connector
// and sends `data` (copy_text.h) in the same call; returns the rows stored. Throws
// the driver's exceptions, the server's SQLSTATE in their text, as postgresqlExec.
std::size_t postgresqlCopy(Poco::Data::Session& session, const std::string& copy, const std::string& data);

}  // namespace accord::storage::detail
