// The consultation on a revision over HTTP: comments, replies and amendment
// proposals by the invited countries' coordinators and the secretariat, the
// secretariat's decisions, incorporation by a new revision, and who sees what.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kDecl = "/api/v1/declarations/consult-d";
const std::string kRev1 = kDecl + "/revisions/1";
const char* const kMk = "coordinator.mk;coordinator;MK";
const char* const kAl = "coordinator.al;coordinator;AL";

const std::string kText = R"({"changeNote":"First draft.","preamble":[{"id":"rec-1","leadPhrase":"Recognizing",
  "text":"that trafficking follows migration routes,"}],"operative":[{"id":"op-1","text":"Agree on indicators."},
  {"id":"op-2","text":"Train officials."},{"id":"op-3","text":"Meet again in 2017."}]})";

// A declaration of the sample conference inviting MK and AL, with revision 1,
// moved to `status` (drafting or consultation).
void prepare(const Client& sec, const std::string& status = "consultation") {
  Response made = sec.post("/api/v1/declarations?conference=skopje-2016",
                           R"({"id":"consult-d","title":"Consultation","invitedCountries":["MK","AL"]})");
  BOOST_TEST_REQUIRE(made.status == 201, made.body);
  Response cut = sec.post(kDecl + "/revisions", kText, {{"If-Match", sec.etag(kDecl)}});
  BOOST_TEST_REQUIRE(cut.status == 201, cut.body);
  if (status != "drafting") {
    Response moved = sec.patch(kDecl, R"({"status":")" + status + R"("})", {{"If-Match", sec.etag(kDecl)}});
    BOOST_TEST_REQUIRE(moved.status == 200, moved.body);
  }
}

std::string proposal(const std::string& unit, const std::string& text) {
  return R"({"unit":")" + unit + R"(","kind":"replace","text":)" + quoted(text) +
         R"(,"justification":"Clearer wording."})";
}

std::size_t count(const Response& r) { return r.json()->getArray("items")->size(); }
}  // namespace

BOOST_AUTO_TEST_SUITE(consultation_api_tests)

BOOST_AUTO_TEST_CASE(a_coordinator_comments_and_the_secretariat_replies_in_a_thread) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  Client mk = sec.as(kMk);
  Response c = mk.post(kRev1 + "/comments", R"({"unit":"op-2","quote":"officials","text":"Which officials?"})");
  BOOST_TEST_REQUIRE(c.status == 201, c.body);
  BOOST_TEST(c.json()->getValue<int>("number") == 1);
  BOOST_TEST(c.str("country") == "MK");
  BOOST_TEST(c.str("author") == "coordinator.mk");
  Response reply = sec.post(kRev1 + "/comments", R"({"replyToComment":1,"text":"Border police and labour inspectors."})");
  BOOST_TEST_REQUIRE(reply.status == 201, reply.body);
  BOOST_TEST(reply.str("unit") == "op-2");
  BOOST_TEST(reply.json()->getValue<int>("replyToComment") == 1);
  BOOST_TEST(reply.json()->isNull("country"));
  BOOST_TEST(count(sec.get(kRev1 + "/comments?unit=op-2")) == 2u);
  BOOST_TEST(count(sec.get(kRev1 + "/comments?unit=op-1")) == 0u);
  BOOST_TEST(count(sec.get(kRev1 + "/comments?country=MK")) == 1u);
  BOOST_TEST(sec.post(kRev1 + "/comments", R"({"replyToComment":9,"text":"x"})").status == 404);
}

BOOST_AUTO_TEST_CASE(a_reply_may_support_an_amendment) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  BOOST_TEST_REQUIRE(sec.as(kMk).post(kRev1 + "/amendments", proposal("op-3", "Meet in Ohrid.")).status == 201);
  Response support =
      sec.as(kAl).post(kRev1 + "/comments", R"({"replyToAmendment":1,"supports":true,"text":"Albania agrees."})");
  BOOST_TEST_REQUIRE(support.status == 201, support.body);
  BOOST_TEST(support.json()->getValue<bool>("supports"));
  BOOST_TEST(support.str("unit") == "op-3");
  Response stray = sec.as(kAl).post(kRev1 + "/comments", R"({"unit":"op-1","supports":true,"text":"Yes."})");
  BOOST_TEST(stray.status == 400);
  BOOST_TEST(stray.str("field") == "supports");
}

BOOST_AUTO_TEST_CASE(a_coordinator_cannot_comment_for_another_country) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  Response r = sec.as(kAl).post(kRev1 + "/comments", R"({"unit":"op-1","text":"For MK.","country":"MK"})");
  BOOST_TEST(r.status == 403, r.body);
  Response uninvited = sec.as("coordinator.rs;coordinator;RS").post(kRev1 + "/comments", R"({"unit":"op-1","text":"x"})");
  BOOST_TEST(uninvited.status == 403, uninvited.body);
  BOOST_TEST(sec.as("viewer;viewer").post(kRev1 + "/comments", R"({"unit":"op-1","text":"x"})").status == 403);
  BOOST_TEST(count(sec.get(kRev1 + "/comments")) == 0u);
}

BOOST_AUTO_TEST_CASE(nobody_but_the_secretariat_writes_outside_consultation) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec, "drafting");
  Response early = sec.as(kMk).post(kRev1 + "/comments", R"({"unit":"op-1","text":"Too early."})");
  BOOST_TEST(early.status == 409, early.body);
  BOOST_TEST(sec.post(kRev1 + "/comments", R"({"unit":"op-1","text":"Note to self."})").status == 201);
  Response moved = sec.patch(kDecl, R"({"status":"consultation"})", {{"If-Match", sec.etag(kDecl)}});
  BOOST_TEST_REQUIRE(moved.status == 200);
  BOOST_TEST(sec.as(kMk).post(kRev1 + "/amendments", proposal("op-1", "Agree.")).status == 201);
  moved = sec.patch(kDecl, R"({"status":"final"})", {{"If-Match", sec.etag(kDecl)}});
  BOOST_TEST_REQUIRE(moved.status == 200, moved.body);
  Response late = sec.as(kMk).post(kRev1 + "/comments", R"({"unit":"op-1","text":"Too late."})");
  BOOST_TEST(late.status == 409, late.body);
  BOOST_TEST(sec.post(kRev1 + "/comments", R"({"unit":"op-1","text":"Too late."})").status == 409);
  Response decide = sec.post(kRev1 + "/amendments/1/state", R"({"state":"accepted"})",
                             {{"If-Match", sec.etag(kRev1 + "/amendments/1")}});
  BOOST_TEST(decide.status == 409, decide.body);
}

BOOST_AUTO_TEST_CASE(an_accepted_amendment_is_incorporated_by_the_next_revision) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  Client mk = sec.as(kMk);
  Response a = mk.post(kRev1 + "/amendments", proposal("op-3", "Meet again in Ohrid in 2017."));
  BOOST_TEST_REQUIRE(a.status == 201, a.body);
  BOOST_TEST(a.str("state") == "proposed");
  BOOST_TEST(a.header("Location").find("/revisions/1/amendments/1") != std::string::npos);
  std::string tag = a.header("ETag");
  BOOST_TEST(mk.post(kRev1 + "/amendments/1/state", R"({"state":"accepted"})", {{"If-Match", tag}}).status == 403);
  Response accepted = sec.post(kRev1 + "/amendments/1/state", R"({"state":"accepted"})", {{"If-Match", tag}});
  BOOST_TEST_REQUIRE(accepted.status == 200, accepted.body);
  BOOST_TEST(accepted.str("decidedBy") == "sec");
  BOOST_TEST(count(sec.get(kRev1 + "/amendments?state=accepted")) == 1u);

  Response cut = sec.post(kDecl + "/revisions", R"({"changeNote":"With MK's wording.","operative":[
      {"id":"op-1","text":"Agree on indicators."},{"id":"op-2","text":"Train officials."},
      {"id":"op-3","text":"Meet again in 2017."}],"incorporate":[1]})",
                          {{"If-Match", sec.etag(kDecl)}});
  BOOST_TEST_REQUIRE(cut.status == 201, cut.body);
  auto operative = cut.json()->getArray("operative");
  BOOST_TEST(operative->getObject(2)->getValue<std::string>("text") == "Meet again in Ohrid in 2017.");
  Response after = sec.get(kRev1 + "/amendments/1");
  BOOST_TEST(after.str("state") == "incorporated");
  BOOST_TEST(after.json()->getValue<int>("incorporatedIn") == 2);
  BOOST_TEST(after.json()->getValue<bool>("outdated") == false);
  Response again = sec.post(kDecl + "/revisions", R"({"changeNote":"Again","operative":[{"id":"op-1","text":"x"}],"incorporate":[1]})",
                            {{"If-Match", sec.etag(kDecl)}});
  BOOST_TEST(again.status == 409, again.body);
  BOOST_TEST(again.str("field") == "incorporate");
}

BOOST_AUTO_TEST_CASE(an_amendment_on_a_changed_or_deleted_unit_shows_as_outdated) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  Client mk = sec.as(kMk);
  BOOST_TEST_REQUIRE(mk.post(kRev1 + "/amendments", proposal("op-2", "Train all officials.")).status == 201);
  BOOST_TEST_REQUIRE(mk.post(kRev1 + "/amendments", proposal("op-3", "Meet in 2018.")).status == 201);
  BOOST_TEST_REQUIRE(mk.post(kRev1 + "/amendments", proposal("op-1", "Agree on common indicators.")).status == 201);
  Response cut = sec.post(kDecl + "/revisions", R"({"changeNote":"Revised","operative":[{"id":"op-1","text":"Agree on indicators."},
      {"id":"op-2","text":"Train border officials."}]})", {{"If-Match", sec.etag(kDecl)}});
  BOOST_TEST_REQUIRE(cut.status == 201, cut.body);
  Response changed = sec.get(kRev1 + "/amendments/1");
  BOOST_TEST(changed.str("unitFate") == "changed");
  BOOST_TEST(changed.json()->getValue<bool>("outdated"));
  BOOST_TEST(changed.str("unit") == "op-2");
  Response deleted = sec.get(kRev1 + "/amendments/2");
  BOOST_TEST(deleted.str("unitFate") == "deleted");
  BOOST_TEST(deleted.json()->getValue<bool>("outdated"));
  Response current = sec.get(kRev1 + "/amendments/3");
  BOOST_TEST(current.str("unitFate") == "current");
  BOOST_TEST(!current.json()->getValue<bool>("outdated"));
}

BOOST_AUTO_TEST_CASE(a_stale_if_match_is_412_and_a_missing_one_428) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  Client mk = sec.as(kMk);
  Response a = mk.post(kRev1 + "/amendments", proposal("op-1", "Agree."));
  BOOST_TEST_REQUIRE(a.status == 201);
  std::string first = a.header("ETag");
  Response withdrawn = mk.post(kRev1 + "/amendments/1/state", R"({"state":"withdrawn"})", {{"If-Match", first}});
  BOOST_TEST_REQUIRE(withdrawn.status == 200, withdrawn.body);
  Response stale = sec.post(kRev1 + "/amendments/1/state", R"({"state":"accepted"})", {{"If-Match", first}});
  BOOST_TEST(stale.status == 412, stale.body);
  BOOST_TEST(stale.header("Content-Type").find("application/problem+json") == 0u);
  BOOST_TEST(sec.post(kRev1 + "/amendments/1/state", R"({"state":"accepted"})").status == 428);
  Response illegal = sec.post(kRev1 + "/amendments/1/state", R"({"state":"accepted"})",
                              {{"If-Match", withdrawn.header("ETag")}});
  BOOST_TEST(illegal.status == 409, illegal.body);
}

BOOST_AUTO_TEST_CASE(rejecting_needs_a_reason_and_only_the_author_withdraws) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  Response a = sec.as(kMk).post(kRev1 + "/amendments", proposal("op-1", "Agree."));
  BOOST_TEST_REQUIRE(a.status == 201);
  std::string tag = a.header("ETag");
  Response bare = sec.post(kRev1 + "/amendments/1/state", R"({"state":"rejected"})", {{"If-Match", tag}});
  BOOST_TEST(bare.status == 400);
  BOOST_TEST(bare.str("field") == "reason");
  BOOST_TEST(sec.as(kAl).post(kRev1 + "/amendments/1/state", R"({"state":"withdrawn"})", {{"If-Match", tag}}).status ==
             403);
  Response r = sec.post(kRev1 + "/amendments/1/state", R"({"state":"rejected","reason":"Out of scope."})",
                        {{"If-Match", tag}});
  BOOST_TEST(r.status == 200, r.body);
  BOOST_TEST(r.str("reason") == "Out of scope.");
}

BOOST_AUTO_TEST_CASE(secretariat_only_visibility_hides_other_countries_proposals) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  BOOST_TEST_REQUIRE(sec.as(kMk).post(kRev1 + "/amendments", proposal("op-1", "Agree.")).status == 201);
  BOOST_TEST_REQUIRE(sec.as(kAl).post(kRev1 + "/comments", R"({"unit":"op-1","text":"AL's view."})").status == 201);
  BOOST_TEST(count(sec.as(kAl).get(kRev1 + "/amendments")) == 1u);
  BOOST_TEST(sec.as("mon;monitor").get(kRev1 + "/amendments").status == 200);
  Response set = sec.patch(kDecl, R"({"consultationVisibility":"secretariat_only"})", {{"If-Match", sec.etag(kDecl)}});
  BOOST_TEST_REQUIRE(set.status == 200, set.body);
  BOOST_TEST(set.str("consultationVisibility") == "secretariat_only");
  BOOST_TEST(count(sec.as(kAl).get(kRev1 + "/amendments")) == 0u);
  BOOST_TEST(sec.as(kAl).get(kRev1 + "/amendments/1").status == 404);
  BOOST_TEST(count(sec.as(kMk).get(kRev1 + "/amendments")) == 1u);
  BOOST_TEST(count(sec.as(kMk).get(kRev1 + "/comments")) == 0u);
  BOOST_TEST(count(sec.get(kRev1 + "/comments")) == 1u);
  BOOST_TEST(sec.as("mon;monitor").get(kRev1 + "/amendments").status == 403);
  // A viewer does not see a declaration in consultation at all.
  BOOST_TEST(sec.as("viewer;viewer").get(kRev1 + "/comments").status == 404);
  BOOST_TEST(sec.patch(kDecl, R"({"consultationVisibility":"everyone"})", {{"If-Match", sec.etag(kDecl)}}).status ==
             400);
}

BOOST_AUTO_TEST_CASE(hostile_text_is_refused_or_kept_as_text) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  Client mk = sec.as(kMk);
  Response control = mk.post(kRev1 + "/comments", R"({"unit":"op-1","text":"bell\u0007"})");
  BOOST_TEST(control.status == 400, control.body);
  BOOST_TEST(control.str("field") == "text");
  std::string markup = "<script>alert(1)</script> {{title}} Кирилица и latin ελληνικά";
  Response kept = mk.post(kRev1 + "/comments", R"({"unit":"op-1","text":)" + quoted(markup) + "}");
  BOOST_TEST_REQUIRE(kept.status == 201, kept.body);
  BOOST_TEST(kept.str("text") == markup);
  BOOST_TEST(sec.get(kRev1 + "/comments").json()->getArray("items")->getObject(0)->getValue<std::string>("text") ==
             markup);
  Response longText = mk.post(kRev1 + "/amendments", proposal("op-1", std::string(10001, 'x')));
  BOOST_TEST(longText.status == 400);
  BOOST_TEST(longText.str("field") == "text");
  std::string longJustification = R"({"unit":"op-1","kind":"replace","text":"Agree.","justification":")" +
                                  std::string(2001, 'y') + R"("})";
  Response lj = mk.post(kRev1 + "/amendments", longJustification);
  BOOST_TEST(lj.status == 400);
  BOOST_TEST(lj.str("field") == "justification");
  Response quote = mk.post(kRev1 + "/comments", R"({"unit":"op-1","quote":"not there","text":"x"})");
  BOOST_TEST(quote.status == 400);
  BOOST_TEST(quote.str("field") == "quote");
  Response unit = mk.post(kRev1 + "/comments", R"({"unit":"op-9","text":"x"})");
  BOOST_TEST(unit.status == 400);
  BOOST_TEST(unit.str("field") == "unit");
  BOOST_TEST(mk.post(kDecl + "/revisions/7/comments", R"({"unit":"op-1","text":"x"})").status == 404);
}

BOOST_AUTO_TEST_CASE(every_remark_and_decision_is_an_audit_event) {
  PluginServer server;
  Client sec = server.client();
  prepare(sec);
  Client mk = sec.as(kMk);
  BOOST_TEST_REQUIRE(mk.post(kRev1 + "/comments", R"({"unit":"op-1","text":"Fine."})").status == 201);
  Response a = mk.post(kRev1 + "/amendments", proposal("op-1", "Agree."));
  BOOST_TEST_REQUIRE(a.status == 201);
  BOOST_TEST_REQUIRE(
      sec.post(kRev1 + "/amendments/1/state", R"({"state":"accepted"})", {{"If-Match", a.header("ETag")}}).status ==
      200);
  Response comments = sec.get("/api/v1/audit?entity=comment&id=consult-d/1");
  BOOST_TEST_REQUIRE(comments.status == 200, comments.body);
  BOOST_TEST(count(comments) == 1u);
  Response amendments = sec.get("/api/v1/audit?entity=amendment&id=consult-d/1");
  BOOST_TEST_REQUIRE(count(amendments) == 2u);
  auto items = amendments.json()->getArray("items");
  BOOST_TEST(items->getObject(0)->getValue<std::string>("action") == "amendment.proposed");
  BOOST_TEST(items->getObject(1)->getValue<std::string>("action") == "amendment.accepted");
  BOOST_TEST(sec.get("/api/v1/audit/verify").json()->getValue<bool>("ok"));
}

BOOST_AUTO_TEST_SUITE_END()
