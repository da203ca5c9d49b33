// The development actor header and the fixed actor.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/http/authenticator.h"

using namespace accord;
namespace bdata = boost::unit_test::data;

namespace {
const char* kBad[] = {"", "alone", "x;", ";secretariat", "x;king", "x;coordinator", "x;coordinator;mk",
                      "x;secretariat;MK", "x;viewer;MK;extra", "a\x01" "b;viewer"};
}

BOOST_AUTO_TEST_SUITE(authenticator_tests)

BOOST_AUTO_TEST_CASE(parses_name_role_and_a_coordinators_country) {
  auto a = http::parseActor("h", "coordinator.mk;coordinator;MK");
  BOOST_REQUIRE(a.ok());
  BOOST_TEST(a->name == "coordinator.mk");
  BOOST_TEST((a->role == domain::Role::kCoordinator));
  BOOST_TEST(a->country->str() == "MK");
  auto m = http::parseActor("h", "mon;monitor");
  BOOST_REQUIRE(m.ok());
  BOOST_TEST(!m->country.has_value());
}

BOOST_DATA_TEST_CASE(refuses_malformed_actors, bdata::make(kBad), text) {
  auto a = http::parseActor("X-Accord-Actor", text);
  BOOST_TEST(!a.ok());
}

BOOST_AUTO_TEST_SUITE_END()
