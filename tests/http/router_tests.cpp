// Route matching: literal segments, parameters, 404 versus 405.
#include <boost/test/unit_test.hpp>

#include "router.h"

using namespace accord::http;

namespace {
Reply nothing(Call&) { return Reply{}; }

Router sample() {
  Router r;
  r.add({"GET", "/api/v1/declarations/{id}", nothing, {}});
  r.add({"PATCH", "/api/v1/declarations/{id}", nothing, {}});
  r.add({"GET", "/api/v1/declarations/{id}/revisions/{n}", nothing, {}});
  r.add({"GET", "/api/v1/declarations/{id}/render", nothing, {}});
  return r;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(router_tests)

BOOST_AUTO_TEST_CASE(parameters_take_one_decoded_segment) {
  Router r = sample();
  Match m = r.match("GET", "/api/v1/declarations/a%2Eb/revisions/2");
  BOOST_REQUIRE(m.route);
  BOOST_TEST(m.index == 2u);
  BOOST_TEST(m.params.size() == 2u);
  BOOST_TEST(m.params[0].second == "a.b");
  BOOST_TEST(m.params[1].second == "2");
}

BOOST_AUTO_TEST_CASE(literal_segments_win_only_when_they_match) {
  Router r = sample();
  Match render = r.match("GET", "/api/v1/declarations/x/render");
  BOOST_REQUIRE(render.route);
  BOOST_TEST(render.route->path == "/api/v1/declarations/{id}/render");
}

BOOST_AUTO_TEST_CASE(a_known_path_with_another_method_lists_the_allowed_ones) {
  Match m = sample().match("DELETE", "/api/v1/declarations/x");
  BOOST_TEST(!m.route);
  BOOST_TEST(m.allow == "GET, PATCH");
}

BOOST_AUTO_TEST_CASE(an_unknown_path_has_no_allowed_methods) {
  Router r = sample();
  for (std::string path : {"/api/v1/declarations", "/api/v1/declarations//render", "/x", "", "nope"}) {
    Match m = r.match("GET", path);
    BOOST_TEST(!m.route, path);
    BOOST_TEST(m.allow.empty(), path);
  }
}

BOOST_AUTO_TEST_SUITE_END()
