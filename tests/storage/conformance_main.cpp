// The storage conformance suite: every case runs against SQLite, and against
// PostgreSQL when ACCORD_TEST_POSTGRES names a server. This file says which.
#include <cstdlib>

#include "conformance_env.h"

namespace {
struct AnnounceBackends {
  AnnounceBackends() {
    const char* pg = std::getenv("ACCORD_TEST_POSTGRES");
    if (pg && *pg)
      BOOST_TEST_MESSAGE("storage conformance: PostgreSQL run ENABLED (ACCORD_TEST_POSTGRES is set); "
                         "every case runs on sqlite and postgresql");
    else
      BOOST_TEST_MESSAGE("storage conformance: PostgreSQL run SKIPPED (ACCORD_TEST_POSTGRES not set); sqlite only");
  }
};
}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(AnnounceBackends);
