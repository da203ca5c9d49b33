#include <boost/test/unit_test.hpp>

#include <set>

#include "accord/app/credentials.h"
#include "accord/security/random_password.h"

BOOST_AUTO_TEST_SUITE(random_password_tests)

BOOST_AUTO_TEST_CASE(a_made_up_password_passes_the_policy_and_avoids_look_alikes) {
  const std::string lookAlikes = "0O1lI";
  std::set<std::string> seen;
  std::set<char> symbols;
  for (int i = 0; i < 200; ++i) {
    std::string p = accord::security::randomPassword();
    BOOST_TEST(p.size() == 20u);
    BOOST_TEST(accord::app::checkPasswordPolicy(p).ok());
    BOOST_TEST(p.find_first_of(lookAlikes) == std::string::npos, p);
    symbols.insert(p.begin(), p.end());
    seen.insert(p);
  }
  BOOST_TEST(seen.size() == 200u);
  // 4,000 draws from 57 symbols leave none out unless the drawing is broken.
  BOOST_TEST(symbols.size() == 57u);
}

BOOST_AUTO_TEST_SUITE_END()
