#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>

#include "bundle_fixtures.h"

using namespace accord;
using namespace accord::domain;

BOOST_AUTO_TEST_SUITE(bundle_writer_tests)

BOOST_AUTO_TEST_CASE(read_write_read_is_lossless) {
  auto first = bundle::readBundleFile(test::skopjePath(), test::referenceCountries());
  BOOST_REQUIRE(first.ok());
  std::string written = bundle::writeBundle(first.dossier);
  auto second = bundle::readBundle(written, test::referenceCountries());
  for (const auto& e : second.errors) BOOST_ERROR(e.field << " " << e.message);
  BOOST_REQUIRE(second.ok());
  // The writer is canonical, so equal output means equal dossiers.
  BOOST_TEST(bundle::writeBundle(second.dossier) == written);

  const Dossier& a = first.dossier;
  const Dossier& b = second.dossier;
  BOOST_TEST(a.endorsements.size() == b.endorsements.size());
  BOOST_TEST(a.assignments.size() == b.assignments.size());
  BOOST_TEST(a.reports.size() == b.reports.size());
  BOOST_TEST(a.declarations[0].revisions.back().operative.size() == b.declarations[0].revisions.back().operative.size());
  for (std::size_t i = 0; i < a.endorsements.size(); ++i) {
    BOOST_TEST(a.endorsements[i].history.size() == b.endorsements[i].history.size());
    BOOST_TEST(a.endorsements[i].statement == b.endorsements[i].statement);
  }
}

BOOST_AUTO_TEST_CASE(hostile_text_survives_the_round_trip) {
  auto r = bundle::readBundleFile(test::skopjePath(), test::referenceCountries());
  BOOST_REQUIRE(r.ok());
  const std::string hostile = "\"quoted\" <b>&amp;</b> {{title}} {{#x}} \\ / Đorđević Скопје עברית e\xCC\x81 🇲🇰\n\tnext";
  r.dossier.declarations[0].revisions[0].operative[0].text = hostile;
  auto back = bundle::readBundle(bundle::writeBundle(r.dossier), test::referenceCountries());
  BOOST_REQUIRE(back.ok());
  BOOST_TEST(back.dossier.declarations[0].revisions[0].operative[0].text == hostile);
}

BOOST_AUTO_TEST_CASE(comments_and_amendments_survive_the_round_trip) {
  auto r = bundle::readBundleFile(test::skopjePath(), test::referenceCountries());
  BOOST_REQUIRE(r.ok());
  const DeclarationId decl = r.dossier.declarations[0].id;
  Amendment a;
  a.declaration = decl;
  a.number = 1;
  a.anchor = {1, ClauseId("op-risk-assessment"), "assess"};
  a.text = "Commit to assess <every year> the risks {{title}}.";
  a.justification = "Say how often.";
  a.author = "coordinator.mk";
  a.country = CountryCode::parse("c", "MK").value();
  a.createdAt = Timestamp::parse("t", "2016-10-21T10:00:00Z").value();
  a.state = AmendmentState::kIncorporated;
  a.decidedBy = "secretariat";
  a.decidedAt = Timestamp::parse("t", "2016-10-22T10:00:00Z").value();
  a.incorporatedIn = 2;
  Comment c;
  c.declaration = decl;
  c.number = 1;
  c.anchor = a.anchor;
  c.replyToAmendment = 1;
  c.supports = true;
  c.text = "Supported by Albania.\nКирилица";
  c.author = "coordinator.al";
  c.country = CountryCode::parse("c", "AL").value();
  c.createdAt = a.createdAt;
  r.dossier.amendments.push_back(a);
  r.dossier.comments.push_back(c);
  std::string written = bundle::writeBundle(r.dossier);
  auto back = bundle::readBundle(written, test::referenceCountries());
  for (const auto& e : back.errors) BOOST_ERROR(e.field << " " << e.message);
  BOOST_REQUIRE(back.ok());
  BOOST_TEST(bundle::writeBundle(back.dossier) == written);
  BOOST_REQUIRE(back.dossier.amendments.size() == 1u);
  BOOST_TEST(back.dossier.amendments[0].text == a.text);
  BOOST_TEST((back.dossier.amendments[0].state == AmendmentState::kIncorporated));
  BOOST_TEST(*back.dossier.comments[0].replyToAmendment == 1);
  BOOST_TEST(back.dossier.comments[0].supports);
  BOOST_TEST(back.dossier.comments[0].text == c.text);
  // Left for the schema check (bundle_consultation_schema), when asked for.
  if (const char* out = std::getenv("ACCORD_BUNDLE_OUT")) std::ofstream(std::string(out)) << written;

  // A remark on a unit the revision lacks is refused, naming it in the bundle.
  r.dossier.comments[0].anchor.unit = ClauseId("op-none");
  r.dossier.comments[0].replyToAmendment.reset();
  r.dossier.comments[0].supports = false;
  auto refused = bundle::readBundle(bundle::writeBundle(r.dossier), test::referenceCountries());
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.errors[0].field == "$.declarations[0].comments[0].unit");
}

BOOST_AUTO_TEST_SUITE_END()
