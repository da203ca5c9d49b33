// The remembered sessions: an answer holds only in the generation it was checked
// in and only until the token expires.
#include <boost/test/unit_test.hpp>

#include "session_cache.h"

using namespace accord;

BOOST_AUTO_TEST_SUITE(session_cache_tests)

namespace {
app::Authenticated holder(std::int64_t expires) {
  app::Authenticated who;
  who.actor = domain::Actor{"coordinator.mk", domain::Role::kCoordinator, std::nullopt};
  who.tokenId = "t1";
  who.expiresAt = domain::Timestamp::fromSeconds(expires);
  return who;
}
const domain::Timestamp kNow = domain::Timestamp::fromSeconds(1000);
}  // namespace

BOOST_AUTO_TEST_CASE(a_checked_token_is_known_in_its_generation_only) {
  http::SessionCache cache;
  BOOST_TEST(!cache.find("tok", 1, kNow));
  cache.put("tok", 1, holder(2000));
  auto hit = cache.find("tok", 1, kNow);
  BOOST_TEST_REQUIRE(hit.has_value());
  BOOST_TEST(hit->tokenId == "t1");
  BOOST_TEST(!cache.find("tok", 2, kNow));  // an account or session changed since
  BOOST_TEST(!cache.find("tok2", 1, kNow));  // another token, even one character off
}

BOOST_AUTO_TEST_CASE(an_expired_session_is_never_remembered_past_its_end) {
  http::SessionCache cache;
  cache.put("tok", 1, holder(2000));
  BOOST_TEST(cache.find("tok", 1, domain::Timestamp::fromSeconds(1999)).has_value());
  BOOST_TEST(!cache.find("tok", 1, domain::Timestamp::fromSeconds(2000)));
}

BOOST_AUTO_TEST_SUITE_END()
