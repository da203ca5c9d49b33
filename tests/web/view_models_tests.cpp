#include <boost/test/unit_test.hpp>

#include "labels.h"
#include "page.h"
#include "view_text.h"
#include "shipped_words.h"

using namespace accord::web;
using namespace accord::domain;

namespace {
const Wording en = shippedWords();
}  // namespace

BOOST_AUTO_TEST_SUITE(view_models_tests)

BOOST_AUTO_TEST_CASE(revision_text_numbers_clauses_as_printed) {
  Revision r;
  r.number = 3;
  r.preamble.push_back({ClauseId("p1"), "Recognizing", "the need,"});
  r.operative.push_back({ClauseId("c1"), "One", {{ClauseId("c1a"), "a", {{ClauseId("c1ai"), "i", {}}}},
                                                 {ClauseId("c1b"), "b", {}}}});
  r.operative.push_back({ClauseId("c2"), "Two", {}});
  Data d = revisionText(r);
  const auto& rows = d.get("clauses")->list_value();
  std::vector<std::string> labels;
  for (const Data& row : rows) labels.push_back(row.get("label")->string_value());
  BOOST_TEST(labels == (std::vector<std::string>{"1.", "(a)", "(i)", "(b)", "2."}), boost::test_tools::per_element());
  BOOST_TEST(rows[2].get("depth")->string_value() == "2");
  BOOST_TEST(d.get("closingFormula")->is_false());  // empty text is false for {{#sections}}
}

BOOST_AUTO_TEST_CASE(field_keys_name_the_form_inputs) {
  BOOST_TEST(fieldKey("signer.name") == "signer_name");
  BOOST_TEST(fieldKey("revision.operative[2].items[0].text") == "revision_operative_2_items_0_text");
  BOOST_TEST(fieldKey("date") == "date");
}

BOOST_AUTO_TEST_CASE(error_lands_next_to_its_field_and_in_the_summary) {
  Data view;
  putError(en, view, Error::invalid("signer.name", "must not be empty"));
  BOOST_TEST(view.get("error_signer_name")->string_value() == "must not be empty");
  BOOST_TEST(view.get("formError")->string_value() == "Signer's name must not be empty");
}

BOOST_AUTO_TEST_CASE(every_status_has_words_not_only_a_colour) {
  for (int s = 0; s < 6; ++s) BOOST_TEST(!badge(en, static_cast<EndorsementStatus>(s)).label.empty());
  for (int t = 0; t < 4; ++t) BOOST_TEST(!badge(en, static_cast<Timeliness>(t)).label.empty());
  BOOST_TEST(badge(en, Timeliness::kOverdue).label == "Overdue");
  Data d = badgeData(badge(en, EndorsementStatus::kDeclined));
  BOOST_TEST(d.get("tone")->string_value() == "bad");
  BOOST_TEST(!d.get("glyph")->string_value().empty());
}

BOOST_AUTO_TEST_CASE(every_value_of_every_labelled_enum_has_words_in_every_language) {
  // The labels are catalogue keys built from the enum's names: none may be missing.
  for (const std::string& lang : shippedCatalogue().languages()) {
    const Wording w = shippedWords(lang);
    BOOST_TEST_CONTEXT(lang) {
      for (const char* n : enumNames<DelegateRole>()) BOOST_TEST(!delegateRoleLabel(w, *parseDelegateRole("r", n)).empty());
      for (const char* n : enumNames<OrganizationKind>())
        BOOST_TEST(!organizationKindLabel(w, *parseOrganizationKind("k", n)).empty());
      for (const char* n : enumNames<Role>()) BOOST_TEST(!roleLabel(w, *parseRole("r", n)).empty());
      for (const char* n : enumNames<ConferenceStatus>()) BOOST_TEST(!badge(w, *parseConferenceStatus("s", n)).label.empty());
      for (const char* n : enumNames<DeclarationStatus>()) BOOST_TEST(!badge(w, *parseDeclarationStatus("s", n)).label.empty());
      for (int i = 0; i < 4; ++i) BOOST_TEST(!methodLabel(w, static_cast<EndorsementMethod>(i)).empty());
      for (int i = 0; i < 5; ++i) BOOST_TEST(!badge(w, static_cast<AmendmentState>(i)).label.empty());
      for (int i = 0; i < 4; ++i) BOOST_TEST(!badge(w, static_cast<MilestoneState>(i)).label.empty());
      for (int i = 0; i < 4; ++i) BOOST_TEST(!badge(w, static_cast<ReportState>(i)).label.empty());
    }
  }
}

BOOST_AUTO_TEST_CASE(state_words_follow_the_page_language) {
  // Each language says it its own way; none falls back to the English words.
  for (const char* lang : {"fr", "ru"}) {
    const Wording w = shippedWords(lang);
    BOOST_TEST(badge(w, DeclarationStatus::kOpenForEndorsement).label != badge(en, DeclarationStatus::kOpenForEndorsement).label, lang);
    BOOST_TEST(roleLabel(w, Role::kCoordinator) != roleLabel(en, Role::kCoordinator), lang);
    BOOST_TEST(methodLabel(w, EndorsementMethod::kInSession) != methodLabel(en, EndorsementMethod::kInSession), lang);
  }
}

BOOST_AUTO_TEST_CASE(roles_and_stored_states_are_shown_in_words_not_codes) {
  BOOST_TEST(roleLabel(en, Role::kSecretariat) == "Secretariat");
  BOOST_TEST(roleLabel(en, Role::kCoordinator, "North Macedonia") == "National coordinator \u2014 North Macedonia");
  BOOST_TEST(roleLabel(en, Role::kMonitor, "") == "Monitor");
  BOOST_TEST(roleLabel(en, Role::kAdmin) == "Administrator");
  for (const char* name : enumNames<Role>()) {
    std::string words = roleLabel(en, *parseRole("role", name));
    BOOST_TEST((words.find('_') == std::string::npos && words != "?" && words != name), name);
  }
  for (const char* name : enumNames<ConferenceStatus>())
    BOOST_TEST(badge(en, *parseConferenceStatus("status", name)).label != name, name);
  BOOST_TEST(badge(en, ConferenceStatus::kPlanned).label == "Planned");
  BOOST_TEST(stateLabel(en, "open_for_endorsement") == "Open for endorsement");
  BOOST_TEST(stateLabel(en, "consultation") == "In consultation");
  BOOST_TEST(stateLabel(en, "returned") == "Returned");
  BOOST_TEST(stateLabel(en, "in_progress") == "In progress");
  BOOST_TEST(stateLabel(en, "no report") == "No report");  // an assignment before its first report
  BOOST_TEST(stateLabel(en, "no_such_state") == "no_such_state", "a state no table knows is kept");
}

BOOST_AUTO_TEST_SUITE_END()
