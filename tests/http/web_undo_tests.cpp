// Undo where the domain has an inverse the same person may do (issue 19): an
// invitation withdrawn by mistake is given again from the message the next page
// shows, as a browser posts it, under the version the withdrawal made.
#include <boost/test/unit_test.hpp>

#include <string>

#include "browser_form.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {
bool shows(const Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }

std::size_t invited(const Client& sec, const std::string& country) {
  auto list = sec.get("/api/v1/declarations/d-undo").json()->getArray("invitedCountries");
  std::size_t n = 0;
  for (std::size_t i = 0; i < list->size(); ++i) n += list->getElement<std::string>(i) == country;
  return n;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(web_undo_tests)

BOOST_AUTO_TEST_CASE(a_withdrawn_invitation_is_given_again_from_the_message) {
  PluginServer server;
  Client sec = server.client();
  Response made = sec.post("/api/v1/declarations", R"({"id":"d-undo","conference":"skopje-2016",
    "title":"Undo Declaration","invitedCountries":["AL","MK"]})");
  BOOST_TEST_REQUIRE(made.status == 201, made.body);
  BrowserPage page(server, sec, "/declarations/d-undo");
  Response removed = page.post("/invitations/AL/remove", page.form("/declarations/d-undo/invitations/AL/remove\""));
  BOOST_TEST_REQUIRE(removed.status == 303, removed.body.substr(0, 2000));
  BOOST_TEST(invited(sec, "AL") == 0u);
  // The next page, with the message cookie the answer set.
  std::string cookie = removed.header("Set-Cookie");
  BOOST_TEST_REQUIRE(cookie.rfind("accord_flash=", 0) == 0u, cookie);
  Client::Headers withFlash{{"Cookie", "accord_session=" + sec.token() + "; " + cookie.substr(0, cookie.find(';'))}};
  Response shown = page.browser.get("/declarations/d-undo", withFlash);
  BOOST_TEST(shows(shown, "Albania is no longer invited"), shown.body.substr(0, 3000));
  BOOST_TEST(shows(shown, "Undo: invite again"));
  Form undo = browserForm(shown.body, "action=\"/declarations/d-undo/invitations\" class=\"inline\"");
  BOOST_TEST(field(undo, "country") == "AL");
  Response again = page.browser.send("POST", "/declarations/d-undo/invitations", urlEncoded(undo),
                                     "application/x-www-form-urlencoded", page.cookie);
  BOOST_TEST(again.status == 303, again.body.substr(0, 2000));
  BOOST_TEST(invited(sec, "AL") == 1u);
  // The same undo again: stale (the invitation changed the version), nothing changes.
  BOOST_TEST(page.browser.send("POST", "/declarations/d-undo/invitations", urlEncoded(undo),
                               "application/x-www-form-urlencoded", page.cookie)
                 .status == 412, "a second undo from the same message is stale");
  BOOST_TEST(invited(sec, "AL") == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
