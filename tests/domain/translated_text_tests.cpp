#include <boost/test/unit_test.hpp>

#include "accord/domain/translated_text.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(translated_text_tests)

namespace {
LanguageVersion russian(const Declaration& d) {
  LanguageVersion v;
  v.declaration = d.id;
  v.revision = 2;
  v.language = "ru";
  v.title = "Совместная декларация";
  const Revision& r = *d.revision(2);
  for (const char* unit : {"op-1", "op-1-a", "op-1-b", "op-2"})
    BOOST_REQUIRE(v.setUnit(r, {ClauseId(unit), "", std::string("Текст ") + unit, 0}).ok());
  BOOST_REQUIRE(v.setUnit(r, {ClauseId("rec-1"), "Признавая", "что торговля людьми", 0}).ok());
  BOOST_REQUIRE(v.setClosingFormula(r, "Принято в Скопье.").ok());
  return v;
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_complete_version_replaces_every_text_and_the_language) {
  Declaration d = openDeclaration();
  auto ru = inLanguage(d, 2, "ru", {russian(d)});
  BOOST_REQUIRE(ru.ok());
  BOOST_TEST(ru->baseLanguage == "ru");
  BOOST_TEST(ru->title == "Совместная декларация");
  const Revision& r = *ru->revision(2);
  BOOST_TEST(r.preamble[0].leadPhrase == "Признавая");
  BOOST_TEST(r.operative[0].items[1].text == "Текст op-1-b");
  BOOST_TEST(r.closingFormula == "Принято в Скопье.");
  // Revision 1 is not the one asked for: it keeps its own text.
  BOOST_TEST(ru->revision(1)->operative[0].text == "Commit to common indicators:");
}

BOOST_AUTO_TEST_CASE(an_incomplete_or_missing_version_is_refused_naming_the_language) {
  Declaration d = openDeclaration();
  LanguageVersion partial = russian(d);
  partial.units.pop_back();
  auto refused = inLanguage(d, 2, "ru", {partial});
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST((refused.error().code == ErrorCode::kInvalidState));
  BOOST_TEST(refused.error().field == "language");
  auto missing = inLanguage(d, 2, "de", {russian(d)});
  BOOST_REQUIRE(!missing.ok());
  BOOST_TEST((missing.error().code == ErrorCode::kNotFound));
  BOOST_TEST(inLanguage(d, 2, "en", {}).ok());  // the base language needs no version
  BOOST_TEST(inLanguage(d, 9, "en", {}).error().field == "revision");
}

BOOST_AUTO_TEST_CASE(a_report_prints_only_in_a_language_with_labels) {
  Declaration d = openDeclaration();
  auto french = printedIn(d, DocumentKind::kEndorsementStatus, std::nullopt, "fr-CA", {});
  BOOST_REQUIRE(french.ok());
  BOOST_TEST(french->baseLanguage == "fr-CA");
  BOOST_TEST(printedIn(d, DocumentKind::kImplementation, std::nullopt, "sr-Latn", {}).ok());
  for (const char* language : {"xx", "ar", "zz-Latn"}) {
    auto refused = printedIn(d, DocumentKind::kImplementation, std::nullopt, language, {});
    BOOST_REQUIRE(!refused.ok());
    BOOST_TEST((refused.error().code == ErrorCode::kInvalidArgument), language);
    BOOST_TEST(refused.error().field == "language", language);
  }
  BOOST_TEST(printedIn(d, DocumentKind::kEndorsementStatus, std::nullopt, "", {})->baseLanguage == d.baseLanguage);
}

BOOST_AUTO_TEST_CASE(languages_are_parsed_from_language_or_parallel) {
  BOOST_TEST(parseLanguages("", "")->empty());
  BOOST_TEST(parseLanguages("fr", "")->size() == 1u);
  BOOST_TEST((*parseLanguages("", "en,ru") == std::vector<std::string>{"en", "ru"}));
  BOOST_TEST(parseLanguages("fr", "en,ru").error().field == "parallel");
  BOOST_TEST(parseLanguages("", "en").error().field == "parallel");
  BOOST_TEST(parseLanguages("", "en,en").error().field == "parallel");
  BOOST_TEST(parseLanguages("", "en,<b>").error().field == "parallel");
  BOOST_TEST(parseLanguages("FR", "").error().field == "language");
}

BOOST_AUTO_TEST_CASE(a_former_name_holds_from_its_first_day_until_the_next_name) {
  Country mk;
  mk.name = "North Macedonia";
  mk.formerNames = {{"the former Yugoslav Republic of Macedonia", {}, day("1993-04-08"), day("2019-02-12")}};
  BOOST_TEST(mk.formerNameOn(day("2016-10-28")) != nullptr);
  BOOST_TEST(mk.formerNameOn(day("2019-02-11")) != nullptr);
  BOOST_TEST(mk.formerNameOn(day("2019-02-12")) == nullptr);
  BOOST_TEST(mk.formerNameOn(day("1993-04-07")) == nullptr);
  BOOST_TEST(mk.formerNameOn(day("2026-01-15")) == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
