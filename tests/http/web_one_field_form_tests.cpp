// The forms of one or a few fields name their error as the larger forms do (issue
// 19): the assignment page's status, assessment, milestone and return-reason forms,
// the reminder form and the translation form, posted as a browser posts them, come
// back with the error beside the field in words, the field marked invalid and
// described by it, a summary at the top, what was typed kept, and nothing stored.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>

#include "browser_form.h"
#include "form_marks.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {

const std::string kMkPage = "/commitments/cm-common-indicators/countries/MK";
const std::string kMkApi = "/api/v1/commitments/cm-common-indicators/countries/MK";
const char* const kMkCoordinator = "coordinator.mk;coordinator;MK";
const std::string kTranslation = "/declarations/skopje-joint-declaration/revisions/3/languages/it";

// The page's top summary ("role=alert") holds `text`.
bool summarised(const Response& r, const std::string& text) {
  std::size_t alert = r.body.find("class=\"alert\" role=\"alert\"");
  return alert != std::string::npos && r.body.find(text, alert) < r.body.find("</div>", alert);
}

// The assignment page of MK as `as` shows it, its form holding `marker` posted to
// `action` with `name` set to `value`, as a browser posts it.
Response refusedOnPage(PluginServer& server, const Client& as, const std::string& marker, const std::string& action,
                       const std::string& name, const std::string& value) {
  BrowserPage page(server, as, kMkPage);
  Form form = page.form(marker);
  form.emplace_back(name, value);
  return page.post(action, form);
}

Form without(Form form, const std::string& name) {
  form.erase(std::remove_if(form.begin(), form.end(), [&](const auto& f) { return f.first == name; }), form.end());
  return form;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(web_one_field_form_tests)

BOOST_AUTO_TEST_CASE(a_refused_status_change_names_the_status_beside_its_select) {
  PluginServer server;
  Client mk = server.client().as(kMkCoordinator);
  BrowserPage page(server, mk, kMkPage);
  Form form = page.form("id=\"status-form\"");
  form.emplace_back("status", "");
  Response empty = page.post("/implementation", form);
  BOOST_TEST(empty.status == 422);
  marked(empty, "status");
  BOOST_TEST(shows(empty, "choose the new status"));
  BOOST_TEST(summarised(empty, "Status"), empty.body.substr(0, 4000));
  field(form, "status") = "<b>{{done}}</b>";
  Response hostile = page.post("/implementation", form);
  BOOST_TEST(hostile.status == 422);
  marked(hostile, "status");
  BOOST_TEST(!shows(hostile, "<b>{{done}}"), "the typed value is never printed raw");
  BOOST_TEST(mk.get(kMkApi).str("status") == "in_progress");
}

BOOST_AUTO_TEST_CASE(a_refused_assessment_names_the_completion_beside_its_select) {
  PluginServer server;
  Client monitor = server.client().as("mon;monitor");
  std::string before = monitor.get(kMkApi).str("assessment");
  Response r = refusedOnPage(server, monitor, "id=\"assess-form\"", "/assessment", "assessment", "finished");
  BOOST_TEST(r.status == 422);
  marked(r, "assessment-choice");
  BOOST_TEST(summarised(r, "Completion"), r.body.substr(0, 4000));
  BOOST_TEST(monitor.get(kMkApi).str("assessment") == before);
}

BOOST_AUTO_TEST_CASE(a_refused_milestone_names_its_error_beside_that_milestone_only) {
  PluginServer server;
  Client mk = server.client().as(kMkCoordinator);
  BrowserPage page(server, mk, kMkPage);
  Form form = page.form("milestones/ms-ci-2\"");
  form.emplace_back("state", "finished");
  Response r = page.post("/milestones/ms-ci-2", form);
  BOOST_TEST(r.status == 422);
  marked(r, "state-ms-ci-2");
  unmarked(r, "state-ms-ci-3");
  BOOST_TEST(summarised(r, "State"), r.body.substr(0, 4000));

  // A state refused for another reason (the page was out of date) keeps the state
  // chosen in that milestone's select, with the reason beside it.
  field(form, "state") = "dropped";
  field(form, "version") = "999";
  Response stale = page.post("/milestones/ms-ci-2", form);
  BOOST_TEST(stale.status >= 400);
  BOOST_TEST(stale.status < 500);
  marked(stale, "state-ms-ci-2");
  std::size_t select = stale.body.find("id=\"state-ms-ci-2\"");
  BOOST_TEST(stale.body.substr(select, stale.body.find("</select>", select) - select)
                 .find("value=\"dropped\" selected") != std::string::npos);
  BOOST_TEST(mk.get(kMkApi).body.find("dropped") == std::string::npos, "nothing stored");
}

// A decision that is neither accept nor decline (a tampered form) is said beside the two buttons,
// which it describes; nothing is decided.
BOOST_AUTO_TEST_CASE(a_refused_decision_is_said_beside_its_buttons) {
  PluginServer server;
  Client hr = server.client().as("coordinator.hr;coordinator;HR");
  const std::string page = "/commitments/cm-transnational-referral/countries/HR";
  BrowserPage shown(server, hr, page);
  Form form = shown.form("/decision\"");
  form.emplace_back("decision", "<b>maybe</b>");
  Response r = shown.post("/decision", form);
  BOOST_TEST(r.status == 422, r.status << " " << r.header("Location") << r.body.substr(0, 400));
  BOOST_TEST(shows(r, "<p class=\"error\" id=\"decision-error\">"), r.body.substr(0, 4000));
  BOOST_TEST(shows(r, "id=\"decision-accept\" aria-describedby=\"decision-error\""));
  BOOST_TEST(summarised(r, "Decision"));
  BOOST_TEST(!shows(r, "<b>maybe"), "the posted value is never printed raw");
  BOOST_TEST(hr.get("/api/v1/commitments/cm-transnational-referral/countries/HR").str("acceptance") == "proposed");
}

BOOST_AUTO_TEST_CASE(a_refused_return_names_the_reason_and_keeps_what_was_typed) {
  PluginServer server;
  Client monitor = server.client().as("mon;monitor");
  BrowserPage page(server, monitor, kMkPage);
  Form form = page.form("reports/rp-ci-mk-1/review");
  form.emplace_back("decision", "return");
  field(form, "returnReason") = "";
  Response empty = page.post("/reports/rp-ci-mk-1/review", form);
  BOOST_TEST(empty.status == 422);
  marked(empty, "reason-rp-ci-mk-1");
  BOOST_TEST(summarised(empty, "Reason"), empty.body.substr(0, 4000));
  // A control character is refused; the rest of what was typed stays, as text.
  field(form, "returnReason") = "Add the <b>figures</b>\x07";
  Response hostile = page.post("/reports/rp-ci-mk-1/review", form);
  BOOST_TEST(hostile.status == 422);
  marked(hostile, "reason-rp-ci-mk-1");
  BOOST_TEST(shows(hostile, "Add the &lt;b&gt;figures&lt;/b&gt;"), hostile.body.substr(0, 4000));
  BOOST_TEST(monitor.get(kMkApi + "/reports/rp-ci-mk-1").str("state") == "submitted");
}

BOOST_AUTO_TEST_CASE(a_refused_reminder_names_every_bad_field_and_keeps_the_ticks) {
  PluginServer server;
  Client any = server.client();
  Client sec = any.as("secretariat;secretariat"), at = any.as("coordinator.at;coordinator;AT");
  const std::size_t notified = at.get("/api/v1/notifications").json()->getArray("items")->size();
  BrowserPage page(server, sec, "/declarations/skopje-joint-declaration/reminders");
  Form form = page.form("reminder-form");
  // Nothing ticked and no text: both named at once.
  Form bare;
  for (const auto& [name, value] : form)
    if (name.rfind("country.", 0) != 0) bare.emplace_back(name, value);
  field(bare, "message") = "";
  bare.emplace_back("do", "send");
  Response r = page.post("", bare);
  BOOST_TEST(r.status == 422, r.body.substr(0, 400));
  BOOST_TEST(summarised(r, "2 fields need correcting"), r.body.substr(0, 4000));
  marked(r, "reminder-message");
  marked(r, "reminder-countries");
  BOOST_TEST(!shows(r, "value=\"on\" checked"), "no box is ticked again behind the user's back");

  // A text too long, Slovenia unticked: the text typed and the ticks as they were.
  Form ticks = without(form, "country.SI");
  field(ticks, "message") = std::string(2001, 'x');
  ticks.emplace_back("do", "preview");
  Response tooLong = page.post("", ticks);
  BOOST_TEST(tooLong.status == 422);
  marked(tooLong, "reminder-message");
  BOOST_TEST(shows(tooLong, std::string(2001, 'x')));
  BOOST_TEST(shows(tooLong, "name=\"country.AT\" value=\"on\" checked"));
  BOOST_TEST(!shows(tooLong, "name=\"country.SI\" value=\"on\" checked"));
  BOOST_TEST(at.get("/api/v1/notifications").json()->getArray("items")->size() == notified, "nothing sent");
}

BOOST_AUTO_TEST_CASE(a_refused_translation_names_every_bad_box_beside_it) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage page(server, sec, kTranslation);
  Form form = page.form("id=\"translation-form\"");
  field(form, "translator") = "Ana\nMaria";
  field(form, "text:op-awareness") = "Informare i migranti\x07";
  field(form, "text:op-vi-a") = "stabilire indicatori comuni;";  // fine
  field(form, "text:op-follow-up") = std::string("bad \x01 byte");
  Response r = page.post("", form);
  BOOST_TEST(r.status == 422, r.body.substr(0, 400));
  BOOST_TEST(summarised(r, "3 fields need correcting"), r.body.substr(0, 6000));
  marked(r, "translator");
  marked(r, "text_op_awareness");
  marked(r, "text_op_follow_up");
  unmarked(r, "text_op_vi_a");
  unmarked(r, "versionTitle");
  // The summary names the unit, and links to its box.
  BOOST_TEST(shows(r, "href=\"#text_op_awareness\""));
  BOOST_TEST(shows(r, "stabilire indicatori comuni;"), "what was typed stays");
  BOOST_TEST(sec.get("/api/v1/declarations/skopje-joint-declaration/revisions/3/languages/it").status == 404);
}

// On a unit's consultation page a refused comment or reply says why beside its own
// box, never beside the amendment form's text, and keeps what was typed.
BOOST_AUTO_TEST_CASE(a_refused_comment_or_reply_names_its_error_beside_its_own_box) {
  PluginServer server;
  Client sec = server.client();
  const std::string decl = "/api/v1/declarations/consult-d";
  BOOST_TEST_REQUIRE(sec.post("/api/v1/declarations?conference=skopje-2016",
                              R"({"id":"consult-d","title":"Consultation","invitedCountries":["MK"]})").status == 201);
  BOOST_TEST_REQUIRE(sec.post(decl + "/revisions", R"({"changeNote":"First.","operative":[{"id":"op-1","text":"Agree."}]})",
                              {{"If-Match", sec.etag(decl)}}).status == 201);
  BOOST_TEST_REQUIRE(sec.patch(decl, R"({"status":"consultation"})", {{"If-Match", sec.etag(decl)}}).status == 200);
  BOOST_TEST_REQUIRE(sec.post(decl + "/revisions/1/comments", R"({"unit":"op-1","text":"Which?"})").status == 201);
  BrowserPage page(server, sec, "/declarations/consult-d/revisions/1/units/op-1");
  Form comment = page.form("id=\"comment-form\"");
  field(comment, "text") = "Too <b>vague</b>\x07";
  Response r = page.post("/comments", comment);
  BOOST_TEST(r.status == 422, r.body.substr(0, 400));
  marked(r, "comment-text");
  unmarked(r, "proposed-text");
  BOOST_TEST(shows(r, "Too &lt;b&gt;vague&lt;/b&gt;"), "what was typed stays");
  BOOST_TEST(summarised(r, "U+0007"), r.body.substr(0, 4000));

  // The reply form posts to the same address as the comment form: its csrf, the
  // comment it answers, an empty text.
  Form reply = without(comment, "form");
  reply.emplace_back("replyToComment", "1");
  field(reply, "text") = "";
  Response empty = page.post("/comments", reply);
  BOOST_TEST(empty.status == 422);
  marked(empty, "reply-1");
  unmarked(empty, "comment-text");
  unmarked(empty, "proposed-text");
  BOOST_TEST(sec.get(decl + "/revisions/1/comments").json()->getArray("items")->size() == 1u, "nothing stored");

  // Rejecting an amendment without a reason: back on the unit's page, the error
  // beside that amendment's reason box, what was typed kept (no error page).
  Client mk = sec.as("coordinator.mk;coordinator;MK");
  BOOST_TEST_REQUIRE(mk.post(decl + "/revisions/1/amendments", R"({"unit":"op-1","kind":"replace","text":"Agree now.",)"
                                                               R"("justification":"Sooner."})").status == 201);
  BrowserPage unit(server, sec, "/declarations/consult-d/revisions/1/units/op-1");
  Form reject = without(unit.form("/amendments/1/state\""), "state");
  reject.emplace_back("state", "rejected");
  reject.emplace_back("reason", "\x07<i>late</i>");
  Response refused = postTo(unit, "/declarations/consult-d/revisions/1/amendments/1/state", reject);
  BOOST_TEST(refused.status == 422, refused.body.substr(0, 400));
  marked(refused, "reason-1");
  unmarked(refused, "comment-text");
  BOOST_TEST(shows(refused, "value=\"\x07&lt;i&gt;late&lt;/i&gt;\""), "what was typed stays, as text");
  BOOST_TEST(mk.get(decl + "/revisions/1/amendments/1").str("state") == "proposed");
}

BOOST_AUTO_TEST_SUITE_END()
