// Every text field of every record written through the API comes back normalised
// (issue 12): CRLF and CR inside multi-line text become LF, the surrounding spaces
// of a single-line text are trimmed. One row per (record, field).
#include <functional>
#include <ostream>
#include <vector>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Parser.h>

#include "plugin_server.h"

using namespace accord::test;
namespace bdata = boost::unit_test::data;

namespace {

const std::string kMultiRaw = "First line,\r\nsecond line;\rthird line.";
const std::string kMultiLf = "First line,\nsecond line;\nthird line.";
const std::string kSingleRaw = "  \tTrimmed name \t ";
const std::string kSingleTrimmed = "Trimmed name";

const std::string kDeclarations = "/api/v1/declarations?conference=skopje-2016";
const std::string kRevisionBody = R"({"changeNote":"note",
  "preamble":[{"id":"rec-1","leadPhrase":"Recognizing","text":"that trafficking crosses borders,"}],
  "operative":[{"id":"op-1","text":"Agree to cooperate.","items":[{"id":"op-1-a","text":"by sharing data;"}]}],
  "closingFormula":"Done at Skopje."})";
const std::string kCommitmentBody = R"({"id":"cm-shelters","text":"Open two shelters.","clause":"op-awareness",
  "deadline":"2018-12-31","milestones":[{"id":"ms-1","title":"Sites chosen","due":"2018-03-31"}],
  "indicators":[{"name":"Shelters open","baseline":0,"target":2,"unit":"shelters"}],"countries":["MK","RS"]})";
const std::string kConferenceBody = R"({"id":"vienna-2018","title":"Vienna Meeting","city":"Vienna",
  "venue":"Hofburg","startDate":"2018-03-01","endDate":"2018-03-02","languages":["en"]})";
const std::string kSignBody = R"({"status":"endorsed","revision":3,"date":"2017-10-14","place":"Vienna",
  "signer":{"name":"Gerald Tatzgern","title":"Head of Office"},"method":"note_verbale",
  "evidence":"Note verbale 17/2017","statement":"None."})";
const std::string kReportBody = R"({"id":"rp-new","periodStart":"2017-07-01","periodEnd":"2017-09-30",
  "narrative":"Indicators are used.","percent":70,"evidence":["https://example.org/r"]})";
const std::string kMkReports = "/api/v1/commitments/cm-common-indicators/countries/MK/reports";
const std::string kAtEndorsement = std::string(kDeclaration) + "/endorsements/AT";
const std::string kHrAssignment = "/api/v1/commitments/cm-transnational-referral/countries/HR";

// `body` with the JSON string `from` (quotes included) replaced by `to` as a JSON string.
std::string with(std::string body, const std::string& from, const std::string& to) {
  std::size_t at = body.find("\"" + from + "\"");
  if (at == std::string::npos) throw std::logic_error("no " + from + " in the body");
  return body.replace(at, from.size() + 2, quoted(to));
}

// Writes `text` into the field; returns the address to read the record back from.
using Write = std::function<std::string(PluginServer&, const std::string& text)>;

struct Case {
  std::string record, field;
  bool multiline;
  Write write;
  std::vector<std::string> at;  // path in the record's JSON; digits index arrays
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.record << "." << c.field; }

std::string created(const Response& r) {
  BOOST_REQUIRE_MESSAGE(r.status == 201, r.body);
  return r.header("Location");
}

Write conference(const std::string& original) {
  return [original](PluginServer& s, const std::string& text) {
    return created(s.client().post("/api/v1/conferences", with(kConferenceBody, original, text)));
  };
}
Write declaration() {
  return [](PluginServer& s, const std::string& text) {
    return created(s.client().post(kDeclarations, with(R"({"id":"d1","title":"T","invitedCountries":["AL"]})",
                                                       "T", text)));
  };
}
Write revision(const std::string& original) {
  return [original](PluginServer& s, const std::string& text) {
    Client c = s.client();
    std::string where = created(c.post(kDeclarations, R"({"id":"d1","title":"T","invitedCountries":["AL"]})"));
    return created(c.post(where + "/revisions", with(kRevisionBody, original, text), {{"If-Match", c.etag(where)}}));
  };
}
Write commitment(const std::string& original) {
  return [original](PluginServer& s, const std::string& text) {
    return created(s.client().post(std::string(kDeclaration) + "/commitments", with(kCommitmentBody, original, text)));
  };
}
Write endorsement(const std::string& original) {
  return [original](PluginServer& s, const std::string& text) {
    Response r = s.client().as("coordinator.at;coordinator;AT").put(kAtEndorsement, with(kSignBody, original, text),
                                                                    {{"If-Match", s.client().etag(kAtEndorsement)}});
    BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
    return kAtEndorsement;
  };
}
Write assignment() {
  return [](PluginServer& s, const std::string& text) {
    Response r = s.client().as("coordinator.hr;coordinator;HR")
                     .put(kHrAssignment, with(R"({"acceptance":"accepted","leadInstitution":"L"})", "L", text),
                          {{"If-Match", s.client().etag(kHrAssignment)}});
    BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
    return kHrAssignment;
  };
}
Write report(const std::string& original) {
  return [original](PluginServer& s, const std::string& text) {
    return created(s.client().as("coordinator.mk;coordinator;MK").post(kMkReports, with(kReportBody, original, text)));
  };
}
Write returnReason() {
  return [](PluginServer& s, const std::string& text) {
    std::string path = kMkReports + "/rp-ci-mk-1";  // submitted in the sample
    Response r = s.client().as("mon;monitor").patch(path, with(R"({"state":"returned","returnReason":"R"})", "R", text),
                                                    {{"If-Match", s.client().etag(path)}});
    BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
    return path;
  };
}

const std::vector<Case> kCases = {
    {"conference", "title", false, conference("Vienna Meeting"), {"title"}},
    {"conference", "city", false, conference("Vienna"), {"city"}},
    {"conference", "venue", false, conference("Hofburg"), {"venue"}},
    {"declaration", "title", false, declaration(), {"title"}},
    {"revision", "changeNote", true, revision("note"), {"changeNote"}},
    {"revision", "preamble.leadPhrase", false, revision("Recognizing"), {"preamble", "0", "leadPhrase"}},
    {"revision", "preamble.text", true, revision("that trafficking crosses borders,"), {"preamble", "0", "text"}},
    {"revision", "operative.text", true, revision("Agree to cooperate."), {"operative", "0", "text"}},
    {"revision", "operative.items.text", true, revision("by sharing data;"), {"operative", "0", "items", "0", "text"}},
    {"revision", "closingFormula", true, revision("Done at Skopje."), {"closingFormula"}},
    {"commitment", "text", true, commitment("Open two shelters."), {"text"}},
    {"commitment", "milestones.title", false, commitment("Sites chosen"), {"milestones", "0", "title"}},
    {"commitment", "indicators.name", false, commitment("Shelters open"), {"indicators", "0", "name"}},
    {"commitment", "indicators.unit", false, commitment("shelters"), {"indicators", "0", "unit"}},
    {"endorsement", "place", false, endorsement("Vienna"), {"place"}},
    {"endorsement", "signer.name", false, endorsement("Gerald Tatzgern"), {"signer", "name"}},
    {"endorsement", "signer.title", false, endorsement("Head of Office"), {"signer", "title"}},
    {"endorsement", "statement", true, endorsement("None."), {"statement"}},
    {"endorsement", "evidence", true, endorsement("Note verbale 17/2017"), {"evidence"}},
    {"assignment", "leadInstitution", false, assignment(), {"leadInstitution"}},
    {"report", "narrative", true, report("Indicators are used."), {"narrative"}},
    {"report", "evidence", false, report("https://example.org/r"), {"evidence", "0"}},
    {"report", "returnReason", true, returnReason(), {"returnReason"}},
};

std::string textAt(const std::string& json, const std::vector<std::string>& at) {
  Poco::Dynamic::Var v = Poco::JSON::Parser().parse(json);
  for (const auto& step : at) {
    if (!step.empty() && std::isdigit(static_cast<unsigned char>(step[0])))
      v = v.extract<Poco::JSON::Array::Ptr>()->get(static_cast<unsigned>(std::stoul(step)));
    else
      v = v.extract<Poco::JSON::Object::Ptr>()->get(step);
  }
  return v.convert<std::string>();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(normalised_text_api_tests)

BOOST_DATA_TEST_CASE(every_text_field_is_stored_normalised, bdata::make(kCases), c) {
  PluginServer server;
  std::string where = c.write(server, c.multiline ? kMultiRaw : kSingleRaw);
  // A draft report is its country's own: read back by MK's coordinator.
  Client reader = c.record == "report" ? server.client().as("coordinator.mk;coordinator;MK") : server.client();
  Response stored = reader.get(where);
  BOOST_REQUIRE_MESSAGE(stored.status == 200, stored.body);
  BOOST_TEST(textAt(stored.body, c.at) == (c.multiline ? kMultiLf : kSingleTrimmed));
}

BOOST_AUTO_TEST_SUITE_END()
