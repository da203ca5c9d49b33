// The status views and document downloads of a declaration.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kEndorsements = std::string(kDeclaration) + "/status/endorsements";
const std::string kImplementation = std::string(kDeclaration) + "/status/implementation";
const std::string kRender = std::string(kDeclaration) + "/render";
const std::string kDocx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
// The browser's download of the same declaration (plugin/src/web).
const std::string kWebDownload = "/declarations/skopje-joint-declaration/download";

// A GET as the browser makes it: the session in its cookie, no bearer token.
Response browserGet(const PluginServer& server, const Client& as, const std::string& path) {
  return server.anonymous().get(path, {{"Cookie", "accord_session=" + as.token()}});
}
}  // namespace

BOOST_AUTO_TEST_SUITE(status_api_tests)

BOOST_AUTO_TEST_CASE(endorsement_status_counts_the_signatures) {
  PluginServer server;
  Response r = server.client().get(kEndorsements);
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.json()->getValue<int>("invited") == 12);
  BOOST_TEST(r.json()->getValue<int>("signed") == 8);
  BOOST_TEST(r.str("summary") == "8 of 12 invited countries have endorsed");
  BOOST_TEST(r.json()->getObject("counts")->getValue<int>("endorsed") == 7);
  auto rows = r.json()->getArray("rows");
  BOOST_TEST(rows->size() == 12u);
  BOOST_TEST(rows->getObject(6)->getValue<std::string>("name") == "Kosovo*");
}

BOOST_AUTO_TEST_CASE(the_matrix_has_a_cell_where_a_commitment_applies_and_filters) {
  PluginServer server;
  Client c = server.client();
  Response r = c.get(kImplementation);
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.str("asOf") == "2017-10-15");
  BOOST_TEST(r.json()->getArray("cells")->size() == 21u);
  Response mk = c.get(kImplementation + "?country=MK");
  BOOST_TEST(mk.json()->getArray("cells")->size() == 4u);
  BOOST_TEST(mk.json()->getArray("countries")->size() == 1u);
  Response completed = c.get(kImplementation + "?status=completed");
  auto cells = completed.json()->getArray("cells");
  BOOST_TEST(cells->size() == 4u);
  for (std::size_t i = 0; i < cells->size(); ++i)
    BOOST_TEST(cells->getObject(i)->getValue<std::string>("status") == "completed");
  BOOST_TEST(c.get(kImplementation + "?country=MK&format=docx").status == 400);
}

BOOST_AUTO_TEST_CASE(the_matrix_pages_by_commitment_keeping_rows_whole) {
  PluginServer server;
  Client c = server.client();
  std::size_t cells = 0;
  std::vector<std::string> rows;
  std::string next;
  for (int guard = 0; guard < 10; ++guard) {
    Response r = c.get(kImplementation + "?limit=1" + (next.empty() ? "" : "&cursor=" + next));
    BOOST_REQUIRE(r.status == 200);
    BOOST_TEST(r.json()->getArray("commitments")->size() == 1u);
    BOOST_TEST(r.json()->getValue<int>("overdue") == c.get(kImplementation).json()->getValue<int>("overdue"));
    rows.push_back(r.json()->getArray("commitments")->getObject(0)->getValue<std::string>("id"));
    cells += r.json()->getArray("cells")->size();
    if (r.json()->isNull("next")) break;
    next = r.str("next");
  }
  BOOST_TEST(rows.size() == 4u);
  BOOST_TEST(cells == 21u);
  BOOST_TEST(c.get(kImplementation + "?format=xml&limit=1").str("field") == "limit");
}

BOOST_AUTO_TEST_CASE(timeliness_follows_the_hosts_clock) {
  PluginServer server;
  Response before = server.client().get(kImplementation);
  server.setNow("2019-01-15T12:00:00Z");
  Response after = server.client().get(kImplementation);
  BOOST_TEST(after.str("asOf") == "2019-01-15");
  BOOST_TEST(after.json()->getValue<int>("overdue") > before.json()->getValue<int>("overdue"));
}

BOOST_AUTO_TEST_CASE(status_reports_download_as_docx_and_xml) {
  PluginServer server;
  Client c = server.client();
  Response docx = c.get(kEndorsements + "?format=docx");
  BOOST_TEST(docx.status == 200);
  BOOST_TEST(docx.header("Content-Type") == kDocx);
  BOOST_TEST(docx.header("Content-Disposition") ==
             "attachment; filename=\"skopje-joint-declaration-endorsement-status-2017-10-15.docx\"");
  BOOST_TEST(docx.body.substr(0, 2) == "PK");
  Response xml = c.get(kImplementation + "?format=xml");
  BOOST_TEST(xml.header("Content-Type") == "application/xml");
  BOOST_TEST(xml.header("Content-Disposition") ==
             "attachment; filename=\"skopje-joint-declaration-implementation-2017-10-15.xml\"");
  BOOST_TEST(xml.body.rfind("<?xml", 0) == 0u);
  Response odt = c.get(kEndorsements + "?format=odt");
  BOOST_TEST(odt.str("field") == "format");
  BOOST_TEST(odt.str("detail").find("must be one of json|docx|xml|akn|pdf|csv, got 'odt'") != std::string::npos, odt.body);
  Response renderOdt = c.get(kRender + "?format=odt");
  BOOST_TEST(renderOdt.status == 400);
  BOOST_TEST(renderOdt.str("field") == "format");
  BOOST_TEST(renderOdt.str("detail").find("must be one of docx|xml|akn|pdf") != std::string::npos, renderOdt.body);
  BOOST_TEST(c.get(kEndorsements + "?format=json").status == 200);
}

BOOST_AUTO_TEST_CASE(status_reports_print_in_the_language_asked_for) {
  PluginServer server;
  Client c = server.client();
  for (const std::string& path : {kEndorsements, kImplementation}) {
    Response english = c.get(path + "?format=xml");
    Response french = c.get(path + "?format=xml&language=fr");
    BOOST_TEST(french.status == 200, path << ": " << french.body);
    BOOST_TEST(french.header("Content-Disposition").find("-fr.xml\"") != std::string::npos, french.header("Content-Disposition"));
    BOOST_TEST(french.body.find("Albanie") != std::string::npos, path);
    BOOST_TEST(english.body.find("Albanie") == std::string::npos, path);
    // The JSON and CSV views carry codes: a language there is refused, by name.
    for (const std::string& view : {path + "?language=fr", path + "?format=csv&language=fr"}) {
      Response refused = c.get(view);
      BOOST_TEST(refused.status == 400, view);
      BOOST_TEST(refused.str("field") == "language", view);
    }
  }
  Response bad = c.get(kEndorsements + "?format=docx&language=d%3Ce");
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(bad.str("field") == "language");
}

BOOST_AUTO_TEST_CASE(the_declaration_renders_final_by_default_and_any_revision_on_request) {
  PluginServer server;
  Client c = server.client();
  Response final = c.get(kRender);
  BOOST_TEST(final.status == 200);
  BOOST_TEST(final.header("Content-Type") == kDocx);
  BOOST_TEST(final.header("Content-Disposition") ==
             "attachment; filename=\"skopje-joint-declaration-r3-final.docx\"");
  Response draft = c.get(kRender + "?format=xml&revision=1");
  BOOST_TEST(draft.status == 200);
  BOOST_TEST(draft.header("Content-Disposition") ==
             "attachment; filename=\"skopje-joint-declaration-r1-draft.xml\"");
  BOOST_TEST(draft.body.find("op-risk-assessment") != std::string::npos);
  BOOST_TEST(c.get(kRender + "?revision=9").status == 404);
  BOOST_TEST(c.get(kRender + "?revision=0").status == 400);
  BOOST_TEST(c.get(kRender + "?format=odt").status == 400);
  Response unknownSet = c.get(kRender + "?template=corporate");
  BOOST_TEST(unknownSet.status == 400);
  BOOST_TEST(unknownSet.str("field") == "template");
  BOOST_TEST(c.get("/api/v1/declarations/nowhere/render").status == 404);
}

BOOST_AUTO_TEST_CASE(the_browser_downloads_under_the_api_file_names) {
  PluginServer server;
  Client c = server.client();
  const std::pair<std::string, std::string> same[] = {
      {kRender, kWebDownload},
      {kRender + "?format=xml&revision=1", kWebDownload + "?format=xml&revision=1"},
      {kEndorsements + "?format=docx", kWebDownload + "?document=status&format=docx"},
      {kImplementation + "?format=xml", kWebDownload + "?document=implementation&format=xml"}};
  for (const auto& [api, web] : same) {
    Response a = c.get(api);
    Response b = browserGet(server, c, web);
    BOOST_TEST(a.status == 200, api);
    BOOST_TEST(b.status == 200, web);
    BOOST_TEST(!a.header("Content-Disposition").empty(), api);
    BOOST_TEST(b.header("Content-Disposition") == a.header("Content-Disposition"), web);
    BOOST_TEST(b.header("Content-Type") == a.header("Content-Type"), web);
  }
}

BOOST_AUTO_TEST_CASE(a_revision_the_declaration_lacks_is_not_found_by_api_and_browser) {
  PluginServer server;
  Client c = server.client();
  Response api = c.get(kRender + "?revision=9");
  BOOST_TEST(api.status == 404);
  BOOST_TEST(api.str("field") == "revision");
  // The browser used to answer this download otherwise than the API; now both say 404.
  BOOST_TEST(browserGet(server, c, kWebDownload + "?revision=9").status == 404);
  BOOST_TEST(browserGet(server, c, "/declarations/skopje-joint-declaration?revision=9").status == 404);
  BOOST_TEST(browserGet(server, c, kWebDownload + "?document=minutes").status == 400);
  Response odt = browserGet(server, c, kWebDownload + "?format=odt");
  BOOST_TEST(odt.status == 400);
  BOOST_TEST(odt.body.find("must be one of docx|xml|akn|pdf") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_revision_that_is_not_a_number_is_a_bad_request_for_api_and_browser) {
  PluginServer server;
  Client c = server.client();
  for (const char* bad : {"abc", "0", "", "1x"}) {
    std::string q = std::string("?revision=") + bad;
    Response api = c.get(kRender + q);
    BOOST_TEST(api.status == 400, q);
    BOOST_TEST(api.str("field") == "revision", q);
    // The browser used to ignore such a value and download the shown revision.
    Response web = browserGet(server, c, kWebDownload + q);
    BOOST_TEST(web.status == 400, q);
    BOOST_TEST(web.body.find(api.str("detail")) != std::string::npos, q);
    BOOST_TEST(web.header("Content-Disposition").empty(), q);
    BOOST_TEST(browserGet(server, c, "/declarations/skopje-joint-declaration" + q).status == 400, q);
  }
}

BOOST_AUTO_TEST_CASE(a_download_is_revalidated_by_its_etag) {
  PluginServer server;
  Client c = server.client();
  Response first = c.get(kRender + "?format=xml");
  std::string tag = first.header("ETag");
  BOOST_TEST(!tag.empty());
  Response again = c.get(kRender + "?format=xml", {{"If-None-Match", tag}});
  BOOST_TEST(again.status == 304);
  BOOST_TEST(again.body.empty());
}

BOOST_AUTO_TEST_CASE(renders_are_counted_by_document_and_format) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST(c.get(kRender + "?format=docx").status == 200);
  BOOST_TEST(c.get(kImplementation + "?format=xml").status == 200);
  std::string metrics = c.get("/metrics").body;
  BOOST_TEST(metrics.find("accord_renders_total{document=\"declaration\",format=\"docx\"} 1\n") != std::string::npos);
  BOOST_TEST(metrics.find("accord_renders_total{document=\"implementation\",format=\"xml\"} 1\n") != std::string::npos);
  BOOST_TEST(metrics.find("accord_renders_total{document=\"status\",format=\"docx\"} 0\n") != std::string::npos);
}

// A report is its labels, dates and country names: a language the documents have no
// labels for is refused by name rather than printed in English under its name;
// a regional form of a known one prints in it.
BOOST_AUTO_TEST_CASE(status_reports_refuse_a_language_they_cannot_print) {
  PluginServer server;
  Client c = server.client();
  for (const std::string& path : {kEndorsements, kImplementation}) {
    BOOST_TEST_CONTEXT(path) {
      Response russian = c.get(path + "?format=xml&language=ru");
      BOOST_TEST(russian.status == 200);
      BOOST_TEST(russian.body.find("Албания") != std::string::npos);
      BOOST_TEST(russian.body.find("language=\"ru\"") != std::string::npos);
      BOOST_TEST(c.get(path + "?format=xml&language=fr-CA").body.find("Albanie") != std::string::npos);
      for (const char* language : {"xx", "ar", "zz-Latn", "%7B%7Bx%7D%7D", "fr%0A", "en-", "a-very-long-tag-of-many-parts-x"}) {
        Response refused = c.get(path + "?format=docx&language=" + language);
        BOOST_TEST(refused.status == 400, language << ": " << refused.body);
        BOOST_TEST(refused.str("field") == "language", language);
        BOOST_TEST(refused.header("Content-Type").rfind("application/problem+json", 0) == 0u, language);
        BOOST_TEST(!refused.header("X-Content-Type-Options").empty(), language);
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
