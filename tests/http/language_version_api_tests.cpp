// Language versions over HTTP: the secretariat translates a revision unit by
// unit beside the original, verifies it, sees what a new revision outdates, and
// cannot freeze the text while an authentic version falls short.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kDecl = "/api/v1/declarations/lang-d";
const std::string kFr1 = kDecl + "/revisions/1/languages/fr";

const std::string kText = R"({"changeNote":"First draft.","preamble":[{"id":"rec-1","leadPhrase":"Recognizing",
  "text":"that trafficking follows migration routes,"}],"operative":[{"id":"op-1","text":"Agree on indicators."},
  {"id":"op-2","text":"Meet again in 2017."}],"closingFormula":"Adopted in Skopje."})";

const std::string kFrench = R"({"translator":"M. Dupont","authentic":true,"units":[
  {"unit":"rec-1","leadPhrase":"Reconnaissant","text":"que la traite suit les routes migratoires,"},
  {"unit":"op-1","text":"Conviennent d'indicateurs."},{"unit":"op-2","text":"Se réuniront en 2017."}],
  "closingFormula":"Adopté à Skopje."})";

void prepare(const Client& sec) {
  Response made = sec.post("/api/v1/declarations?conference=skopje-2016",
                           R"({"id":"lang-d","title":"Languages","invitedCountries":["MK","AL"]})");
  BOOST_TEST_REQUIRE(made.status == 201, made.body);
  Response cut = sec.post(kDecl + "/revisions", kText, {{"If-Match", sec.etag(kDecl)}});
  BOOST_TEST_REQUIRE(cut.status == 201, cut.body);
}

std::string statusOf(const Response& r, const std::string& unit) {
  auto units = r.json()->getObject("coverage")->getArray("units");
  for (std::size_t i = 0; i < units->size(); ++i) {
    auto u = units->getObject(static_cast<unsigned>(i));
    if (!u->isNull("unit") && u->getValue<std::string>("unit") == unit) return u->getValue<std::string>("status");
  }
  return "absent";
}
}  // namespace

BOOST_AUTO_TEST_SUITE(language_version_api_tests)

BOOST_AUTO_TEST_CASE(the_secretariat_translates_unit_by_unit_and_verifies) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  BOOST_TEST(sec.get(kFr1).status == 404);
  Response partial = sec.put(kFr1, R"({"authentic":true,"units":[{"unit":"op-1","text":"Conviennent."}]})",
                             {{"If-Match", "\"v0\""}});
  BOOST_TEST_REQUIRE(partial.status == 200, partial.body);
  BOOST_TEST(partial.header("ETag") == "\"v1\"");
  BOOST_TEST(statusOf(partial, "op-1") == "current");
  BOOST_TEST(statusOf(partial, "op-2") == "missing");
  BOOST_TEST(partial.json()->getObject("coverage")->getValue<int>("missing") == 3);  // rec-1, op-2, closing
  Response early = sec.post(kFr1 + "/verification", "{}", {{"If-Match", "\"v1\""}});
  BOOST_TEST(early.status == 409);
  BOOST_TEST(early.str("field") == "units");
  Response full = sec.put(kFr1, kFrench, {{"If-Match", "\"v1\""}});
  BOOST_TEST_REQUIRE(full.status == 200, full.body);
  BOOST_TEST(full.json()->getObject("coverage")->getValue<bool>("complete"));
  Response verified = sec.post(kFr1 + "/verification", "{}", {{"If-Match", "\"v2\""}});
  BOOST_TEST_REQUIRE(verified.status == 200, verified.body);
  BOOST_TEST(verified.str("state") == "verified");
  BOOST_TEST(!verified.str("verifiedBy").empty());
  Response listed = sec.get(kDecl + "/revisions/1/languages");
  BOOST_TEST_REQUIRE(listed.status == 200);
  BOOST_TEST(listed.json()->getArray("items")->size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_new_revision_shows_the_changed_units_outdated_and_the_authentic_text_holds_up_final) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  BOOST_TEST_REQUIRE(sec.put(kFr1, kFrench, {{"If-Match", "\"v0\""}}).status == 200);
  std::string changed = kText;
  changed.replace(changed.find("Meet again in 2017."), 19, "Meet again in Ohrid in 2017.");
  BOOST_TEST_REQUIRE(sec.post(kDecl + "/revisions", changed, {{"If-Match", sec.etag(kDecl)}}).status == 201);
  const std::string fr2 = kDecl + "/revisions/2/languages/fr";
  Response carried = sec.get(fr2);
  BOOST_TEST_REQUIRE(carried.status == 200, carried.body);
  BOOST_TEST(!carried.json()->getValue<bool>("stored"));
  BOOST_TEST(carried.json()->getValue<int>("carriedFrom") == 1);
  BOOST_TEST(carried.header("ETag") == "\"v0\"");
  BOOST_TEST(statusOf(carried, "op-1") == "current");
  BOOST_TEST(statusOf(carried, "op-2") == "outdated");
  // Freezing revision 2 waits for its authentic French text.
  BOOST_TEST_REQUIRE(sec.patch(kDecl, R"({"status":"consultation"})", {{"If-Match", sec.etag(kDecl)}}).status == 200);
  Response refused = sec.patch(kDecl, R"({"status":"final"})", {{"If-Match", sec.etag(kDecl)}});
  BOOST_TEST(refused.status == 409, refused.body);
  BOOST_TEST(refused.str("field") == "languages");
  BOOST_TEST(sec.get(kDecl).str("status") == "consultation");
  Response fixed = sec.put(fr2, R"({"units":[{"unit":"op-2","text":"Se réuniront à Ohrid en 2017."}]})",
                           {{"If-Match", "\"v0\""}});
  BOOST_TEST_REQUIRE(fixed.status == 200, fixed.body);
  BOOST_TEST(statusOf(fixed, "op-2") == "current");
  BOOST_TEST_REQUIRE(sec.post(fr2 + "/verification", "{}", {{"If-Match", "\"v1\""}}).status == 200);
  Response frozen = sec.patch(kDecl, R"({"status":"final"})", {{"If-Match", sec.etag(kDecl)}});
  BOOST_TEST(frozen.status == 200, frozen.body);
  // Revision 1's version is untouched: still the translation of revision 1.
  BOOST_TEST(sec.get(kFr1).str("state") == "draft");
}

BOOST_AUTO_TEST_CASE(the_rule_can_be_turned_off_per_declaration) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  BOOST_TEST_REQUIRE(sec.put(kFr1, R"({"authentic":true})", {{"If-Match", "\"v0\""}}).status == 200);
  Response off = sec.patch(kDecl, R"({"finalNeedsAuthenticVersions":false})", {{"If-Match", sec.etag(kDecl)}});
  BOOST_TEST_REQUIRE(off.status == 200, off.body);
  BOOST_TEST(!off.json()->getValue<bool>("finalNeedsAuthenticVersions"));
  BOOST_TEST_REQUIRE(sec.patch(kDecl, R"({"status":"consultation"})", {{"If-Match", sec.etag(kDecl)}}).status == 200);
  BOOST_TEST(sec.patch(kDecl, R"({"status":"final"})", {{"If-Match", sec.etag(kDecl)}}).status == 200);
}

BOOST_AUTO_TEST_CASE(bad_writes_are_refused_naming_the_field_and_change_nothing) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  const Client::Headers v0{{"If-Match", "\"v0\""}};
  Response unknownUnit = sec.put(kFr1, R"({"units":[{"unit":"op-9","text":"x"}]})", v0);
  BOOST_TEST(unknownUnit.status == 400);
  BOOST_TEST(unknownUnit.str("field") == "units[0].unit");
  Response control = sec.put(kFr1, "{\"units\":[{\"unit\":\"op-1\",\"text\":\"a\\u0001b\"}]}", v0);
  BOOST_TEST(control.status == 400);
  BOOST_TEST(control.str("field").find("units[0].text") != std::string::npos, control.str("field"));
  Response base = sec.put(kDecl + "/revisions/1/languages/en", R"({"units":[]})", v0);
  BOOST_TEST(base.status == 400);
  BOOST_TEST(base.str("field") == "language");
  BOOST_TEST(sec.put(kDecl + "/revisions/1/languages/FR", "{}", v0).status == 400);
  BOOST_TEST(sec.put(kDecl + "/revisions/1/languages/%7B%7Bx%7D%7D", "{}", v0).status == 400);
  Response server_field = sec.put(kFr1, R"({"state":"verified"})", v0);
  BOOST_TEST(server_field.status == 400);
  BOOST_TEST(server_field.str("field") == "state");
  BOOST_TEST(sec.put(kDecl + "/revisions/7/languages/fr", "{}", v0).status == 404);
  BOOST_TEST(sec.put(kFr1, "{}").status == 428);
  BOOST_TEST(sec.get(kFr1).status == 404);  // nothing was stored
  // Hostile text is data: kept as typed, markup and braces included.
  const std::string hostile = "<b>{{title}}</b> & \u202Eمرحبا Привет";
  Response stored = sec.put(kFr1, R"({"units":[{"unit":"op-1","text":)" + quoted(hostile) + "}]}", v0);
  BOOST_TEST_REQUIRE(stored.status == 200, stored.body);
  BOOST_TEST(sec.get(kFr1).json()->getArray("units")->getObject(0)->getValue<std::string>("text") == hostile);
  // A stale version is refused.
  BOOST_TEST(sec.put(kFr1, R"({"translator":"x"})", v0).status == 412);
}

BOOST_AUTO_TEST_CASE(only_the_secretariat_translates_and_readers_follow_the_declaration) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  BOOST_TEST_REQUIRE(sec.put(kFr1, kFrench, {{"If-Match", "\"v0\""}}).status == 200);
  for (const char* who : {"coordinator.mk;coordinator;MK", "mon;monitor", "viewer;viewer", "adm;admin"})
    BOOST_TEST(sec.as(who).put(kFr1, "{}", {{"If-Match", "\"v1\""}}).status == 403, who);
  BOOST_TEST(sec.as("coordinator.mk;coordinator;MK").get(kFr1).status == 200);
  // A viewer does not read a draft declaration, nor its translations.
  BOOST_TEST(sec.as("viewer;viewer").get(kFr1).status == 404);
  BOOST_TEST(sec.as("viewer;viewer").get(kDecl + "/revisions/1/languages").status == 404);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(language_document_api_tests)

const std::string kSample = "/api/v1/declarations/skopje-joint-declaration/render";

BOOST_AUTO_TEST_CASE(the_sample_downloads_in_french_with_its_2016_names) {
  PluginServer server;
  Client sec = server.client();
  Response fr = sec.get(kSample + "?format=xml&language=fr");
  BOOST_TEST_REQUIRE(fr.status == 200, fr.body.substr(0, 300));
  BOOST_TEST(fr.body.find("language=\"fr\"") != std::string::npos);
  BOOST_TEST(fr.body.find("<title>Déclaration commune") != std::string::npos);
  BOOST_TEST(fr.body.find("l’ex-République yougoslave de Macédoine") != std::string::npos);
  BOOST_TEST(fr.body.find("Macédoine du Nord") == std::string::npos);
  BOOST_TEST(fr.header("Content-Disposition").find("-r3-final-fr.xml") != std::string::npos);
  // The English text of 2016 prints the 2016 name too; a report as of 2026 the current one.
  Response en = sec.get(kSample + "?format=xml");
  BOOST_TEST(en.body.find("the former Yugoslav Republic of Macedonia") != std::string::npos);
  server.setNow("2026-01-15T12:00:00Z");
  Response later = sec.get(kSample + "?format=xml&document=status");
  BOOST_TEST_REQUIRE(later.status == 200);
  BOOST_TEST(later.body.find("North Macedonia") != std::string::npos);
  BOOST_TEST(later.body.find("former Yugoslav") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_language_without_a_complete_version_is_refused) {
  PluginServer server;
  Client sec = server.client();
  Response de = sec.get(kSample + "?language=de");
  BOOST_TEST(de.status == 404);
  BOOST_TEST(de.str("field") == "language");
  Response bad = sec.get(kSample + "?language=%3Cb%3E");
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(bad.str("field") == "language");
  BOOST_TEST(sec.get(kSample + "?parallel=en,fr&format=xml").status == 400);
  BOOST_TEST(sec.get(kSample + "?parallel=en,fr&language=fr").status == 400);
  BOOST_TEST(sec.get(kSample + "?document=redline&from=1&to=3&language=fr").status == 400);
  Response parallel = sec.get(kSample + "?parallel=en,fr");
  BOOST_TEST(parallel.status == 200);
  BOOST_TEST(parallel.header("Content-Disposition").find("-r3-final-en-fr.docx") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_organization_words_the_kosovo_footnote) {
  ServerOptions options;
  options.config["countries.footnote.XK"] =
      "All references to Kosovo in this text should be understood in full compliance with UNSCR 1244.";
  PluginServer server(options);
  Response xml = server.client().get(kSample + "?format=xml");
  BOOST_TEST_REQUIRE(xml.status == 200);
  BOOST_TEST(xml.body.find("in full compliance with UNSCR 1244.") != std::string::npos);
  BOOST_TEST(xml.body.find("without prejudice to positions on status") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
