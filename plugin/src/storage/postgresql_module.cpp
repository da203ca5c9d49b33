#include "postgresql_module.h"

#include <Poco/SharedLibrary.h>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <stdexcept>

#ifndef ACCORD_POSTGRESQL_MODULE
#error "ACCORD_POSTGRESQL_MODULE must name the built PostgreSQL module"
#endif

namespace accord::storage::detail {

namespace {
using RegisterFn = void (*)();
using ErrorTextFn = bool (*)(const std::exception_ptr*, std::string*);
using ExecFn = void (*)(Poco::Data::Session*, const std::string*, const Params*, PgResult*);
using CopyFn = void (*)(Poco::Data::Session*, const std::string*, const std::string*, std::size_t*);

struct Module {
  std::once_flag once;
  domain::Status loaded;
  std::atomic<ErrorTextFn> errorText{nullptr};
  std::atomic<ExecFn> exec{nullptr};
  std::atomic<CopyFn> copy{nullptr};
};

Module& module() {
  static Module m;  // never unloaded: connectors and their sessions outlive any caller
  return m;
}

std::string modulePath() {
  const char* env = std::getenv("ACCORD_POSTGRESQL_MODULE");
  return env && *env ? env : ACCORD_POSTGRESQL_MODULE;
}
}  // namespace

domain::Status loadPostgresql() {
  Module& m = module();
  std::call_once(m.once, [&m] {
    std::string path = modulePath();
    try {
      static Poco::SharedLibrary library;
      library.load(path);
      auto registerConnector = reinterpret_cast<RegisterFn>(library.getSymbol("accord_postgresql_register"));
      m.errorText = reinterpret_cast<ErrorTextFn>(library.getSymbol("accord_postgresql_error_text"));
      m.exec = reinterpret_cast<ExecFn>(library.getSymbol("accord_postgresql_exec"));
      m.copy = reinterpret_cast<CopyFn>(library.getSymbol("accord_postgresql_copy"));
      registerConnector();
    } catch (const Poco::Exception& e) {
      m.loaded = domain::Error{domain::ErrorCode::kUnavailable,
                               "PostgreSQL support cannot be loaded from " + path + " (" + e.displayText() +
                                   "); set ACCORD_POSTGRESQL_MODULE to the installed libaccord_postgresql.so",
                               "storage"};
    }
  });
  return m.loaded;
}

std::optional<std::string> postgresqlErrorText(const std::exception_ptr& error) {
  ErrorTextFn fn = module().errorText;
  std::string text;
  if (fn && fn(&error, &text)) return text;
  return std::nullopt;
}

PgResult postgresqlExec(Poco::Data::Session& session, const std::string& sql, const Params& params) {
  ExecFn fn = module().exec;
  // A PostgreSQL session exists only once the module registered its connector.
  if (!fn) throw std::logic_error("PostgreSQL statement before the PostgreSQL module was loaded");
  PgResult out;
  fn(&session, &sql, &params, &out);
  return out;
}

std::size_t postgresqlCopy(Poco::Data::Session& session, const std::string& copy, const std::string& data) {
  CopyFn fn = module().copy;
  if (!fn) throw std::logic_error("PostgreSQL COPY before the PostgreSQL module was loaded");
  std::size_t rows = 0;
  fn(&session, &copy, &data, &rows);
  return rows;
}

}  // namespace accord::storage::detail
