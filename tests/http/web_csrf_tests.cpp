// The CSRF token of the pages' forms (plugin/src/web/web.cpp): taken from the form
// body or the X-CSRF-Token header, never from the query string, where any link
// (in a mail, on another site, in a log) could carry it.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {

// A secretariat's browser on a declaration in drafting, with the form that moves
// it to consultation.
struct Drafting {
  PluginServer server;
  Client api = server.client();
  Client browser = server.anonymous();
  Client::Headers cookie{{"Cookie", "accord_session=" + api.token()}};
  std::string csrf;
  std::string form;  // the fields but the token

  Drafting() {
    BOOST_REQUIRE(api.post("/api/v1/declarations?conference=skopje-2016",
                           R"({"id":"csrf-d","title":"T","invitedCountries":["MK"]})").status == 201);
    BOOST_REQUIRE(api.post("/api/v1/declarations/csrf-d/revisions", R"({"changeNote":"First draft","operative":[{"id":"op1","text":"A."}]})",
                           {{"If-Match", api.etag("/api/v1/declarations/csrf-d")}}).status == 201);
    Response page = browser.get("/declarations/csrf-d", cookie);
    BOOST_REQUIRE(page.status == 200);
    csrf = csrfOf(page.body);
    BOOST_REQUIRE(!csrf.empty());
    form = "to=consultation&version=" +
           std::to_string(api.get("/api/v1/declarations/csrf-d").json()->getValue<int>("version"));
  }
  Response post(const std::string& target, const std::string& body, Client::Headers headers = {}) {
    headers.insert(cookie.begin(), cookie.end());
    return browser.send("POST", target, body, "application/x-www-form-urlencoded", headers);
  }
  std::string status() { return api.get("/api/v1/declarations/csrf-d").str("status"); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(web_csrf_tests)

BOOST_AUTO_TEST_CASE(a_token_in_the_query_string_is_refused) {
  Drafting d;
  Response r = d.post("/declarations/csrf-d/status?csrf=" + d.csrf, d.form);
  BOOST_TEST(r.status == 403, r.body);
  Response both = d.post("/declarations/csrf-d/status?csrf=" + d.csrf + "&to=consultation&version=2", "");
  BOOST_TEST(both.status == 403, both.body);
  BOOST_TEST(d.status() == "drafting");
}

BOOST_AUTO_TEST_CASE(a_token_in_the_form_body_is_accepted) {
  Drafting d;
  Response r = d.post("/declarations/csrf-d/status", d.form + "&csrf=" + d.csrf);
  BOOST_TEST(r.status == 303, r.body);
  BOOST_TEST(d.status() == "consultation");
}

BOOST_AUTO_TEST_CASE(a_token_in_the_header_is_accepted) {
  Drafting d;
  Response r = d.post("/declarations/csrf-d/status", d.form, {{"X-CSRF-Token", d.csrf}});
  BOOST_TEST(r.status == 303, r.body);
  BOOST_TEST(d.status() == "consultation");
}

BOOST_AUTO_TEST_CASE(a_wrong_token_is_refused_wherever_it_is) {
  Drafting d;
  BOOST_TEST(d.post("/declarations/csrf-d/status", d.form + "&csrf=x" + d.csrf).status == 403);
  BOOST_TEST(d.post("/declarations/csrf-d/status", d.form, {{"X-CSRF-Token", "x" + d.csrf}}).status == 403);
  BOOST_TEST(d.status() == "drafting");
}

BOOST_AUTO_TEST_SUITE_END()
