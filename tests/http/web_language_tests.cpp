// The pages in the reader's language, through the real server: the browser's
// Accept-Language picks the catalogue's language, the page says which (lang,
// Content-Language), and a language without a catalogue or a hostile header gets
// English.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "plugin_server.h"

using namespace accord::test;

namespace {

bool shows(const Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_CASE(the_sign_in_page_speaks_the_browsers_language) {
  PluginServer server;
  Client browser = server.anonymous();
  auto fr = browser.get("/signin", {{"Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8"}});
  BOOST_TEST(fr.status == 200);
  BOOST_TEST(shows(fr, "<html lang=\"fr\">"));
  BOOST_TEST(shows(fr, "Se connecter à Accord"));
  BOOST_TEST(shows(fr, "Mot de passe"));
  BOOST_TEST(fr.head.get("Content-Language", "") == "fr");

  auto ru = browser.get("/signin", {{"Accept-Language", "ru-RU,ru;q=0.9"}});
  BOOST_TEST(shows(ru, "<html lang=\"ru\">"));
  BOOST_TEST(shows(ru, "Вход в Accord"));

  const std::vector<std::string> english = {"de-DE", "", "fr;q=0", "<script>{{x}}", std::string(5000, 'x')};
  for (const std::string& header : english) {
    BOOST_TEST_CONTEXT(header.substr(0, 40)) {
      auto en = browser.get("/signin", {{"Accept-Language", header}});
      BOOST_TEST(en.status == 200);
      BOOST_TEST(shows(en, "<html lang=\"en\">"));
      BOOST_TEST(shows(en, "Sign in to Accord"));
    }
  }
}

BOOST_AUTO_TEST_CASE(a_signed_in_persons_pages_carry_the_layout_in_their_language) {
  PluginServer server;
  Client secretariat = server.client();
  Client browser = server.anonymous();
  auto home = browser.get("/", {{"Cookie", "accord_session=" + secretariat.token()}, {"Accept-Language", "fr"}});
  BOOST_TEST(home.status == 200);
  BOOST_TEST(shows(home, "<html lang=\"fr\">"));
  BOOST_TEST(shows(home, ">Conférences</a>"));
  BOOST_TEST(shows(home, "Se déconnecter"));
  BOOST_TEST(!shows(home, "{{t:"));
}

BOOST_AUTO_TEST_CASE(the_persons_own_language_wins_over_the_browsers) {
  PluginServer server;
  Client secretariat = server.client();
  Client browser = server.anonymous();
  const Client::Headers asSecretariat = {{"Cookie", "accord_session=" + secretariat.token()},
                                         {"Accept-Language", "fr"}};
  BOOST_TEST(secretariat.put("/api/v1/preferences", R"({"language":"ru"})").status == 200);
  auto home = browser.get("/", asSecretariat);
  BOOST_TEST(shows(home, "<html lang=\"ru\">"));
  BOOST_TEST(shows(home, "Выйти"));
  // A language the pages have no catalogue for (yet) leaves the browser's choice.
  BOOST_TEST(secretariat.put("/api/v1/preferences", R"({"language":"sq"})").status == 200);
  BOOST_TEST(shows(browser.get("/", asSecretariat), "<html lang=\"fr\">"));
  BOOST_TEST(secretariat.put("/api/v1/preferences", R"({"language":null})").status == 200);
  BOOST_TEST(shows(browser.get("/", asSecretariat), "<html lang=\"fr\">"));
}
