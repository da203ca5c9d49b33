// The CSV import of delegates through the real server as a browser posts it: the
// pasted file previewed row by row (refusals named by row and column, hostile text
// shown escaped), "Import" storing every row or none, the same file a second time
// changing nothing, and the page refused to everyone but the secretariat.
#include <boost/test/unit_test.hpp>

#include "browser_form.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {

const std::string kImport = "/conferences/skopje-2016/delegates/import";
const std::string kGood =
    "country;name;title;role\n"
    "MK;Elena Stojanova;Head of Unit, Ministry of Interior;head_of_delegation\n"
    "AL;Besnik Hoxha;;expert\n";

bool shows(const Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }

long conferenceVersion(const Client& c) {
  return c.get("/api/v1/conferences/skopje-2016").json()->getValue<long>("version");
}

// The import form as shown, with `csv` pasted and the button `step` pressed.
Response submit(BrowserPage& page, const std::string& csv, const std::string& step) {
  Form form = page.form("id=\"import-form\"");
  field(form, "csv") = csv;
  form.emplace_back("step", step);
  return page.post("", form);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(web_delegate_import_tests)

BOOST_AUTO_TEST_CASE(a_pasted_file_is_previewed_imported_once_and_a_second_import_changes_nothing) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage conference(server, sec, "/conferences/skopje-2016");
  BOOST_TEST(shows(conference.browser.get(conference.path, conference.cookie), "id=\"import-delegates\""));
  BrowserPage page(server, sec, kImport);
  long before = conferenceVersion(sec);
  Response preview = submit(page, kGood, "preview");
  BOOST_TEST(preview.status == 200, preview.body.substr(0, 2000));
  BOOST_TEST(shows(preview, "2 rows: 2 would change the delegations, 0 refused."));
  BOOST_TEST(shows(preview, "id=\"import-store\""));
  BOOST_TEST(conferenceVersion(sec) == before, "a preview stores nothing");

  Response imported = submit(page, kGood, "import");
  BOOST_TEST(imported.status == 303, imported.body.substr(0, 2000));
  BOOST_TEST(imported.header("Location") == "/conferences/skopje-2016#delegations");
  long after = conferenceVersion(sec);
  BOOST_TEST(after == before + 1, "one import, one new version");
  Response shown = conference.browser.get(conference.path, conference.cookie);
  BOOST_TEST(shows(shown, "Elena Stojanova"));
  BOOST_TEST(shows(shown, "Besnik Hoxha"));

  // The same file again: every row matched, no Import button, and importing anyway stores nothing.
  Response again = submit(page, kGood, "preview");
  BOOST_TEST(shows(again, "0 would change the delegations"));
  BOOST_TEST(shows(again, "there is nothing to import"));
  BOOST_TEST(!shows(again, "id=\"import-store\""));
  BOOST_TEST(submit(page, kGood, "import").status == 303);
  BOOST_TEST(conferenceVersion(sec) == after);
}

BOOST_AUTO_TEST_CASE(refused_rows_are_named_hostile_text_is_escaped_and_nothing_is_stored) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage page(server, sec, kImport);
  long before = conferenceVersion(sec);
  std::string bad =
      "country,name,role\n"
      "MK,Elena Stojanova,expert\n"
      "ZZ,<script>alert(1)</script>,expert\n"
      "MK,{{csrf}},chair\n";
  Response preview = submit(page, bad, "preview");
  BOOST_TEST(preview.status == 200);
  BOOST_TEST(shows(preview, "row 3, country: is not a known country code"));
  BOOST_TEST(shows(preview, "row 4, role: is not one of"));
  BOOST_TEST(shows(preview, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  BOOST_TEST(!shows(preview, "<script>alert"), "markup is shown, never run");
  BOOST_TEST(shows(preview, "{{csrf}}"), "a template tag in a cell is text");
  BOOST_TEST(!shows(preview, "id=\"import-store\""), "no Import while a row is refused");
  // Posted anyway (a stale page, a hand-made request): refused whole, in words.
  Response refused = submit(page, bad, "import");
  BOOST_TEST(refused.status == 422, refused.body.substr(0, 2000));
  BOOST_TEST(shows(refused, "Row 3, country: is not a known country code"), refused.body.substr(0, 3000));
  BOOST_TEST(shows(refused, "row 3, country: is not a known country code"), "the preview again under the refusal");
  BOOST_TEST(shows(refused, "nothing was imported"));
  BOOST_TEST(conferenceVersion(sec) == before);
  BOOST_TEST(!shows(page.browser.get("/conferences/skopje-2016", page.cookie), "Elena Stojanova"));

  // Not a delegate list: the header named; control characters and bad quoting refused with their line.
  Response header = submit(page, "country,name,email\nMK,Elena,e@x.example\n", "preview");
  BOOST_TEST(header.status == 422);
  BOOST_TEST(shows(header, "id=\"import-header-error\""));
  Response quoting = submit(page, "country,name,role\nMK,\"Elena,expert\n", "preview");
  BOOST_TEST(quoting.status == 422);
  BOOST_TEST(shows(quoting, "id=\"import-file-error\""));
  std::string huge = "country,name,role\n";
  while (huge.size() <= 1100 * 1024) huge += "MK,Someone Quite Long Named,expert\n";
  Response big = submit(page, huge, "preview");
  BOOST_TEST(big.status == 422, big.body.substr(0, 300));
  BOOST_TEST(shows(big, "id=\"import-file-error\""));
  BOOST_TEST(conferenceVersion(sec) == before);
}

BOOST_AUTO_TEST_CASE(only_the_secretariat_sees_or_posts_the_import) {
  PluginServer server;
  for (const char* who : {"mon;monitor", "admin;admin"}) {
    Client other = server.client().as(who);
    BrowserPage page(server, other, kImport);
    BOOST_TEST(page.browser.get(kImport, page.cookie).status == 403, who);
    BOOST_TEST(!shows(page.browser.get("/conferences/skopje-2016", page.cookie), "id=\"import-delegates\""), who);
  }
  BOOST_TEST(server.anonymous().get(kImport).status != 200);
}

BOOST_AUTO_TEST_CASE(the_api_previews_with_dry_run_imports_all_or_nothing_and_changes_nothing_twice) {
  PluginServer server;
  Client sec = server.client();
  const std::string api = "/api/v1/conferences/skopje-2016/delegates/import";
  auto post = [&](const Client& who, const std::string& query, const std::string& csv,
                  const std::string& type = "text/csv") {
    return who.send("POST", api + query, csv, type, {{"If-Match", sec.etag("/api/v1/conferences/skopje-2016")}});
  };
  long before = conferenceVersion(sec);
  Response preview = post(sec, "?dryRun=true", kGood);
  BOOST_TEST(preview.status == 200, preview.body.substr(0, 500));
  auto p = preview.json();
  BOOST_TEST(p->getValue<bool>("dryRun"));
  BOOST_TEST(p->getValue<int>("changes") == 2);
  BOOST_TEST(p->getArray("rows")->getObject(0)->getValue<std::string>("outcome") == "new_person");
  BOOST_TEST(conferenceVersion(sec) == before);

  Response imported = post(sec, "", kGood);
  BOOST_TEST(imported.status == 200, imported.body.substr(0, 500));
  BOOST_TEST(imported.json()->getValue<int>("changes") == 2);
  BOOST_TEST(imported.header("ETag") == "\"v" + std::to_string(before + 1) + "\"");
  Response again = post(sec, "", kGood);
  BOOST_TEST(again.status == 200);
  BOOST_TEST(again.json()->getValue<int>("changes") == 0);
  BOOST_TEST(conferenceVersion(sec) == before + 1);

  // A refused row: the problem names row and column, nothing stored; the preview lists every refusal.
  std::string bad = "country,name,role\nMK,Ana Ivanova,expert\nZZ,Someone,expert\n";
  Response refused = post(sec, "", bad);
  BOOST_TEST(refused.status == 400, refused.body.substr(0, 500));
  BOOST_TEST(refused.header("Content-Type").find("application/problem+json") == 0u);
  BOOST_TEST(shows(refused, "row 3.country"));
  BOOST_TEST(post(sec, "?dryRun=true", bad).json()->getValue<int>("refused") == 1);
  BOOST_TEST(conferenceVersion(sec) == before + 1);
  // Not CSV, a bad flag, someone else, no If-Match.
  BOOST_TEST(post(sec, "?dryRun=true", "{}", "application/json").status == 400);
  BOOST_TEST(post(sec, "?dryRun=maybe", kGood).status == 400);
  // A body over the server's limit (1 MiB, the import's too) is 413 before it is
  // read (limits_api_tests); sent whole from here the client's write races that answer.
  BOOST_TEST(post(sec.as("mon;monitor"), "?dryRun=true", kGood).status == 403);
  BOOST_TEST(sec.send("POST", api, kGood, "text/csv", {}).status == 428);
}

// An "email" column: shown in the preview, a bad address refuses its row with the
// reason, and the address lands on the person in the directory.
BOOST_AUTO_TEST_CASE(an_email_column_is_previewed_checked_and_kept_in_the_directory) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage page(server, sec, kImport);
  const std::string bad = "country,name,role,email\n"
                          "MK,Vesna Markovska,expert,vesna@example.org\n"
                          "AL,Besnik Hoxha,expert,besnik at example.org\n";
  Response refused = submit(page, bad, "preview");
  BOOST_TEST(refused.status == 200, refused.body.substr(0, 2000));
  BOOST_TEST(shows(refused, "<td>vesna@example.org</td>"), "the preview shows the address");
  BOOST_TEST(shows(refused, "row 3, email: is not an e-mail address"));
  BOOST_TEST(!shows(refused, "id=\"import-store\""));
  const std::string good = "country,name,role,email\n"
                           "MK,Vesna Markovska,expert,vesna@example.org\n";
  Response imported = submit(page, good, "import");
  BOOST_TEST_REQUIRE(imported.status == 303, imported.body.substr(0, 2000));
  Response people = sec.get("/api/v1/conferences/skopje-2016/people?search=markovska");
  BOOST_TEST(people.body.find("vesna@example.org") != std::string::npos, people.body.substr(0, 1000));
}

BOOST_AUTO_TEST_SUITE_END()
