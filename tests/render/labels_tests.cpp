#include "labels.h"

#include <string>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

using namespace accord::render;

BOOST_AUTO_TEST_SUITE(labels_tests)

const char* const kLanguages[] = {"en", "fr", "de", "it", "ru", "es", "sq", "bs", "hr", "mk", "sr", "sr-Latn"};
BOOST_DATA_TEST_CASE(every_label_is_set_in_every_language, boost::unit_test::data::make(kLanguages), language) {
  const Labels& l = labelsFor(language);
  BOOST_TEST(std::string(l.language) == language);
  std::size_t count = 0;
  const auto* keys = labelKeys(count);
  BOOST_TEST(count > 30u);
  for (std::size_t i = 0; i < count; ++i) {
    BOOST_TEST_CONTEXT("label " << keys[i].first) {
      const char* value = l.*(keys[i].second);
      BOOST_REQUIRE(value != nullptr);
      BOOST_TEST(std::string(value).size() > 0u);
    }
  }
  for (const char* s : l.endorsementStatus) BOOST_TEST(std::string(s).size() > 0u);
  for (const char* s : l.timelinessName) BOOST_TEST(std::string(s).size() > 0u);
}

BOOST_AUTO_TEST_CASE(unknown_languages_get_english) {
  BOOST_TEST(std::string(labelsFor("tr").language) == "en");
  BOOST_TEST(std::string(labelsFor("{{x}}").language) == "en");
  BOOST_TEST(std::string(labelsFor("").draft) == "DRAFT");
  BOOST_TEST(std::string(labelsFor("fr").draft) == "PROJET");
}

BOOST_AUTO_TEST_CASE(endorsed_sentence_counts_in_english) {
  const Labels& en = labelsFor("en");
  BOOST_TEST(endorsedSentence(en, 6, 8) == "6 of 8 invited countries have endorsed");
  BOOST_TEST(endorsedSentence(en, 1, 8) == "1 of 8 invited countries has endorsed");
  BOOST_TEST(endorsedSentence(en, 0, 1) == "0 of 1 invited country has endorsed");
}

BOOST_AUTO_TEST_CASE(endorsed_sentence_counts_in_french) {
  const Labels& fr = labelsFor("fr");
  BOOST_TEST(endorsedSentence(fr, 6, 8) == "6 des 8 pays invit\u00e9s ont approuv\u00e9");
  BOOST_TEST(endorsedSentence(fr, 1, 8) == "1 des 8 pays invit\u00e9s a approuv\u00e9");
  BOOST_TEST(endorsedSentence(fr, 0, 8) == "0 des 8 pays invit\u00e9s a approuv\u00e9");
}

BOOST_AUTO_TEST_CASE(overdue_sentence_counts) {
  BOOST_TEST(overdueSentence(labelsFor("en"), 3, 28) == "3 of 28 assignments are overdue");
  BOOST_TEST(overdueSentence(labelsFor("en"), 1, 1) == "1 of 1 assignment is overdue");
}

BOOST_AUTO_TEST_CASE(enum_labels_follow_the_enum_order) {
  const Labels& en = labelsFor("en");
  BOOST_TEST(std::string(labelOf(en.endorsementStatus, accord::domain::EndorsementStatus::kEndorsedAdReferendum)) ==
             "Endorsed ad referendum");
  BOOST_TEST(std::string(labelOf(en.timelinessName, accord::domain::Timeliness::kCompletedLate)) == "Completed late");
  BOOST_TEST(std::string(labelOf(en.endorsementMethod, accord::domain::EndorsementMethod::kNoteVerbale)) ==
             "Note verbale");
}

BOOST_AUTO_TEST_CASE(the_osce_and_regional_languages_have_their_own_labels) {
  const std::pair<const char*, const char*> kDrafts[] = {
      {"de", "ENTWURF"}, {"it", "BOZZA"}, {"ru", "ПРОЕКТ"}, {"es", "BORRADOR"},
      {"sq", "PROJEKT"}, {"bs", "NACRT"}, {"hr", "NACRT"}, {"mk", "НАЦРТ"},
      {"sr", "НАЦРТ"}, {"sr-Latn", "NACRT"}, {"cnr", "NACRT"}};
  for (auto [language, draft] : kDrafts) BOOST_TEST(std::string(labelsFor(language).draft) == draft, language);
  // A region subtag falls back to its language; cnr takes the ijekavian Latin table.
  BOOST_TEST(std::string(labelsFor("de-AT").language) == "de");
  BOOST_TEST(std::string(labelsFor("cnr").language) == "bs");
  BOOST_TEST(std::string(labelsFor("sr-Latn").language) == "sr-Latn");
}

BOOST_AUTO_TEST_CASE(count_sentences_need_no_plural_agreement_in_the_other_languages) {
  BOOST_TEST(endorsedSentence(labelsFor("ru"), 5, 8) ==
             "Одобрили: 5 из 8 "
             "приглашенных стран");
  BOOST_TEST(overdueSentence(labelsFor("de"), 3, 28) == "Überfällig: 3 von 28 Länderverpflichtungen");
}

BOOST_AUTO_TEST_CASE(a_regional_tag_keeps_its_script) {
  BOOST_TEST(std::string(labelsFor("sr-Latn-RS").language) == "sr-Latn");
  BOOST_TEST(std::string(labelsFor("sr-Latn-ME").language) == "sr-Latn");
  BOOST_TEST(std::string(labelsFor("sr-RS").language) == "sr");
  BOOST_TEST(std::string(labelsFor("fr-CA").language) == "fr");
}

BOOST_AUTO_TEST_SUITE_END()
