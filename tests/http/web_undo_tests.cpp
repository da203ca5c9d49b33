// Undo where the domain has an inverse the same person may do (issue 19): an
// invitation withdrawn by mistake is given again, and a delegate removed by mistake
// added again in the role they held, from the message the next page shows, as a
// browser posts it, under the version the change made.
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

BOOST_AUTO_TEST_CASE(a_removed_delegate_is_added_again_in_their_role_from_the_message) {
  PluginServer server;
  Client sec = server.client();
  const std::string conference = "/conferences/skopje-2016";
  auto delegations = [&] {
    return sec.get("/api/v1/conferences/skopje-2016/delegations?country=MK").json()->getArray("items");
  };
  auto before = delegations()->getObject(0)->getArray("members");
  BOOST_TEST_REQUIRE(before->size() > 0u);
  const std::string person = before->getObject(0)->getValue<std::string>("person");
  const std::string role = before->getObject(0)->getValue<std::string>("role");
  const std::size_t members = before->size();
  BrowserPage page(server, sec, conference);
  const std::string base = conference + "/delegations/MK/members/" + person;
  Response removed = page.post("/delegations/MK/members/" + person + "/remove", page.form(base + "/remove\""));
  BOOST_TEST_REQUIRE(removed.status == 303, removed.body.substr(0, 2000));
  BOOST_TEST(delegations()->getObject(0)->getArray("members")->size() == members - 1);
  std::string cookie = removed.header("Set-Cookie");
  BOOST_TEST_REQUIRE(cookie.rfind("accord_flash=", 0) == 0u, cookie);
  Client::Headers withFlash{{"Cookie", "accord_session=" + sec.token() + "; " + cookie.substr(0, cookie.find(';'))}};
  Response shown = page.browser.get(conference, withFlash);
  BOOST_TEST(shows(shown, "Delegate removed from the delegation of North Macedonia"), shown.body.substr(0, 3000));
  BOOST_TEST(shows(shown, "Undo: add them again"));
  Form undo = browserForm(shown.body, "action=\"" + conference + "/delegates\" class=\"inline\"");
  BOOST_TEST(field(undo, "person") == person);
  BOOST_TEST(field(undo, "role") == role);
  Response again = page.browser.send("POST", conference + "/delegates", urlEncoded(undo),
                                     "application/x-www-form-urlencoded", page.cookie);
  BOOST_TEST(again.status == 303, again.body.substr(0, 2000));
  auto after = delegations()->getObject(0)->getArray("members");
  BOOST_TEST(after->size() == members);
  bool back = false;
  for (std::size_t i = 0; i < after->size(); ++i)
    back = back || (after->getObject(i)->getValue<std::string>("person") == person &&
                    after->getObject(i)->getValue<std::string>("role") == role);
  BOOST_TEST(back, "the delegate is back in the role they held");
  // The same undo again is stale: nothing changes.
  BOOST_TEST(page.browser.send("POST", conference + "/delegates", urlEncoded(undo),
                               "application/x-www-form-urlencoded", page.cookie)
                 .status == 412);
  BOOST_TEST(delegations()->getObject(0)->getArray("members")->size() == members);
}

BOOST_AUTO_TEST_SUITE_END()
