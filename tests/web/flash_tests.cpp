#include "flash.h"

#include <boost/test/unit_test.hpp>

#include "session_cookie.h"

using namespace accord::web;

BOOST_AUTO_TEST_SUITE(flash_tests)

BOOST_AUTO_TEST_CASE(message_and_undo_survive_the_round_trip_with_hostile_text) {
  Flash f{"Северна Македонија: endorsed; <b>{{x}}</b> & \"quoted\" =%",
          "/declarations/d 1/invitations/MK/remove",
          "Undo: withdraw",
          {{"version", "7"}, {"a=b&c", "x;y=z%"}}};
  auto back = decodeFlash(encodeFlash(f, "session-token"), "session-token");
  BOOST_REQUIRE(back);
  BOOST_TEST(back->message == f.message);
  BOOST_TEST(back->undoAction == f.undoAction);
  BOOST_TEST(back->undoLabel == f.undoLabel);
  BOOST_REQUIRE(back->undoFields.size() == 2u);
  BOOST_TEST(back->undoFields[1].first == "a=b&c");
  BOOST_TEST(back->undoFields[1].second == "x;y=z%");
}

BOOST_AUTO_TEST_CASE(encoded_value_is_a_valid_cookie_value) {
  std::string value = encodeFlash(Flash{"a; b, c \"d\" é"}, "t");
  BOOST_TEST(value.find_first_of(" ;,\"\\") == std::string::npos);
  // Read back from a Cookie header among others, as the server does.
  auto fromHeader = cookieValue("accord_session=t; " + std::string(kFlashCookie) + "=" + value, kFlashCookie);
  BOOST_REQUIRE(fromHeader);
  BOOST_TEST(decodeFlash(*fromHeader, "t")->message == "a; b, c \"d\" é");
}

BOOST_AUTO_TEST_CASE(another_sessions_or_a_forged_message_is_not_shown) {
  std::string value = encodeFlash(Flash{"Revision 4 saved"}, "mine");
  BOOST_TEST(!decodeFlash(value, "theirs"));
  BOOST_TEST(!decodeFlash(value, ""));
  std::string forged = value;
  forged[2] = forged[2] == 'X' ? 'Y' : 'X';
  BOOST_TEST(!decodeFlash(forged, "mine"));
  BOOST_TEST(!decodeFlash("m=Hello", "mine"));
  BOOST_TEST(!decodeFlash("", "mine"));
}

BOOST_AUTO_TEST_CASE(long_message_is_cut_at_a_character_boundary) {
  std::string longText;
  for (int i = 0; i < 300; ++i) longText += "ж";  // two bytes each: 600 bytes
  auto back = decodeFlash(encodeFlash(Flash{longText}, "t"), "t");
  BOOST_REQUIRE(back);
  BOOST_TEST(back->message.size() <= kFlashMaxChars + 3);
  BOOST_TEST(back->message.substr(back->message.size() - 3) == "…");
  BOOST_TEST(back->message.substr(0, 4) == "жж");
  BOOST_TEST((back->message.size() - 3) % 2 == 0u);  // no half of a character left
}

BOOST_AUTO_TEST_CASE(cookie_is_short_lived_httponly_strict_and_cleared_after_showing) {
  BOOST_TEST(flashCookie("v", "/accord", false) ==
             "accord_flash=v; Path=/accord; Max-Age=120; HttpOnly; SameSite=Strict");
  BOOST_TEST(clearedFlashCookie("", true) == "accord_flash=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure");
}

BOOST_AUTO_TEST_SUITE_END()
