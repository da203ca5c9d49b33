#include "session_cookie.h"

#include <boost/test/unit_test.hpp>

using namespace accord::web;

BOOST_AUTO_TEST_SUITE(session_cookie_tests)

BOOST_AUTO_TEST_CASE(session_cookie_is_httponly_strict_and_scoped_to_the_mount) {
  std::string c = sessionCookie("tok", "/accord", 3600, false);
  BOOST_TEST(c == "accord_session=tok; Path=/accord; Max-Age=3600; HttpOnly; SameSite=Strict");
  BOOST_TEST(sessionCookie("tok", "", 10, false).find("Path=/;") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(secure_flag_only_when_the_site_is_https) {
  BOOST_TEST(sessionCookie("t", "", 1, true).find("; Secure") != std::string::npos);
  BOOST_TEST(sessionCookie("t", "", 1, false).find("Secure") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(cleared_cookie_expires_at_once) {
  BOOST_TEST(clearedSessionCookie("", false) == "accord_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
}

BOOST_AUTO_TEST_CASE(cookie_value_is_found_among_others_and_not_by_prefix) {
  BOOST_TEST(*cookieValue("a=1; accord_session=xyz; b=2", "accord_session") == "xyz");
  BOOST_TEST(*cookieValue("accord_session=xyz", "accord_session") == "xyz");
  BOOST_TEST(!cookieValue("accord_session_old=1; x=2", "accord_session"));
  BOOST_TEST(!cookieValue("", "accord_session"));
}

BOOST_AUTO_TEST_CASE(csrf_token_is_hmac_sha256_of_the_session) {
  // The same session always gets the same token (no server state), another session another one.
  std::string a = csrfToken("session-a"), b = csrfToken("session-b");
  BOOST_TEST(a.size() == 64u);
  BOOST_TEST(a != b);
  BOOST_TEST(a == csrfToken("session-a"));
}

BOOST_AUTO_TEST_CASE(csrf_matches_only_its_own_session) {
  std::string token = csrfToken("session-a");
  BOOST_TEST(csrfMatches("session-a", token));
  BOOST_TEST(!csrfMatches("session-b", token));
  BOOST_TEST(!csrfMatches("session-a", ""));
  BOOST_TEST(!csrfMatches("session-a", token.substr(0, 63)));
  BOOST_TEST(!csrfMatches("", csrfToken("")));  // no session, no valid token
}

BOOST_AUTO_TEST_SUITE_END()
