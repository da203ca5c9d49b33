// Per-test environment of the conformance suite: a fresh store on one backend, a
// fixed clock and the use-case context, announced in the log so that the CI log
// shows which backend each case ran against.
#pragma once

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "storage_fixture.h"

namespace accord::test {

struct Env {
  explicit Env(const std::string& backend, storage::StoreOptions options = {})
      : fresh(backend, options), clock(at("2017-08-01T12:00:00Z")), ctx{fresh.store(), clock, snapshots()} {
    BOOST_TEST_MESSAGE("storage conformance [" << backend << "] on " << fresh.store().describe());
  }
  FreshStore fresh;
  domain::FixedClock clock;
  app::Context ctx;
};

// BOOST_DATA_TEST_CASE over every configured backend.
inline auto allBackends() { return boost::unit_test::data::make(backends()); }

template <class T>
const T& ok(const domain::Result<T>& r) {
  BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? std::string() : r.error().message));
  return r.value();
}
inline void ok(const domain::Status& s) { BOOST_TEST_REQUIRE(s.ok(), (s.ok() ? std::string() : s.error().message)); }

template <class R>
domain::ErrorCode codeOf(const R& r) {
  BOOST_TEST_REQUIRE(!r.ok());
  return r.error().code;
}

}  // namespace accord::test
