// GET /api/v1/inbox: each role reads the kinds of waiting items that are theirs, a
// coordinator only their own country's, never cached, and the answer matches the
// OpenAPI schema (openapi_walk_tests checks every documented route).
#include <set>

#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kProposal = R"({"id":"cm-inbox","text":"Open two shelters for victims.","clause":"op-awareness",
  "deadline":"2018-12-31","milestones":[],"indicators":[],"countries":["MK","AL"]})";

struct Seen {
  std::set<std::string> kinds;
  std::set<std::string> countries;
  std::set<std::string> commitments;
};

Seen inboxOf(const Client& caller) {
  Response r = caller.get("/api/v1/inbox");
  BOOST_TEST_REQUIRE(r.status == 200);
  BOOST_TEST(r.header("Cache-Control") == "no-store");
  Seen out;
  auto items = r.json()->getArray("items");
  for (std::size_t i = 0; i < items->size(); ++i) {
    auto item = items->getObject(static_cast<unsigned>(i));
    out.kinds.insert(item->getValue<std::string>("kind"));
    if (!item->isNull("country")) out.countries.insert(item->getValue<std::string>("country"));
    if (!item->isNull("commitment")) out.commitments.insert(item->getValue<std::string>("commitment"));
  }
  BOOST_TEST(r.json()->getArray("more")->size() == 0u);
  return out;
}

bool within(const std::set<std::string>& seen, const std::set<std::string>& allowed) {
  for (const auto& s : seen)
    if (!allowed.count(s)) return false;
  return true;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(inbox_api_tests)

BOOST_AUTO_TEST_CASE(each_role_reads_only_its_own_kinds_and_country) {
  PluginServer server;
  Client any = server.client();
  BOOST_TEST_REQUIRE(any.as("secretariat;secretariat").post(std::string(kDeclaration) + "/commitments", kProposal).status ==
                     201);
  Seen mk = inboxOf(any.as("coordinator.mk;coordinator;MK"));
  BOOST_TEST(within(mk.kinds, {"endorse", "accept", "report"}));
  BOOST_TEST((mk.countries == std::set<std::string>{"MK"}));
  BOOST_TEST(mk.commitments.count("cm-inbox") == 1u);  // proposed to MK: to accept
  BOOST_TEST(mk.kinds.count("accept") == 1u);
  Seen al = inboxOf(any.as("coordinator.al;coordinator;AL"));
  BOOST_TEST((al.countries == std::set<std::string>{"AL"}));
  BOOST_TEST(al.commitments.count("cm-inbox") == 1u);
  Seen sec = inboxOf(any.as("secretariat;secretariat"));
  BOOST_TEST(within(sec.kinds, {"draft", "invitation", "amendment", "validate"}));
  Seen mon = inboxOf(any.as("monitor;monitor"));
  BOOST_TEST(within(mon.kinds, {"validate", "overdue", "at_risk"}));
  BOOST_TEST(inboxOf(any.as("viewer;viewer")).kinds.empty());
  BOOST_TEST(inboxOf(any.as("admin;admin")).kinds.empty());
  Response anonymous = server.anonymous().get("/api/v1/inbox");
  BOOST_TEST(anonymous.status == 401);
  BOOST_TEST(anonymous.header("Content-Type").find("problem+json") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
