// Words, not codes, on the pages (issue 19): the role in the header, a
// conference's status in the list, and the audit page's objects offered by name
// in a list (the address keeps ?entity=..&id=..).
#include <boost/test/unit_test.hpp>

#include <string>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kConferenceTitle =
    "Regional Conference on Promoting Synergies and Common Approaches in Addressing Human Trafficking along the "
    "Western Balkan Migration Routes";

bool shows(const Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }

Response page(PluginServer& server, const Client& as, const std::string& path) {
  return server.anonymous().get(path, {{"Cookie", "accord_session=" + as.token()}});
}
}  // namespace

BOOST_AUTO_TEST_SUITE(web_words_tests)

BOOST_AUTO_TEST_CASE(the_header_and_lists_say_roles_and_statuses_in_words) {
  PluginServer server;
  Client sec = server.client();
  Response mk = page(server, sec.as("coordinator.mk;coordinator;MK"), "/");
  BOOST_TEST(shows(mk, "<span id=\"who-role\">National coordinator \u2014 North Macedonia</span>"),
             mk.body.substr(0, 3000));
  BOOST_TEST(shows(page(server, sec, "/"), "<span id=\"who-role\">Secretariat</span>"));
  BOOST_TEST(shows(page(server, sec.as("admin;admin"), "/"), "<span id=\"who-role\">Administrator</span>"));
  Response list = page(server, sec, "/conferences");
  BOOST_TEST(list.status == 200);
  BOOST_TEST(shows(list, "<td>Concluded</td>"), list.body.substr(0, 3000));
  BOOST_TEST(!shows(list, "<td>concluded</td>"));
}

BOOST_AUTO_TEST_CASE(the_audit_page_offers_the_objects_with_events_by_name) {
  PluginServer server;
  Client mon = server.client().as("mon;monitor");
  Response all = page(server, mon, "/audit");
  BOOST_TEST_REQUIRE(all.status == 200);
  BOOST_TEST(shows(all, "<select id=\"id\" name=\"id\">"), all.body.substr(0, 4000));
  BOOST_TEST(shows(all, "<optgroup label=\"Conferences\">"));
  BOOST_TEST(shows(all, "<optgroup label=\"Accounts\">"), "the test accounts were made through the use cases");
  BOOST_TEST(!shows(all, "<datalist"));
  // By name, with the id the address takes as the value; the one asked for selected.
  Response one = page(server, mon, "/audit?entity=conference&id=skopje-2016");
  const std::string chosen = "<option value=\"skopje-2016\" selected>";
  BOOST_TEST_REQUIRE(shows(one, chosen), one.body.substr(0, 4000));
  std::size_t at = one.body.find(chosen) + chosen.size();
  BOOST_TEST(one.body.substr(at, one.body.find("</option>", at) - at) == kConferenceTitle + " (skopje-2016)");
  // An id outside the list (an assignment's, from an event's link) still works and is shown as asked.
  Response other = page(server, mon, "/audit?entity=assignment&id=cm-common-indicators/MK");
  BOOST_TEST(other.status == 200);
  BOOST_TEST(shows(other, "<option value=\"cm-common-indicators/MK\" selected>"));
  BOOST_TEST(page(server, server.client().as("viewer;viewer"), "/audit").status == 403);
}

BOOST_AUTO_TEST_SUITE_END()
