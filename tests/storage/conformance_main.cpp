// The storage conformance suite: every case runs against SQLite, and against
// PostgreSQL when ACCORD_TEST_POSTGRES names a server. This file says which, and
// fails the whole suite in CI when PostgreSQL is missing.
#include <cstdlib>
#include <stdexcept>

#include "conformance_env.h"

namespace {
struct AnnounceBackends {
  AnnounceBackends() {
    const char* pg = std::getenv("ACCORD_TEST_POSTGRES");
    if (pg && *pg)
      BOOST_TEST_MESSAGE("storage conformance: PostgreSQL run ENABLED (ACCORD_TEST_POSTGRES is set); "
                         "every case runs on sqlite and postgresql");
    else if (accord::test::postgresRequired())
      throw std::runtime_error("storage conformance: CI is set but ACCORD_TEST_POSTGRES is not: the PostgreSQL run "
                               "may not be skipped in CI (./test starts a server and sets it)");
    else
      BOOST_TEST_MESSAGE("storage conformance: PostgreSQL run SKIPPED (ACCORD_TEST_POSTGRES not set); sqlite only");
  }
};
}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(AnnounceBackends);
