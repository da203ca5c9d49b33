// The shared record writers and readers speak one shape: what a writer writes, the
// reader of the same record reads back unchanged; and a standalone record (API,
// audit trail) is the nested one (bundle) plus its parent and version, nothing else.
#include <set>
#include <string>

#include <boost/test/unit_test.hpp>

#include "accord/json/json_snapshots.h"
#include "accord/json/records.h"
#include "accord/json/writers.h"
#include "bundle_fixtures.h"

using namespace accord;
using namespace accord::domain;
using namespace accord::json;

namespace {

const Dossier& skopje() {
  static const Dossier d = [] {
    auto r = bundle::readBundleFile(test::skopjePath(), test::referenceCountries());
    BOOST_TEST_REQUIRE(r.ok());
    return r.dossier;
  }();
  return d;
}

// Reads `text` with `read` (given the root Node) and fails on any problem.
template <class F>
void readBack(const std::string& text, F read) {
  auto parsed = parseObject(text);
  BOOST_TEST_REQUIRE(parsed.ok());
  Errors errors;
  Node root(parsed.value(), "$", errors);
  read(root);
  root.finish();
  for (const auto& e : errors) BOOST_ERROR(e.field << ": " << e.message);
}

std::set<std::string> keysOf(const std::string& text) {
  std::set<std::string> keys;
  Poco::JSON::Object::Ptr object = parseObject(text).value();
  for (const auto& [k, v] : *object) keys.insert(k);
  return keys;
}

// The keys `standalone` has beyond those of `nested`, which it must all have.
std::set<std::string> added(const std::string& nested, const std::string& standalone) {
  auto small = keysOf(nested);
  auto big = keysOf(standalone);
  std::set<std::string> extra;
  for (const auto& k : big)
    if (!small.count(k)) extra.insert(k);
  for (const auto& k : small) BOOST_TEST(big.count(k) == 1u, "standalone lacks " << k);
  return extra;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(writers_tests)

BOOST_AUTO_TEST_CASE(a_conference_reads_back_as_written) {
  std::string text = toText([](JsonWriter& w) { writeConference(w, skopje().conference, kNested); });
  readBack(text, [&](Node& n) {
    Conference c = readConferenceFields(n, std::nullopt, false);
    BOOST_TEST(toText([&](JsonWriter& w) { writeConference(w, c, kNested); }) == text);
  });
}

BOOST_AUTO_TEST_CASE(a_declaration_header_reads_back_as_written) {
  const Declaration& d = skopje().declarations.at(0);
  std::string text = toText([&](JsonWriter& w) { writeDeclaration(w, d, kNested); });
  readBack(text, [&](Node& n) {
    Declaration back = readDeclarationFields(n, d.conference, true);
    BOOST_TEST(toText([&](JsonWriter& w) { writeDeclaration(w, back, kNested); }) == text);
  });
}

BOOST_AUTO_TEST_CASE(every_revision_reads_back_as_written) {
  for (const auto& r : skopje().declarations.at(0).revisions) {
    std::string text = toText([&](JsonWriter& w) { writeRevision(w, r); });
    readBack(text, [&](Node& n) {
      Revision back = readRevisionFields(n, true);
      BOOST_TEST(toText([&](JsonWriter& w) { writeRevision(w, back); }) == text);
    });
  }
}

BOOST_AUTO_TEST_CASE(every_endorsement_reads_back_as_written) {
  BOOST_TEST_REQUIRE(!skopje().endorsements.empty());
  for (const auto& e : skopje().endorsements) {
    std::string text = toText([&](JsonWriter& w) { writeEndorsement(w, e, kNested); });
    readBack(text, [&](Node& n) {
      CountryCode country = n.country("country");
      Endorsement back = readEndorsementFields(n, true);
      back.country = country;
      BOOST_TEST(toText([&](JsonWriter& w) { writeEndorsement(w, back, kNested); }) == text);
    });
  }
}

BOOST_AUTO_TEST_CASE(commitments_assignments_and_reports_read_back_as_written) {
  const Dossier& d = skopje();
  for (const auto& c : d.commitments) {
    std::string text = toText([&](JsonWriter& w) { writeCommitment(w, c, kNested); });
    readBack(text, [&](Node& n) {
      Commitment back = readCommitmentFields(n, c.declaration, std::nullopt);
      BOOST_TEST(toText([&](JsonWriter& w) { writeCommitment(w, back, kNested); }) == text);
    });
  }
  for (const auto& a : d.assignments) {
    std::string text = toText([&](JsonWriter& w) { writeAssignment(w, a, kNested); });
    readBack(text, [&](Node& n) {
      Assignment back = readAssignmentFields(n, a.commitment);
      BOOST_TEST(toText([&](JsonWriter& w) { writeAssignment(w, back, kNested); }) == text);
    });
  }
  BOOST_TEST_REQUIRE(!d.reports.empty());
  for (const auto& r : d.reports) {
    std::string text = toText([&](JsonWriter& w) { writeReport(w, r, kNested); });
    readBack(text, [&](Node& n) {
      ProgressReport back = readReportFields(n, r.commitment, r.country, true);
      BOOST_TEST(toText([&](JsonWriter& w) { writeReport(w, back, kNested); }) == text);
    });
  }
}

BOOST_AUTO_TEST_CASE(a_standalone_record_adds_only_its_parent_and_version) {
  const Dossier& d = skopje();
  auto both = [](auto write) {
    return added(toText([&](JsonWriter& w) { write(w, kNested); }),
                 toText([&](JsonWriter& w) { write(w, kStandalone); }));
  };
  using Keys = std::set<std::string>;
  BOOST_TEST((both([&](JsonWriter& w, Include i) { writeConference(w, d.conference, i); }) == Keys{"version"}));
  BOOST_TEST((both([&](JsonWriter& w, Include i) { writeDeclaration(w, d.declarations[0], i); }) ==
              Keys{"conference", "version"}));
  BOOST_TEST((both([&](JsonWriter& w, Include i) { writeEndorsement(w, d.endorsements[0], i); }) ==
              Keys{"declaration", "version"}));
  BOOST_TEST((both([&](JsonWriter& w, Include i) { writeCommitment(w, d.commitments[0], i); }) ==
              Keys{"declaration", "version"}));
  BOOST_TEST((both([&](JsonWriter& w, Include i) { writeAssignment(w, d.assignments[0], i); }) ==
              Keys{"commitment", "version"}));
  BOOST_TEST((both([&](JsonWriter& w, Include i) { writeReport(w, d.reports[0], i); }) ==
              Keys{"commitment", "country", "version"}));
}

BOOST_AUTO_TEST_CASE(an_audit_snapshot_is_the_compact_standalone_record) {
  const Endorsement& e = skopje().endorsements.at(0);
  std::string snapshot = JsonSnapshots().of(e);
  BOOST_TEST(snapshot == toText([&](JsonWriter& w) { writeEndorsement(w, e, kStandalone); }));
  BOOST_TEST(snapshot.find('\n') == std::string::npos);
  BOOST_TEST(JsonSnapshots().of(e) == snapshot);  // deterministic: it is hashed
}

BOOST_AUTO_TEST_SUITE_END()
