// The PostgreSQL backend's driver, as a module that storage loads on first use
// (see postgresql_module.h). libpq drags in Kerberos, LDAP, GnuTLS and a dozen
// more libraries; kept out of the binaries, a command that never opens a
// PostgreSQL database (accord render, validate, every SQLite user) starts in half
// the time.
#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/PostgreSQL/PostgreSQLException.h>

#include <exception>
#include <string>

extern "C" {

__attribute__((visibility("default"))) void accord_postgresql_register() {
  Poco::Data::PostgreSQL::Connector::registerConnector();
}

// When `error` is a PostgreSQL driver exception, writes its text (which carries
// the SQLSTATE) to `text` and returns true. The exception types live in this
// module's driver, so only code linked against it can recognise them.
__attribute__((visibility("default"))) bool accord_postgresql_error_text(const std::exception_ptr* error,
                                                                        std::string* text) {
  try {
    std::rethrow_exception(*error);
  } catch (const Poco::Data::PostgreSQL::PostgreSQLException& e) {
    *text = e.message();
    return true;
  } catch (...) {
    return false;
  }
}
}
