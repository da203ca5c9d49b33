#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/language_version.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;
namespace bdata = boost::unit_test::data;
using U = UnitTranslationStatus;

BOOST_AUTO_TEST_SUITE(language_version_tests)

namespace {
LanguageVersion french(int revision) {
  LanguageVersion v;
  v.declaration = DeclarationId("decl");
  v.revision = revision;
  v.language = "fr";
  v.translator = "traducteur";
  v.authentic = true;
  return v;
}

// Every unit of revision `n` of `d` translated from it.
LanguageVersion complete(const Declaration& d, int n) {
  LanguageVersion v = french(n);
  const Revision& r = *d.revision(n);
  BOOST_REQUIRE(v.setUnit(r, {ClauseId("rec-1"), "Reconnaissant", "que la traite suit les routes,", 0}).ok());
  BOOST_REQUIRE(v.setUnit(r, {ClauseId("op-1"), "", "S'engagent à des indicateurs communs :", 0}).ok());
  BOOST_REQUIRE(v.setUnit(r, {ClauseId("op-1-a"), "", "pour les agents de première ligne ;", 0}).ok());
  BOOST_REQUIRE(v.setUnit(r, {ClauseId("op-1-b"), "", "pour les ONG.", 0}).ok());
  if (n > 1) BOOST_REQUIRE(v.setUnit(r, {ClauseId("op-2"), "", "Conviennent de se revoir.", 0}).ok());
  BOOST_REQUIRE(v.setClosingFormula(r, "Adopté à Skopje.").ok());
  return v;
}

U statusOf(const Coverage& c, const char* unit) {
  for (const auto& u : c.units)
    if (u.unit.str() == unit) return u.status;
  BOOST_FAIL("no unit " << unit);
  return U::kMissing;
}
}  // namespace

BOOST_AUTO_TEST_CASE(an_empty_version_misses_every_unit_in_reading_order) {
  Declaration d = draftDeclaration();
  auto c = coverage(french(1), d);
  BOOST_REQUIRE(c.ok());
  BOOST_TEST(c->missing == 5u);  // a recital, a clause, two sub-items, the closing formula
  BOOST_TEST(c->current == 0u);
  BOOST_TEST(!c->complete());
  BOOST_TEST(c->units[0].unit.str() == "rec-1");
  BOOST_TEST(c->units[2].unit.str() == "op-1-a");
  BOOST_TEST(c->units[2].number == "1 (a)");
  BOOST_TEST(c->units.back().unit.empty());
}

BOOST_AUTO_TEST_CASE(a_complete_version_is_verified_and_an_edit_makes_it_a_draft_again) {
  Declaration d = draftDeclaration();
  LanguageVersion v = complete(d, 1);
  BOOST_TEST(coverage(v, d)->complete());
  BOOST_REQUIRE(verify(v, d, "secretariat", at("2016-10-27T10:00:00Z")).ok());
  BOOST_TEST((v.state == TranslationState::kVerified));
  BOOST_TEST(v.verifiedBy == "secretariat");
  BOOST_TEST(!verify(v, d, "secretariat", at("2016-10-27T10:00:00Z")).ok());
  BOOST_REQUIRE(v.setUnit(*d.revision(1), {ClauseId("op-1-b"), "", "pour les organisations.", 0}).ok());
  BOOST_TEST((v.state == TranslationState::kDraft));
}

BOOST_AUTO_TEST_CASE(an_incomplete_version_cannot_be_verified_and_the_error_names_the_unit) {
  Declaration d = draftDeclaration();
  LanguageVersion v = complete(d, 1);
  v.units.pop_back();  // op-1-b
  Status s = verify(v, d, "secretariat", at("2016-10-27T10:00:00Z"));
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST((s.error().code == ErrorCode::kInvalidState));
  BOOST_TEST(s.error().field == "units");
  BOOST_TEST(s.error().message.find("op-1-b") != std::string::npos);
  BOOST_TEST((v.state == TranslationState::kDraft));
}

BOOST_AUTO_TEST_CASE(carried_over_units_are_outdated_where_the_original_changed_and_missing_where_added) {
  Declaration d = draftDeclaration();
  Revision next = *d.latest();
  next.operative[0].items[1].text = "for NGOs and international organisations.";  // op-1-b changed
  next.operative.push_back({ClauseId("op-2"), "Agree to meet again.", {}});       // op-2 added
  BOOST_REQUIRE(d.cutRevision(next).ok());
  LanguageVersion v = carryOver(complete(d, 1), 2);
  BOOST_TEST(v.revision == 2);
  auto c = coverage(v, d);
  BOOST_REQUIRE(c.ok());
  BOOST_TEST((statusOf(*c, "rec-1") == U::kCurrent));
  BOOST_TEST((statusOf(*c, "op-1-a") == U::kCurrent));
  BOOST_TEST((statusOf(*c, "op-1-b") == U::kOutdated));
  BOOST_TEST((statusOf(*c, "op-2") == U::kMissing));
  BOOST_TEST(c->outdated == 1u);
  BOOST_TEST(c->missing == 1u);
  // Translating the changed unit anew makes it current: it now translates revision 2.
  BOOST_REQUIRE(v.setUnit(*d.revision(2), {ClauseId("op-1-b"), "", "pour les ONG et les organisations.", 0}).ok());
  BOOST_TEST((statusOf(*coverage(v, d), "op-1-b") == U::kCurrent));
}

BOOST_AUTO_TEST_CASE(a_changed_closing_formula_is_outdated) {
  Declaration d = draftDeclaration();
  Revision next = *d.latest();
  next.closingFormula = "Adopted in Skopje on 28 October 2016.";
  BOOST_REQUIRE(d.cutRevision(next).ok());
  auto c = coverage(carryOver(complete(d, 1), 2), d);
  BOOST_TEST((c->units.back().status == U::kOutdated));
}

BOOST_AUTO_TEST_CASE(a_unit_the_revision_lacks_or_a_lead_phrase_on_a_clause_is_refused) {
  Declaration d = draftDeclaration();
  LanguageVersion v = french(1);
  Status s = v.setUnit(*d.revision(1), {ClauseId("op-9"), "", "Texte.", 0});
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "unit");
  s = v.setUnit(*d.revision(1), {ClauseId("op-1"), "Reconnaissant", "Texte.", 0});
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "leadPhrase");
  s = v.setUnit(*d.revision(1), {ClauseId("op-1"), "", std::string("a\x01z"), 0});
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "text");
  BOOST_TEST(v.units.empty());
}

BOOST_AUTO_TEST_CASE(final_needs_every_authentic_language_verified_and_complete) {
  Declaration d = draftDeclaration();
  std::vector<LanguageVersion> versions{complete(d, 1)};
  Status s = checkAuthenticVersions(d, 1, versions);
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "languages");
  BOOST_TEST(s.error().message.find("'fr'") != std::string::npos);
  BOOST_REQUIRE(verify(versions[0], d, "secretariat", at("2016-10-27T10:00:00Z")).ok());
  BOOST_TEST(checkAuthenticVersions(d, 1, versions).ok());
  // A newer revision needs its own verified version: the older one is not reused.
  Revision next = *d.latest();
  next.closingFormula = "Adopted in Skopje, 28 October 2016.";
  BOOST_REQUIRE(d.cutRevision(next).ok());
  BOOST_TEST(!checkAuthenticVersions(d, 2, versions).ok());
  versions.push_back(carryOver(versions[0], 2));
  BOOST_TEST(!checkAuthenticVersions(d, 2, versions).ok());  // the closing formula is outdated
  BOOST_REQUIRE(versions[1].setClosingFormula(*d.revision(2), "Adopté à Skopje, le 28 octobre 2016.").ok());
  BOOST_REQUIRE(verify(versions[1], d, "secretariat", at("2016-10-28T10:00:00Z")).ok());
  BOOST_TEST(checkAuthenticVersions(d, 2, versions).ok());
}

BOOST_AUTO_TEST_CASE(a_non_authentic_version_or_the_rule_turned_off_does_not_hold_up_final) {
  Declaration d = draftDeclaration();
  LanguageVersion v = french(1);
  v.authentic = false;
  BOOST_TEST(checkAuthenticVersions(d, 1, {v}).ok());
  v.authentic = true;
  BOOST_TEST(!checkAuthenticVersions(d, 1, {v}).ok());
  d.finalNeedsAuthenticVersions = false;
  BOOST_TEST(checkAuthenticVersions(d, 1, {v}).ok());
}

const char* kGoodTags[] = {"fr", "cnr", "sr-Latn", "zh-Hant-TW"};
BOOST_DATA_TEST_CASE(good_language_tags_pass, bdata::make(kGoodTags), tag) {
  BOOST_TEST(validateLanguage("language", tag).ok());
}

const char* kBadTags[] = {"", "f", "FR", "fren", "fr-", "-fr", "fr_FR", "fr-x", "fr-<b>", "{{x}}",
                          "fr-abcdefghi", "fr-Latn-Latn-Latn-Latn-Latn-Latn-Latn"};
BOOST_DATA_TEST_CASE(bad_language_tags_are_refused_naming_the_field, bdata::make(kBadTags), tag) {
  Status s = validateLanguage("language", tag);
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "language");
}

BOOST_AUTO_TEST_CASE(normalize_refuses_a_unit_twice_or_from_a_later_revision) {
  Declaration d = draftDeclaration();
  LanguageVersion v = complete(d, 1);
  BOOST_TEST(normalize(v).ok());
  v.units.push_back(v.units[0]);
  Status s = normalize(v);
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "languageVersion.units[4].unit");
  v.units.pop_back();
  v.units[1].sourceRevision = 2;
  s = normalize(v);
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "languageVersion.units[1].sourceRevision");
  v.units[1].sourceRevision = 1;
  v.state = TranslationState::kVerified;
  BOOST_TEST(normalize(v).error().field == "languageVersion.verifiedBy");
}

BOOST_AUTO_TEST_SUITE_END()
