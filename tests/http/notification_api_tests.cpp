// Notifications over HTTP: each user reads and marks their own, never another's;
// administrators list the failed ones.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kProposal = R"({"id":"cm-notify","text":"Open two shelters for victims.","clause":"op-awareness",
  "deadline":"2018-12-31","milestones":[],"indicators":[],"countries":["MK","AL"]})";

// The commitment_proposed notifications of `caller`'s list.
std::vector<Poco::JSON::Object::Ptr> proposals(const Client& caller) {
  std::vector<Poco::JSON::Object::Ptr> out;
  auto items = caller.get("/api/v1/notifications").json()->getArray("items");
  for (std::size_t i = 0; i < items->size(); ++i) {
    auto n = items->getObject(static_cast<unsigned>(i));
    if (n->getValue<std::string>("kind") == "commitment_proposed") out.push_back(n);
  }
  return out;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(notification_api_tests)

BOOST_AUTO_TEST_CASE(a_coordinator_reads_and_marks_only_their_own_notifications) {
  PluginServer server;
  Client any = server.client();
  Client mk = any.as("coordinator.mk;coordinator;MK"), al = any.as("coordinator.al;coordinator;AL");
  BOOST_TEST_REQUIRE(mk.get("/api/v1/notifications").status == 200);  // the accounts exist before the change
  BOOST_TEST_REQUIRE(al.get("/api/v1/notifications").status == 200);
  BOOST_TEST_REQUIRE(any.as("secretariat;secretariat").post(std::string(kDeclaration) + "/commitments", kProposal).status ==
                     201);
  auto mine = proposals(mk);
  BOOST_TEST_REQUIRE(mine.size() == 1u);
  BOOST_TEST(mine[0]->getValue<std::string>("recipient") == "coordinator.mk");
  BOOST_TEST(mine[0]->getValue<std::string>("link") == "/commitments/cm-notify/countries/MK");
  BOOST_TEST(mine[0]->getValue<std::string>("delivery") == "pending");  // no --smtp: kept for the UI
  auto theirs = proposals(al);
  BOOST_TEST_REQUIRE(theirs.size() == 1u);
  BOOST_TEST(theirs[0]->getValue<std::string>("recipient") == "coordinator.al");
  Response list = mk.get("/api/v1/notifications");
  BOOST_TEST(list.header("Cache-Control") == "no-store");
  long unread = list.json()->getValue<long>("unread");
  BOOST_TEST(unread >= 1L);
  std::string id = std::to_string(mine[0]->getValue<long long>("id"));
  // Albania's coordinator cannot mark (nor learn of) North Macedonia's.
  Response other = al.post("/api/v1/notifications/" + id + "/read", "");
  BOOST_TEST(other.status == 404);
  BOOST_TEST(other.str("field") == "id");
  BOOST_TEST(mk.get("/api/v1/notifications").json()->getValue<long>("unread") == unread);
  BOOST_TEST(mk.post("/api/v1/notifications/" + id + "/read", "").status == 204);
  BOOST_TEST(mk.post("/api/v1/notifications/" + id + "/read", "").status == 204);  // again: no change
  BOOST_TEST(mk.get("/api/v1/notifications").json()->getValue<long>("unread") == unread - 1);
  BOOST_TEST(!proposals(mk)[0]->isNull("readAt"));
  BOOST_TEST(mk.post("/api/v1/notifications/x1/read", "").str("field") == "id");
  // The failed ones are for administrators.
  BOOST_TEST(mk.get("/api/v1/notifications/failed").status == 403);
  BOOST_TEST(any.as("admin;admin").get("/api/v1/notifications/failed").status == 200);
}

// The page: the header counts the unread ones, the list links to where to act,
// and "Mark read" (a form with the CSRF token) lowers the count.
BOOST_AUTO_TEST_CASE(the_notifications_page_lists_ones_own_and_marks_them_read) {
  PluginServer server;
  Client any = server.client();
  Client mk = any.as("coordinator.mk;coordinator;MK"), al = any.as("coordinator.al;coordinator;AL");
  Client browser = server.anonymous();
  Client::Headers cookie{{"Cookie", "accord_session=" + mk.token()}};
  BOOST_TEST_REQUIRE(al.get("/api/v1/notifications").status == 200);
  BOOST_TEST_REQUIRE(any.as("secretariat;secretariat").post(std::string(kDeclaration) + "/commitments", kProposal).status ==
                     201);
  long unread = mk.get("/api/v1/notifications").json()->getValue<long>("unread");
  Response page = browser.get("/notifications", cookie);
  BOOST_TEST_REQUIRE(page.status == 200);
  BOOST_TEST(page.body.find("aria-label=\"" + std::to_string(unread) + " unread\"") != std::string::npos);
  BOOST_TEST(page.body.find("Commitment proposed to North Macedonia: Open two shelters for victims.") != std::string::npos);
  BOOST_TEST(page.body.find("href=\"/commitments/cm-notify/countries/MK\"") != std::string::npos);
  BOOST_TEST(page.body.find("countries/AL") == std::string::npos);  // Albania's are Albania's
  std::string id = std::to_string(proposals(mk)[0]->getValue<long long>("id"));
  Client::Headers headers = cookie;
  Response marked = browser.send("POST", "/notifications/" + id + "/read", "csrf=" + csrfOf(page.body),
                                 "application/x-www-form-urlencoded", headers);
  BOOST_TEST(marked.status == 303);
  BOOST_TEST(mk.get("/api/v1/notifications").json()->getValue<long>("unread") == unread - 1);
  // Another's number is not found, on the page as in the API.
  std::string theirs = std::to_string(proposals(al)[0]->getValue<long long>("id"));
  Response refused = browser.send("POST", "/notifications/" + theirs + "/read", "csrf=" + csrfOf(page.body),
                                  "application/x-www-form-urlencoded", headers);
  BOOST_TEST(refused.status == 404);
  BOOST_TEST(proposals(al)[0]->isNull("readAt"));
}

BOOST_AUTO_TEST_SUITE_END()
