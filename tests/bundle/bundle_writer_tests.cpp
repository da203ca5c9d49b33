#include <boost/test/unit_test.hpp>

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

BOOST_AUTO_TEST_SUITE_END()
