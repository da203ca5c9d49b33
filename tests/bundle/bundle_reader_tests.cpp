#include <filesystem>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "accord/base/data_dir.h"
#include "accord/domain/tally.h"
#include "bundle_fixtures.h"

using namespace accord;
using namespace accord::domain;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(bundle_reader_tests)

BOOST_AUTO_TEST_CASE(every_shipped_sample_bundle_loads) {
  int bundles = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(base::dataPath("samples"))) {
    if (entry.path().extension() != ".json") continue;
    std::string text = test::readText(entry.path().string());
    if (text.find("\"accord-bundle\"") == std::string::npos) continue;
    auto r = bundle::readBundle(text, test::referenceCountries());
    for (const auto& e : r.errors) BOOST_ERROR(entry.path().string() << ": " << e.field << " " << e.message);
    ++bundles;
  }
  BOOST_TEST(bundles >= 1);
}

BOOST_AUTO_TEST_CASE(skopje_sample_holds_the_conference_of_the_seed) {
  auto r = bundle::readBundleFile(test::skopjePath(), test::referenceCountries());
  BOOST_REQUIRE(r.ok());
  const Dossier& d = r.dossier;
  BOOST_TEST(d.conference.city == "Skopje");
  BOOST_TEST(d.conference.startDate.iso() == "2016-10-27");
  BOOST_TEST(d.conference.endDate.iso() == "2016-10-28");
  BOOST_TEST(d.conference.organizers.size() == 3u);
  BOOST_TEST(d.person(PersonId("nina-suomalainen")) != nullptr);
  BOOST_TEST(d.person(PersonId("madina-jarbussynova")) != nullptr);
  BOOST_TEST(!d.illustrative.empty());
  BOOST_REQUIRE(d.declarations.size() == 1u);
  const Declaration& decl = d.declarations[0];
  BOOST_TEST(decl.revisions.size() >= 2u);
  BOOST_TEST(*decl.finalRevision == static_cast<int>(decl.revisions.size()));
  EndorsementTally t = tallyEndorsements(d, decl);
  BOOST_TEST(t.invited == decl.invitedCountries.size());
  int statuses = 0;
  for (const auto& [status, n] : t.counts) statuses += n > 0;
  BOOST_TEST(statuses >= 4);  // endorsements in several states
  BOOST_TEST(domain::catalogFor(d, test::referenceCountries()).shown(CountryCode::parse("t", "XK").value()) ==
             "Kosovo*");
  BOOST_TEST(!d.commitments.empty());
  BOOST_TEST(!d.reports.empty());
}

// Edits the Skopje sample: `path` is a '/'-separated list of keys and indexes into
// the JSON, the last one set to `value` (a JSON literal), or removed if value is "".
std::string edited(const std::string& path, const std::string& value) {
  Poco::JSON::Parser parser;
  Poco::Dynamic::Var root = parser.parse(test::readText(test::skopjePath()));
  Poco::Dynamic::Var node = root;
  std::vector<std::string> keys;
  for (std::size_t p = 0, q; p <= path.size(); p = q + 1) {
    q = path.find('/', p);
    if (q == std::string::npos) q = path.size();
    keys.push_back(path.substr(p, q - p));
  }
  for (std::size_t i = 0; i + 1 < keys.size(); ++i) {
    const std::string& k = keys[i];
    if (std::isdigit(static_cast<unsigned char>(k[0])))
      node = node.extract<Poco::JSON::Array::Ptr>()->get(static_cast<unsigned>(std::stoi(k)));
    else
      node = node.extract<Poco::JSON::Object::Ptr>()->get(k);
  }
  Poco::Dynamic::Var parsedValue;
  if (!value.empty()) parsedValue = Poco::JSON::Parser().parse("[" + value + "]").extract<Poco::JSON::Array::Ptr>()->get(0);
  const std::string& last = keys.back();
  if (std::isdigit(static_cast<unsigned char>(last[0]))) {
    Poco::JSON::Array::Ptr arr = node.extract<Poco::JSON::Array::Ptr>();
    arr->set(static_cast<unsigned>(std::stoi(last)), parsedValue);
  } else {
    auto obj = node.extract<Poco::JSON::Object::Ptr>();
    if (value.empty()) obj->remove(last);
    else obj->set(last, parsedValue);
  }
  std::ostringstream out;
  root.extract<Poco::JSON::Object::Ptr>()->stringify(out);
  return out.str();
}

struct BadBundle {
  const char* edit;      // path into the sample
  const char* value;     // JSON literal, or "" to delete
  const char* field;     // the JSON path the error must name
  const char* fragment;  // a part of the message
};
std::ostream& operator<<(std::ostream& os, const BadBundle& b) { return os << b.edit << "=" << b.value; }

const BadBundle kBad[] = {
    {"format", "\"something-else\"", "$.format", "accord-bundle"},
    {"formatVersion", "2", "$.formatVersion", "upgrade Accord"},
    {"formatVersion", "\"1\"", "$.formatVersion", "whole number"},
    {"conference", "", "$.conference", "required"},
    {"conference/startDate", "\"2016-02-30\"", "$.conference.startDate", "YYYY-MM-DD"},
    {"conference/endDate", "\"2016-10-01\"", "$.conference.endDate", "before the start"},
    {"conference/title", "42", "$.conference.title", "must be a string"},
    {"conference/title", "\"bell\\u0007\"", "$.conference.title", "U+0007"},
    {"conference/status", "\"finished\"", "$.conference.status", "planned|ongoing|concluded"},
    {"conference/colour", "\"blue\"", "$.conference.colour", "not a known field"},
    {"conference/delegations/0/country", "\"Albania\"", "$.conference.delegations[0].country", "two-letter"},
    {"conference/delegations/0/country", "\"QQ\"", "$.conference.delegations[0].country", "unknown country"},
    {"declarations/0/invitedCountries/0", "\"ZZ\"", "$.declarations[0].invitedCountries[0]", "unknown country"},
    {"declarations/0/revisions/0/operative/0/id", "\"bad id!\"", "$.declarations[0].revisions[0].operative[0].id",
     "letters, digits"},
    {"declarations/0/revisions/1/number", "7", "$.declarations[0].revisions[1].number", "numbered 1, 2"},
    {"declarations/0/endorsements/0/status", "\"signed\"", "$.declarations[0].endorsements[0].status", "endorsed|"},
    {"declarations/0/endorsements/0/revision", "1", "$.declarations[0].endorsements[0].revision", "final revision"},
    {"declarations/0/endorsements/0/history", "[]", "$.declarations[0].endorsements[0].history", "current status"},
    {"declarations/0/commitments/0/clause", "\"op-nowhere\"", "$.declarations[0].commitments[0].clause",
     "not in the declaration"},
    {"declarations/0/commitments/0/assignments/0/reports/0/percent", "140",
     "$.declarations[0].commitments[0].assignments[0].reports[0].percent", "between 0 and 100"},
    {"people/0/organization", "\"nobody\"", "$.people[0].organization", "unknown organization"},
};

BOOST_DATA_TEST_CASE(bad_input_names_the_json_path, bdata::make(kBad), bad) {
  auto r = bundle::readBundle(edited(bad.edit, bad.value), test::referenceCountries());
  BOOST_REQUIRE(!r.ok());
  bool found = false;
  for (const auto& e : r.errors)
    found = found || (e.field == bad.field && e.message.find(bad.fragment) != std::string::npos);
  if (!found)
    for (const auto& e : r.errors) BOOST_TEST_MESSAGE("got: " << e.field << " " << e.message);
  BOOST_TEST(found, "expected an error at " << bad.field << " mentioning '" << bad.fragment << "'");
}

BOOST_AUTO_TEST_CASE(every_problem_is_reported_not_just_the_first) {
  std::string json = edited("conference/city", "7");
  json = json.replace(json.find("\"formatVersion\":1"), 17, "\"formatVersion\":\"x\"");
  auto r = bundle::readBundle(json, test::referenceCountries());
  BOOST_TEST(r.errors.size() >= 2u);
}

const char* kMalformed[] = {"", "{", "[]", "null", "{\"format\":", "\x01\x02", "{\"a\":1}}"};
BOOST_DATA_TEST_CASE(malformed_json_is_an_error_not_a_crash, bdata::make(kMalformed), text) {
  auto r = bundle::readBundle(text, test::referenceCountries());
  BOOST_TEST(!r.ok());
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_named) {
  auto r = bundle::readBundleFile("/nonexistent/bundle.json", test::referenceCountries());
  BOOST_REQUIRE(!r.ok());
  BOOST_TEST(r.errors[0].message.find("/nonexistent/bundle.json") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
