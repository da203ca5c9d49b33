// Every form names all its bad fields at once (issue 19): a refused commitment,
// account or endorsement form, posted as a browser posts it, comes back with each bad field
// marked invalid and described by its error in the server's HTML, a summary that
// counts them, and nothing stored.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "browser_form.h"
#include "form_marks.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {

const char* const kAdmin = "admin;admin";
const std::string kDeclarationPage = "/declarations/skopje-joint-declaration";

}  // namespace

BOOST_AUTO_TEST_SUITE(web_form_errors_tests)

BOOST_AUTO_TEST_CASE(a_refused_commitment_form_names_every_bad_field) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage page(server, sec, kDeclarationPage + "/commitments/new");
  Form form = page.form("id=\"commitment-form\"");
  field(form, "id") = "cm-all-errors";
  field(form, "text") = "";
  field(form, "deadline") = "tomorrow";
  field(form, "milestones") = "ms-a | Site chosen";
  field(form, "indicators") = "Beds | none | 20";
  form.emplace_back("clause", "op-victim-identification");  // fine; no country ticked
  Response r = postTo(page, kDeclarationPage + "/commitments", form);
  BOOST_TEST(r.status == 422);
  BOOST_TEST(shows(r, "5 fields need correcting"), r.body.substr(0, 4000));
  for (const char* id : {"cm-text", "cm-deadline", "cm-milestones", "cm-indicators", "cm-countries"}) marked(r, id);
  for (const char* id : {"cm-text", "cm-deadline", "cm-milestones", "cm-indicators"}) {
    std::size_t at = r.body.find(std::string("id=\"") + id + "\"");
    BOOST_TEST(r.body.substr(at, r.body.find('>', at) - at).find("aria-invalid=\"true\"") != std::string::npos, id);
  }
  unmarked(r, "cm-id");
  BOOST_TEST(shows(r, "line 1"), "the bad line is named");
  BOOST_TEST(sec.get("/api/v1/commitments/cm-all-errors").status == 404);

  // One bad field alone is one sentence, not a list.
  field(form, "text") = "Open a shelter.";
  field(form, "deadline") = "2018-12-31";
  field(form, "milestones") = "";
  field(form, "indicators") = "";
  form.emplace_back("country.MK", "on");
  field(form, "id") = "not an id";
  Response one = postTo(page, kDeclarationPage + "/commitments", form);
  BOOST_TEST(one.status == 422);
  BOOST_TEST(!shows(one, "fields need correcting"));
  marked(one, "cm-id");
  unmarked(one, "cm-text");
}

BOOST_AUTO_TEST_CASE(a_refused_account_form_names_every_bad_field) {
  PluginServer server;
  Client admin = server.client().as(kAdmin);
  BrowserPage users(server, admin, "/users");
  Form form = users.form("id=\"new-account-form\"");
  field(form, "name") = "a b";
  field(form, "displayName") = "";
  field(form, "email") = "not an address";
  form.emplace_back("role", "coordinator");
  form.emplace_back("country", "");
  Response r = postTo(users, "/users", form);
  BOOST_TEST(r.status == 422);
  BOOST_TEST(shows(r, "4 fields need correcting"), r.body.substr(0, 4000));
  for (const char* id : {"acc-name", "acc-display", "acc-email", "acc-country"}) marked(r, id);
  unmarked(r, "acc-password");
  BOOST_TEST(admin.get("/api/v1/users/a b").status != 200);

  // The edit form of an existing account: the same, under its version.
  BrowserPage page(server, admin, "/users/admin");
  Form edit = page.form("id=\"account-form\"");
  field(edit, "displayName") = "\x07";
  field(edit, "email") = "nobody";
  edit.emplace_back("role", "admin");
  edit.emplace_back("country", "");
  Response e = page.post("", edit);
  BOOST_TEST(e.status == 422);
  BOOST_TEST(shows(e, "2 fields need correcting"), e.body.substr(0, 4000));
  for (const char* id : {"acc-display", "acc-email"}) marked(e, id);
}

BOOST_AUTO_TEST_CASE(a_refused_endorsement_names_every_bad_field_in_its_row) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage page(server, sec, kDeclarationPage + "/endorsements");
  Form form = page.form("id=\"endorse-MK\"");
  form.emplace_back("to", "withdrawn");
  form.emplace_back("method", "note_verbale");
  field(form, "date") = "the 15th";
  field(form, "happenedOn") = "2017-02-30";
  Response r = postTo(page, kDeclarationPage + "/endorsements/MK", form);
  BOOST_TEST(r.status == 422);
  BOOST_TEST(shows(r, "2 fields need correcting"), r.body.substr(0, 4000));
  for (const char* id : {"date-MK", "happened-MK"}) marked(r, id);
  unmarked(r, "place-MK");
  BOOST_TEST(sec.get("/api/v1/declarations/skopje-joint-declaration/endorsements/MK").str("status") == "endorsed");
}

BOOST_AUTO_TEST_CASE(a_refused_measurement_names_every_bad_field) {
  PluginServer server;
  Client al = server.client().as("coordinator.al;coordinator;AL");
  BrowserPage page(server, al, "/commitments/cm-common-indicators/countries/AL");
  Form form = page.form("id=\"measurement-form\"");
  form.emplace_back("indicator", "Victims identified");
  field(form, "value") = "lots";
  field(form, "date") = "soon";
  Response r = page.post("/measurements", form);
  BOOST_TEST(r.status == 422);
  BOOST_TEST(shows(r, "2 fields need correcting"), r.body.substr(0, 4000));
  for (const char* id : {"value", "measured-on"}) marked(r, id);
  unmarked(r, "source");
}

BOOST_AUTO_TEST_CASE(a_refused_new_declaration_names_every_bad_field) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage page(server, sec, "/conferences/skopje-2016");
  Form form = page.form("id=\"new-declaration\"");
  field(form, "title") = "";
  field(form, "baseLanguage") = "english";
  field(form, "id") = "not an id";
  form.emplace_back("kind", "joint_declaration");
  Response r = postTo(page, "/conferences/skopje-2016/declarations", form);
  BOOST_TEST(r.status == 422);
  BOOST_TEST(shows(r, "3 fields need correcting"), r.body.substr(0, 4000));
  for (const char* id : {"decl-title", "decl-language", "decl-id"}) marked(r, id);
  unmarked(r, "decl-kind");
  BOOST_TEST(sec.get("/api/v1/declarations?conference=skopje-2016").json()->getArray("items")->size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
