#include "view_model.h"

#include <boost/test/unit_test.hpp>
#include <kainjow/mustache.hpp>

#include "render_fixtures.h"

using namespace accord;
using namespace accord::render;
using test::day;

namespace {

struct Views {
  domain::Dossier dossier = test::renderDossier();
  domain::CountryCatalog catalog = test::renderCatalog();

  const domain::Declaration& declaration() const { return dossier.declarations.front(); }

  ViewInput input(int revision, bool docx = true) const {
    return {dossier, catalog, declaration(), *declaration().revision(revision), day("2017-09-01"), docx};
  }
};

// Renders a template snippet against a view: the contract templates rely on.
std::string show(const Data& view, const std::string& snippet) {
  kainjow::mustache::mustache t(snippet);
  BOOST_REQUIRE_MESSAGE(t.is_valid(), t.error_message());
  return t.render(view);
}

Data viewOrFail(const domain::Result<Data>& r) {
  BOOST_REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().message));
  return r.value();
}

}  // namespace

BOOST_FIXTURE_TEST_SUITE(view_model_tests, Views)

BOOST_AUTO_TEST_CASE(clauses_are_labelled_1_then_a_then_i) {
  Data v = viewOrFail(declarationView(input(2)));
  std::string labels = show(v, "{{#clauses}}{{label}} {{#items}}{{label}} {{#items}}{{label}} {{/items}}{{/items}}{{/clauses}}");
  BOOST_TEST(labels == "1. (a) (i) (b) 2. ");
}

BOOST_AUTO_TEST_CASE(a_clause_without_items_never_shows_its_parents_items) {
  // Mustache looks a missing key up in enclosing objects; every level sets "items".
  Data v = viewOrFail(declarationView(input(2)));
  std::string deepest = show(v, "{{#clauses}}{{#items}}{{#items}}[{{#items}}x{{/items}}]{{/items}}{{/items}}{{/clauses}}");
  BOOST_TEST(deepest == "[]");
  BOOST_TEST(show(v, "{{#clauses}}{{#items}}{{id}}:{{#hasItems}}has{{/hasItems}};{{/items}}{{/clauses}}") ==
             "op-1-a:has;op-1-b:;");
}

BOOST_AUTO_TEST_CASE(recitals_carry_their_lead_phrase_separately) {
  Data v = viewOrFail(declarationView(input(2)));
  BOOST_TEST(show(v, "{{#recitals}}<{{#hasLead}}{{lead}}{{/hasLead}}|{{text}}>{{/recitals}}") ==
             "<|We, the national co-ordinators,><Recognizing|that we share a responsibility,>");
}

BOOST_AUTO_TEST_CASE(multi_line_text_becomes_runs_of_text_breaks_and_tabs) {
  dossier.declarations.front().revisions[1].operative[1].text = "one\ntwo\tthree\n\nfour";
  Data v = viewOrFail(declarationView(input(2)));
  std::string runs = show(v, "{{#clauses}}{{#textRuns}}{{#t}}[{{t}}]{{/t}}{{#br}}BR{{/br}}{{#tab}}TAB{{/tab}}{{/textRuns}};{{/clauses}}");
  BOOST_TEST(runs == "[Agree to develop common approaches, and to:];[one]BR[two]TAB[three]BRBR[four];");
}

BOOST_AUTO_TEST_CASE(xml_views_keep_text_verbatim_without_runs) {
  dossier.declarations.front().revisions[1].operative[1].text = "one\ntwo";
  Data v = viewOrFail(declarationView(input(2, false)));
  BOOST_TEST(show(v, "{{#clauses}}{{#textRuns}}x{{/textRuns}}{{/clauses}}") == "");
  BOOST_TEST(show(v, "{{#clauses}}{{{text}}}|{{/clauses}}") == "Agree to develop common approaches, and to:|one\ntwo|");
}

BOOST_AUTO_TEST_CASE(a_draft_says_draft_revision_and_date_in_its_header) {
  Data v = viewOrFail(declarationView(input(1)));
  BOOST_TEST(show(v, "{{headerText}}|{{#isDraft}}draft{{/isDraft}}|{{#isFinal}}final{{/isFinal}}|{{finalFlag}}") ==
             "DRAFT \u2014 revision 1 \u2014 20 October 2016|draft||false");
  BOOST_TEST(show(v, "{{#hasEndorsements}}table{{/hasEndorsements}}{{#endorsements}}x{{/endorsements}}") == "");
}

BOOST_AUTO_TEST_CASE(the_final_text_has_no_draft_header_and_an_endorsement_table) {
  Data v = viewOrFail(declarationView(input(2)));
  BOOST_TEST(show(v, "{{headerText}}|{{#isFinal}}final{{/isFinal}}|{{#hasEndorsements}}table{{/hasEndorsements}}") ==
             "|final|table");
  BOOST_TEST(show(v, "{{#endorsements}}{{country}},{{signer}},{{date}},{{status}},{{marker}};{{/endorsements}}") ==
             "Albania,Mirela Dervishi,28 October 2016,Endorsed,;"
             "Croatia,Ivana Marković,28 October 2016,Endorsed ad referendum,[1];"
             "Serbia,,,Invited,;"
             "Kosovo*,Arben Krasniqi,28 October 2016,Endorsed,;");
  BOOST_TEST(show(v, "{{#statements}}{{marker}} {{country}}: {{text}}{{/statements}}") ==
             "[1] Croatia: Subject to confirmation by the Government.");
  BOOST_TEST(show(v, "{{endorsedSummary}}") == "3 of 4 invited countries have endorsed");
}

BOOST_AUTO_TEST_CASE(a_country_with_a_mark_brings_its_footnote) {
  Data v = viewOrFail(declarationView(input(2)));
  BOOST_TEST(show(v, "{{#hasNotes}}notes{{/hasNotes}}:{{#notes}}{{mark}} {{text}}{{/notes}}") ==
             "notes:* This designation is without prejudice to positions on status.");
  Data draft = viewOrFail(declarationView(input(1)));
  BOOST_TEST(show(draft, "{{#hasNotes}}notes{{/hasNotes}}") == "");  // no country is printed, so no note
}

BOOST_AUTO_TEST_CASE(french_declarations_get_french_dates_labels_and_names) {
  dossier.declarations.front().baseLanguage = "fr";
  Data v = viewOrFail(declarationView(input(2)));
  BOOST_TEST(show(v, "{{conference.line}}|{{labels.page}} 1 {{labels.pageOf}} 2") ==
             "Skopje, 27\u201328 octobre 2016|Page 1 sur 2");
  BOOST_TEST(show(v, "{{#endorsements}}{{country}};{{/endorsements}}") == "Albanie;Croatie;Serbie;Kosovo*;");
  Data draft = viewOrFail(declarationView(input(1)));
  BOOST_TEST(show(draft, "{{headerText}}") == "PROJET \u2014 r\u00e9vision 1 \u2014 20 octobre 2016");
}

BOOST_AUTO_TEST_CASE(document_properties_come_from_the_revision_not_the_clock) {
  Data v = viewOrFail(declarationView(input(2)));
  BOOST_TEST(show(v, "{{docProps.revision}}|{{docProps.created}}|{{docProps.modified}}|{{docProps.title}}") ==
             "2|2016-10-28T07:30:00Z|2016-10-28T07:30:00Z|Joint Declaration on Combating Trafficking");
  Data report = viewOrFail(statusView(input(2)));
  BOOST_TEST(show(report, "{{docProps.modified}}") == "2017-09-01T00:00:00Z");
}

BOOST_AUTO_TEST_CASE(status_rows_show_every_invited_country_with_totals) {
  dossier.endorsements[1].onBehalf = true;
  dossier.endorsements[1].recordedBy = "secretariat";
  Data v = viewOrFail(statusView(input(2)));
  BOOST_TEST(show(v, "{{#rows}}{{code}}:{{status}}:{{method}}:{{onBehalfCode}}:{{recordedBy}}:"
                     "{{#hasStatement}}statement{{/hasStatement}};{{/rows}}") ==
             "AL:Endorsed:In session:false::;HR:Endorsed ad referendum:In session:true:secretariat:statement;"
             "RS:Invited::false::;XK:Endorsed:In session:false::;");
  BOOST_TEST(show(v, "{{#totals}}{{statusCode}}={{count}} {{/totals}}") ==
             "endorsed=2 endorsed_ad_referendum=1 consulting=0 invited=1 declined=0 withdrawn=0 ");
  BOOST_TEST(show(v, "{{invitedCount}}/{{signedCount}}/{{asOf}}") == "4/3/1 September 2017");
}

BOOST_AUTO_TEST_CASE(implementation_items_put_overdue_first) {
  // cm-2 (deadline far ahead) comes first in the dossier; cm-1 (deadline 2017-06-30)
  // is overdue on 2017-09-01 for AL and, never accepted, for RS; cm-2 has no RS assignment.
  domain::Commitment later = dossier.commitments.front();
  later.id = domain::CommitmentId("cm-2");
  later.deadline = day("2019-12-31");
  later.milestones.clear();
  dossier.commitments.insert(dossier.commitments.begin(), later);
  domain::Assignment a = dossier.assignments.front();
  a.commitment = later.id;
  dossier.assignments.push_back(a);

  Data v = viewOrFail(implementationView(input(2)));
  BOOST_TEST(show(v, "{{#items}}{{ref}}/{{code}}/{{timelinessCode}};{{/items}}") ==
             "C2/AL/overdue;C2/RS/overdue;C1/AL/on_track;C1/RS/;");
  BOOST_TEST(show(v, "{{overdueSummary}}") == "2 of 4 assignments are overdue");
  BOOST_TEST(show(v, "{{#commitments}}{{ref}} {{clause}};{{/commitments}}") == "C1 2;C2 2;");
}

BOOST_AUTO_TEST_CASE(implementation_items_show_the_latest_report_summary) {
  Data v = viewOrFail(implementationView(input(2)));
  BOOST_TEST(show(v, "{{#items}}{{#hasReport}}{{report.period}}|{{report.percent}}|{{report.state}}|{{report.summary}}{{/hasReport}};{{/items}}") ==
             "1 January \u2013 30 June 2017|40%|validated|Contact point designated at the Ministry.\u2026;;");
  BOOST_TEST(show(v, "{{#items}}{{acceptance}}:{{acceptanceDate}};{{/items}}") == "Accepted:21 November 2016;Proposed:;");
}

BOOST_AUTO_TEST_CASE(a_commitment_names_sub_items_by_their_full_label) {
  dossier.commitments.front().clause = domain::ClauseId("op-1-a-i");
  Data v = viewOrFail(implementationView(input(2)));
  BOOST_TEST(show(v, "{{#commitments}}{{clause}}{{/commitments}}") == "1 (a) (i)");
}

BOOST_AUTO_TEST_CASE(text_xml_cannot_hold_is_an_internal_error_naming_the_record) {
  dossier.declarations.front().revisions[1].operative[1].text = std::string("bell \x07 here");
  auto v = declarationView(input(2));
  BOOST_REQUIRE(!v.ok());
  BOOST_TEST(static_cast<int>(v.error().code) == static_cast<int>(domain::ErrorCode::kInternal));
  BOOST_TEST(v.error().message.find("clause op-2") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
