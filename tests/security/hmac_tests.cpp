#include <boost/test/unit_test.hpp>

#include "accord/security/hmac.h"

using accord::security::constantTimeEquals;
using accord::security::hmacSha256Hex;

BOOST_AUTO_TEST_SUITE(hmac_tests)

// RFC 4231, test cases 2 and 6 (a key longer than the block size is hashed first).
BOOST_AUTO_TEST_CASE(hmac_sha256_gives_the_rfc_4231_values) {
  BOOST_TEST(hmacSha256Hex("Jefe", "what do ya want for nothing?") ==
             "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  BOOST_TEST(hmacSha256Hex(std::string(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First") ==
             "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

BOOST_AUTO_TEST_CASE(equal_strings_compare_equal_and_any_difference_does_not) {
  BOOST_TEST(constantTimeEquals("abc", "abc"));
  BOOST_TEST(constantTimeEquals("", ""));
  BOOST_TEST(!constantTimeEquals("abc", "abd"));
  BOOST_TEST(!constantTimeEquals("abc", "ab"));
  BOOST_TEST(!constantTimeEquals("", "a"));
}

BOOST_AUTO_TEST_SUITE_END()
