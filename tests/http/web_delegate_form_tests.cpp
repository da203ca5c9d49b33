// The conference page's add-delegate form answers a bad field beside the field, in
// the form as typed and open, with every bad field at once; nothing is stored.
#include <boost/test/unit_test.hpp>

#include "browser_form.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kPage = "/conferences/skopje-2016";

bool shows(const Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }

std::size_t delegations(PluginServer& server) {
  return server.client().get("/api/v1/conferences/skopje-2016").json()->getArray("delegations")->size();
}
}  // namespace

BOOST_AUTO_TEST_SUITE(web_delegate_form_tests)

BOOST_AUTO_TEST_CASE(bad_fields_of_the_add_delegate_form_are_said_beside_them_with_the_typing_kept) {
  PluginServer server;
  BrowserPage page(server, server.client(), kPage);
  const std::size_t before = delegations(server);
  Form add = page.form("id=\"add-delegate\"");
  add.emplace_back("country", "ZZ");
  add.emplace_back("role", "king");
  add.emplace_back("person", "");
  field(add, "name") = "";
  field(add, "title") = "Adviser <b>{{x}}</b>";
  Response refused = page.post("/delegates", add);
  BOOST_TEST(refused.status == 422, refused.body.substr(0, 1500));
  BOOST_TEST(shows(refused, "3 fields need correcting"), "country, role and name, at once");
  BOOST_TEST(shows(refused, "<details class=\"card add-delegate\" open>"), "the form comes back open");
  BOOST_TEST(shows(refused, "id=\"delegate-title\" name=\"title\" value=\"Adviser &lt;b&gt;{{x}}&lt;/b&gt;\""),
             "what was typed is kept, as text");
  BOOST_TEST(shows(refused, "must name someone new when no one of the directory is picked"));
  BOOST_TEST(delegations(server) == before, "nothing was stored");

  // A country the page offers but the conference's list refuses comes from the use
  // case: also beside its field. Someone of the directory twice: beside the person.
  Form again = page.form("id=\"add-delegate\"");
  again.emplace_back("country", "AL");
  again.emplace_back("role", "expert");
  again.emplace_back("person", "nobody");
  Response unknown = page.post("/delegates", again);
  BOOST_TEST(unknown.status == 404, unknown.body.substr(0, 1500));
  BOOST_TEST(shows(unknown, "<details class=\"card add-delegate\" open>"));
  BOOST_TEST(shows(unknown, "<option value=\"AL\" selected>"), "the country chosen is kept");
  BOOST_TEST(shows(unknown, "<option value=\"expert\" selected>"));
  BOOST_TEST(delegations(server) == before);

  Form good = page.form("id=\"add-delegate\"");
  good.emplace_back("country", "CH");
  good.emplace_back("role", "observer");
  good.emplace_back("person", "");
  field(good, "name") = "Maja Novak";
  Response added = page.post("/delegates", good);
  BOOST_TEST_REQUIRE(added.status == 303, added.body.substr(0, 1500));
  BOOST_TEST(delegations(server) == before + 1);
}

BOOST_AUTO_TEST_SUITE_END()
