#include "error_words.h"
#include "shipped_words.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "page.h"

using namespace accord::web;
using accord::domain::Error;
namespace bdata = boost::unit_test::data;

namespace {
const Wording en = shippedWords();
}  // namespace

BOOST_AUTO_TEST_SUITE(error_words_tests)

static const char* const kPaths[] = {"revision.operative[0].text",     "revision.operative[1].items[0].text",
                                     "revision.preamble[2].leadPhrase", "revision.closingFormula",
                                     "signer.name",                     "periodStart",
                                     "report.narrative",                "password",
                                     "somethingNew"};
static const char* const kLabels[] = {"Clause 1",         "Clause 2 (a)", "Recital 3, lead phrase",
                                      "Closing formula",  "Signer's name", "Period from",
                                      "What was done",        "Password",      "Something new"};

BOOST_DATA_TEST_CASE(field_paths_read_as_the_forms_labels, bdata::make(kPaths) ^ bdata::make(kLabels), path, label) {
  BOOST_TEST(fieldLabel(en, path) == label);
}

BOOST_AUTO_TEST_CASE(sentences_name_the_label_not_the_path) {
  BOOST_TEST(errorInWords(en, Error::invalid("revision.operative[0].text", "must not be empty")) ==
             "Clause 1 must not be empty");
  BOOST_TEST(errorInWords(en, Error::invalid("periodStart", "must be a date written YYYY-MM-DD, got ''")) ==
             "Period from must not be empty");
  BOOST_TEST(errorInWords(en, Error::invalid("periodStart", "must be a date written YYYY-MM-DD, got '2024-13-01'")) ==
             "Period from must be a date such as 2016-10-28, got '2024-13-01'");
  BOOST_TEST(errorInWords(en, Error::invalid("status", "choose the new status")) == "Status: choose the new status");
  // A message that is a sentence already stays as it is.
  BOOST_TEST(errorInWords(en, Error::invalid("password", "The user name or password is not right.")) ==
             "The user name or password is not right.");
}

BOOST_AUTO_TEST_CASE(codes_in_messages_become_words_but_quoted_user_text_is_kept) {
  BOOST_TEST(messageInWords(en, "a declaration cannot go from drafting to open_for_endorsement") ==
             "a declaration cannot go from drafting to open for endorsement");
  BOOST_TEST(messageInWords(en, "unknown country code 'x_y' for endorsed_ad_referendum") ==
             "unknown country code 'x_y' for endorsed ad referendum");
}

BOOST_AUTO_TEST_CASE(every_invalid_field_is_described_and_summarised) {
  Data view;
  putErrors(en, view, {Error::invalid("periodStart", "must be a date written YYYY-MM-DD, got ''"),
                   Error::invalid("narrative", "must not be empty"),
                   Error::invalid("narrative", "is too long")});  // the first per field counts
  BOOST_TEST(view.get("error_periodStart")->string_value() == "must not be empty");
  BOOST_TEST(view.get("error_narrative")->string_value() == "must not be empty");
  BOOST_TEST(view.get("formError")->string_value() == "2 fields need correcting:");
  const auto& list = view.get("errorList")->list_value();
  BOOST_REQUIRE(list.size() == 2u);
  BOOST_TEST(list[0].get("key")->string_value() == "periodStart");
  BOOST_TEST(list[1].get("sentence")->string_value() == "What was done must not be empty");
}

BOOST_AUTO_TEST_CASE(a_russian_sentence_is_not_given_a_field_label) {
  const Wording ru = shippedWords("ru");
  const std::string sentence = ru("signin.wrong");
  BOOST_TEST(errorInWords(ru, Error::invalid("password", sentence)) == sentence);
}

BOOST_AUTO_TEST_CASE(a_french_page_says_the_field_and_the_rule_in_french) {
  const Wording fr = shippedWords("fr");
  std::string said = errorInWords(fr, Error::invalid("revision.operative[0].text", "must not be empty"));
  BOOST_TEST(said != errorInWords(en, Error::invalid("revision.operative[0].text", "must not be empty")));
  BOOST_TEST(said.find("must") == std::string::npos, said);
  BOOST_TEST(said.find(fr("field.clause_n", {{"n", "1"}})) == 0, said);
}

BOOST_AUTO_TEST_SUITE_END()
