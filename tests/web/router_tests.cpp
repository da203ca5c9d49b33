#include "router.h"

#include <set>

#include <boost/test/unit_test.hpp>

using namespace accord::web;

namespace {
Reply page(const Site&, Visit&) { return {}; }
const std::vector<Route> kRoutes = {
    {"GET", "/declarations/{id}", &page, Access::kSignedIn},
    {"POST", "/declarations/{id}/endorsements/{country}", &page, Access::kSignedIn},
    {"GET", "/static/{*file}", &page, Access::kAnyone},
};
}  // namespace

BOOST_AUTO_TEST_SUITE(router_tests)

BOOST_AUTO_TEST_CASE(placeholders_bind_decoded_segments) {
  Match m = matchRoute(kRoutes, "POST", "/declarations/a%20b/endorsements/AL");
  BOOST_REQUIRE(m.route);
  BOOST_TEST(m.params["id"] == "a b");
  BOOST_TEST(m.params["country"] == "AL");
}

BOOST_AUTO_TEST_CASE(other_method_is_told_apart_from_no_page) {
  Match m = matchRoute(kRoutes, "POST", "/declarations/x");
  BOOST_TEST(!m.route);
  BOOST_TEST(m.otherMethod);
  Match none = matchRoute(kRoutes, "GET", "/nothing/here");
  BOOST_TEST(!none.route);
  BOOST_TEST(!none.otherMethod);
}

BOOST_AUTO_TEST_CASE(head_is_served_by_get_routes) {
  BOOST_TEST(matchRoute(kRoutes, "HEAD", "/declarations/x").route != nullptr);
}

BOOST_AUTO_TEST_CASE(rest_placeholder_takes_the_remaining_path) {
  Match m = matchRoute(kRoutes, "GET", "/static/css/accord.css");
  BOOST_REQUIRE(m.route);
  BOOST_TEST(m.params["file"] == "css/accord.css");
  BOOST_TEST(!matchRoute(kRoutes, "GET", "/declarations/x/extra").route);
}

BOOST_AUTO_TEST_CASE(every_page_route_that_writes_needs_a_session_but_sign_in) {
  for (const Route& r : pageRoutes())
    if (std::string(r.method) == "POST" && std::string(r.pattern) != "/signin") BOOST_TEST((r.access == Access::kSignedIn), r.pattern);
}

// The calendar feed is open because its secret address is the credential; no
// other page may be reached without a session by mistake.
BOOST_AUTO_TEST_CASE(only_sign_in_static_files_and_the_calendar_feed_are_open) {
  std::set<std::string> open;
  for (const Route& r : pageRoutes())
    if (r.access == Access::kAnyone) open.insert(std::string(r.method) + " " + r.pattern);
  BOOST_TEST((open == std::set<std::string>{"GET /static/{*file}", "GET /signin", "POST /signin", "GET /calendar/{file}"}));
  auto m = matchRoute(pageRoutes(), "GET", "/calendar/0123abcd.ics");
  BOOST_REQUIRE(m.route);
  BOOST_TEST(m.params["file"] == "0123abcd.ics");
}

BOOST_AUTO_TEST_SUITE_END()
