// The sign-off workflow of the Skopje sample over HTTP, each step by the person
// whose step it is, signed in: a coordinator endorses for their own country and
// only for it, the secretariat records an endorsement on behalf of a country, a
// monitor returns a report and its coordinator resubmits it. The audit trail
// names who did each step, can be filtered by actor and time, and verifies —
// until a row of it is changed behind the server's back.
#include <boost/test/unit_test.hpp>

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kEndorsements = std::string(kDeclaration) + "/endorsements";
const std::string kReport = "/api/v1/commitments/cm-common-indicators/countries/MK/reports/rp-ci-mk-1";
const char* kSlovenia = R"({"status":"endorsed","revision":3,"date":"2017-10-15","place":"Ljubljana",
  "signer":{"name":"Tina Brecelj","title":"National Coordinator"},"method":"written_notification"})";
const char* kAustria = R"({"status":"endorsed","revision":3,"date":"2017-10-15","place":"Vienna",
  "signer":{"name":"Gerald Tatzgern","title":"Head of the Joint Operational Office"},"method":"note_verbale",
  "onBehalf":true,"evidence":"Note verbale 17/2017"})";
const char* kAustriaInOwnName = R"({"status":"endorsed","revision":3,"date":"2017-10-15","place":"Vienna",
  "signer":{"name":"Gerald Tatzgern","title":"Head of the Joint Operational Office"},"method":"note_verbale"})";

Poco::JSON::Array::Ptr audit(const Client& reader, const std::string& query) {
  Response r = reader.get("/api/v1/audit?limit=500&" + query);
  BOOST_TEST_REQUIRE(r.status == 200, r.body);
  return r.json()->getArray("items");
}

std::string lastActor(const Poco::JSON::Array::Ptr& items) {
  return items->size() ? items->getObject(items->size() - 1)->getValue<std::string>("actor") : "";
}
}  // namespace

BOOST_AUTO_TEST_SUITE(sign_off_api_tests)

BOOST_AUTO_TEST_CASE(a_coordinator_endorses_for_their_own_country_and_not_for_a_neighbour) {
  PluginServer server;
  Client si = server.client().as("coordinator.si;coordinator;SI");
  Client monitor = server.client().as("monitor;monitor");
  Response own = si.put(kEndorsements + "/SI", kSlovenia, {{"If-Match", si.etag(kEndorsements + "/SI")}});
  BOOST_TEST_REQUIRE(own.status == 200, own.body);
  BOOST_TEST(own.str("status") == "endorsed");
  BOOST_TEST(!own.json()->getValue<bool>("onBehalf"));
  Response neighbour = si.put(kEndorsements + "/AT", kSlovenia, {{"If-Match", si.etag(kEndorsements + "/AT")}});
  BOOST_TEST(neighbour.status == 403);
  BOOST_TEST(neighbour.str("detail").find("AT") != std::string::npos, neighbour.body);
  BOOST_TEST(si.get(kEndorsements + "/AT").str("status") == "invited");
  // The trail names the coordinator, from the token, not from anything sent.
  auto events = audit(monitor, "entity=endorsement&id=skopje-joint-declaration/SI");
  BOOST_TEST(lastActor(events) == "coordinator.si");
}

BOOST_AUTO_TEST_CASE(the_secretariat_records_on_behalf_and_the_record_says_who) {
  PluginServer server;
  Client sec = server.client().as("secretariat;secretariat");
  Response refused = sec.put(kEndorsements + "/AT", kAustriaInOwnName, {{"If-Match", sec.etag(kEndorsements + "/AT")}});
  BOOST_TEST(refused.status == 403);
  BOOST_TEST(refused.str("detail").find("on behalf") != std::string::npos, refused.body);
  Response recorded = sec.put(kEndorsements + "/AT", kAustria, {{"If-Match", sec.etag(kEndorsements + "/AT")}});
  BOOST_TEST_REQUIRE(recorded.status == 200, recorded.body);
  BOOST_TEST(recorded.str("status") == "endorsed");
  BOOST_TEST(recorded.json()->getValue<bool>("onBehalf"));
  BOOST_TEST(recorded.str("recordedBy") == "secretariat");
  Response status = sec.get(std::string(kDeclaration) + "/status/endorsements");
  BOOST_TEST(status.body.find("\"AT\"") != std::string::npos);
  BOOST_TEST(lastActor(audit(sec, "entity=endorsement&id=skopje-joint-declaration/AT")) == "secretariat");
  // A coordinator cannot pretend to be the secretariat.
  Client mk = server.client().as("coordinator.mk;coordinator;MK");
  BOOST_TEST(mk.put(kEndorsements + "/MK", R"({"status":"withdrawn","onBehalf":true})",
                    {{"If-Match", mk.etag(kEndorsements + "/MK")}})
                 .status == 403);
}

BOOST_AUTO_TEST_CASE(a_monitor_returns_a_report_with_a_reason_and_the_coordinator_resubmits) {
  PluginServer server;
  Client mk = server.client().as("coordinator.mk;coordinator;MK");
  Client monitor = server.client().as("monitor;monitor");
  BOOST_TEST_REQUIRE(monitor.get(kReport).str("state") == "submitted");
  BOOST_TEST(mk.patch(kReport, R"({"state":"validated"})", {{"If-Match", mk.etag(kReport)}}).status == 403);
  BOOST_TEST(monitor.patch(kReport, R"({"state":"returned"})", {{"If-Match", monitor.etag(kReport)}}).str("field") ==
             "returnReason");
  server.setNow("2017-10-16T09:00:00Z");
  Response returned = monitor.patch(kReport, R"({"state":"returned","returnReason":"The 2017 figures are missing."})",
                                    {{"If-Match", monitor.etag(kReport)}});
  BOOST_TEST_REQUIRE(returned.status == 200, returned.body);
  BOOST_TEST(returned.str("state") == "returned");
  BOOST_TEST(returned.str("returnReason") == "The 2017 figures are missing.");
  server.setNow("2017-10-17T09:00:00Z");
  Response again = mk.patch(kReport, R"({"state":"submitted"})", {{"If-Match", mk.etag(kReport)}});
  BOOST_TEST_REQUIRE(again.status == 200, again.body);
  BOOST_TEST(again.str("state") == "submitted");
  // Filtered by actor and by time, the trail shows each step by its author.
  auto byMonitor = audit(monitor, "actor=monitor&entity=report");
  BOOST_TEST(byMonitor->size() == 1u);
  BOOST_TEST(lastActor(byMonitor) == "monitor");
  auto onTheSeventeenth = audit(monitor, "entity=report&from=2017-10-17T00:00:00Z&to=2017-10-17T23:59:59Z");
  BOOST_TEST(onTheSeventeenth->size() == 1u);
  BOOST_TEST(lastActor(onTheSeventeenth) == "coordinator.mk");
  BOOST_TEST(audit(monitor, "entity=report&to=2017-10-15T23:59:59Z&actor=monitor")->size() == 0u);
}

BOOST_AUTO_TEST_CASE(the_audit_chain_verifies_and_names_a_row_altered_in_the_database) {
  PluginServer server;
  Client si = server.client().as("coordinator.si;coordinator;SI");
  Client monitor = server.client().as("monitor;monitor");
  BOOST_TEST_REQUIRE(si.put(kEndorsements + "/SI", kSlovenia, {{"If-Match", si.etag(kEndorsements + "/SI")}}).status ==
                     200);
  Response ok = monitor.get("/api/v1/audit/verify");
  BOOST_TEST_REQUIRE(ok.status == 200, ok.body);
  BOOST_TEST(ok.json()->getValue<bool>("ok"));
  BOOST_TEST(server.client().as("viewer;viewer").get("/api/v1/audit/verify").status == 403);
  auto last = audit(monitor, "entity=endorsement&id=skopje-joint-declaration/SI");
  int seq = last->getObject(last->size() - 1)->getValue<int>("seq");

  // Someone with the database file rewrites who endorsed.
  Poco::Data::SQLite::Connector::registerConnector();
  {
    Poco::Data::Session db("SQLite", server.storageUri().substr(std::string("sqlite:").size()));
    db << "DROP TRIGGER audit_event_no_update", Poco::Data::Keywords::now;
    db << "UPDATE audit_event SET actor = 'secretariat' WHERE seq = ?", Poco::Data::Keywords::use(seq),
        Poco::Data::Keywords::now;
  }
  Response broken = monitor.get("/api/v1/audit/verify");
  BOOST_TEST_REQUIRE(broken.status == 200, broken.body);
  BOOST_TEST(!broken.json()->getValue<bool>("ok"));
  BOOST_TEST(broken.json()->getValue<int>("brokenAt") == seq);
  BOOST_TEST(broken.str("reason").find("altered") != std::string::npos, broken.body);
}

BOOST_AUTO_TEST_SUITE_END()
