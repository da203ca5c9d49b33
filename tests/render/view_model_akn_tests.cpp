// The declaration as Akoma Ntoso: valid against the OASIS schema (checked here
// again with a validator of the test's own, whatever the renderer checked) and
// read back with XPath: one paragraph per operative clause, one point per
// sub-item, one recital per recital, one signature per signing country, and FRBR
// identifiers that name the Work, the Expression and the Manifestation.
#include <algorithm>

#include <boost/test/unit_test.hpp>

#include "accord/render/xml_validator.h"
#include "render_fixtures.h"
#include "template_set.h"

using namespace accord;
using namespace accord::render;

namespace {

const XmlValidator& validator() { return test::shippedValidator(); }

std::size_t count(const std::string& xml, const std::string& xpath) { return test::xpathValues(xml, xpath).size(); }

std::string only(const std::string& xml, const std::string& xpath) {
  auto v = test::xpathValues(xml, xpath);
  BOOST_REQUIRE_MESSAGE(v.size() == 1, xpath << ": " << v.size() << " matches");
  return v.front();
}

void requireValid(const std::string& xml) {
  auto result = validator().validate(xml);
  BOOST_TEST(result.schema == "akoma-ntoso/akomantoso30.xsd");
  BOOST_REQUIRE_MESSAGE(result.ok(), (result.ok() ? std::string() : "line " + std::to_string(result.issues.front().line) +
                                                                       ": " + result.issues.front().message));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(view_model_akn_tests)

BOOST_AUTO_TEST_CASE(the_oasis_schema_is_one_of_the_validators_schemas) {
  auto names = validator().schemas();
  BOOST_TEST((std::find(names.begin(), names.end(), "akoma-ntoso/akomantoso30.xsd") != names.end()));
  // xml.xsd is only imported: it declares no element and validates nothing alone.
  BOOST_TEST((std::find(names.begin(), names.end(), "akoma-ntoso/xml.xsd") == names.end()));
}

BOOST_AUTO_TEST_CASE(draft_and_final_text_are_valid_akoma_ntoso) {
  auto d = test::renderDossier();
  for (int revision : {1, 2}) {
    BOOST_TEST_CONTEXT("revision " << revision) {
      requireValid(test::renderOrFail(d, DocumentKind::kDeclaration, Format::kAkn, revision));
    }
  }
}

BOOST_AUTO_TEST_CASE(a_statement_named_declaration_with_every_unit_in_place) {
  auto d = test::renderDossier();
  const domain::Revision& r = d.declarations.front().revisions[1];
  std::string xml = test::renderOrFail(d, DocumentKind::kDeclaration, Format::kAkn, 2);
  BOOST_TEST(only(xml, "/a:akomaNtoso/a:statement/@name") == "declaration");
  BOOST_TEST(only(xml, "//a:preface/a:longTitle//a:docTitle") == d.declarations.front().title);

  BOOST_TEST(count(xml, "//a:preamble/a:recitals/a:recital") == r.preamble.size());
  BOOST_TEST(count(xml, "//a:mainBody/a:paragraph") == r.operative.size());
  for (std::size_t i = 0; i < r.operative.size(); ++i) {
    const domain::Clause& c = r.operative[i];
    std::string para = "//a:mainBody/a:paragraph[" + std::to_string(i + 1) + "]";
    BOOST_TEST_CONTEXT(para) {
      BOOST_TEST(only(xml, para + "/@wId") == c.id.str());
      BOOST_TEST(only(xml, para + "/a:num") == std::to_string(i + 1) + ".");
      BOOST_TEST(count(xml, para + "/a:list/a:point") == c.items.size());
      // A clause with sub-items introduces them; one without holds its text as content.
      BOOST_TEST(test::aknTexts(xml, para + (c.items.empty() ? "/a:content" : "/a:intro")) ==
                 std::vector<std::string>{c.text});
    }
  }
  // Clause 1 (a) (i): three levels, lettered and then in roman numerals, with
  // eIds that say where each unit is.
  BOOST_TEST(only(xml, "//a:paragraph[1]/a:list/a:point[1]/a:num") == "(a)");
  BOOST_TEST(only(xml, "//a:paragraph[1]/a:list/a:point[2]/a:num") == "(b)");
  BOOST_TEST(only(xml, "//a:paragraph[1]/a:list/a:point[1]/a:list/a:point[1]/a:num") == "(i)");
  BOOST_TEST(only(xml, "//a:paragraph[1]/a:list/a:point[1]/a:list/a:point[1]/@eId") ==
             "para_1__list_1__point_a__list_1__point_i");
  BOOST_TEST(only(xml, "//a:paragraph[1]/a:list/a:point[1]/@wId") == r.operative[0].items[0].id.str());
  BOOST_TEST(test::aknTexts(xml, "//a:recital[2]/a:p") ==
             std::vector<std::string>{r.preamble[1].leadPhrase + " " + r.preamble[1].text});
  BOOST_TEST(only(xml, "//a:recital[2]/a:p/a:i") == r.preamble[1].leadPhrase);
  BOOST_TEST(test::aknTexts(xml, "//a:conclusions/a:formula[@name='closingFormula']") ==
             std::vector<std::string>{r.closingFormula});
}

BOOST_AUTO_TEST_CASE(frbr_names_work_expression_and_manifestation) {
  std::string xml = test::renderOrFail(test::renderDossier(), DocumentKind::kDeclaration, Format::kAkn, 2);
  const std::string work = "/akn/osce/statement/2016-10-28/decl";
  BOOST_TEST(only(xml, "//a:FRBRWork/a:FRBRuri/@value") == work);
  BOOST_TEST(only(xml, "//a:FRBRWork/a:FRBRthis/@value") == work + "/!main");
  BOOST_TEST(only(xml, "//a:FRBRWork/a:FRBRcountry/@value") == "osce");
  BOOST_TEST(only(xml, "//a:FRBRWork/a:FRBRauthor/@href") == "#org_osce");
  BOOST_TEST(only(xml, "//a:FRBRExpression/a:FRBRuri/@value") == work + "/eng@r2");
  BOOST_TEST(only(xml, "//a:FRBRExpression/a:FRBRlanguage/@language") == "eng");
  BOOST_TEST(only(xml, "//a:FRBRExpression/a:FRBRdate/@name") == "adoption");
  // The original language's Expression is the master one: it names none.
  BOOST_TEST(count(xml, "//a:FRBRmasterExpression") == 0u);
  BOOST_TEST(only(xml, "//a:FRBRManifestation/a:FRBRthis/@value") == work + "/eng@r2/!main.akn.xml");
  // Every author points to an organization in the references.
  for (const auto& href : test::xpathValues(xml, "//a:FRBRauthor/@href"))
    BOOST_TEST(count(xml, "//a:references/a:TLCOrganization[@eId='" + href.substr(1) + "']") == 1u, href);
}

BOOST_AUTO_TEST_CASE(conclusions_carry_one_signature_per_signing_country) {
  std::string xml = test::renderOrFail(test::renderDossier(), DocumentKind::kDeclaration, Format::kAkn, 2);
  // AL endorsed, HR ad referendum, XK endorsed; RS only invited signs nothing.
  BOOST_TEST(test::xpathValues(xml, "//a:conclusions//a:signature/a:person") ==
             (std::vector<std::string>{"Mirela Dervishi", "Ivana Marković", "Arben Krasniqi"}));
  BOOST_TEST(test::xpathValues(xml, "//a:conclusions//a:signature/a:location") ==
             (std::vector<std::string>{"Albania", "Croatia", "Kosovo*"}));
  BOOST_TEST(count(xml, "//a:signature/a:date[@date='2016-10-28']") == 3u);
  BOOST_TEST(count(xml, "//a:signature/a:span[@class='endorsed_ad_referendum']") == 1u);
  BOOST_TEST(count(xml, "//a:conclusions//a:p[@class='statement']") == 1u);
  // Kosovo's footnote travels with its name.
  BOOST_TEST(count(xml, "//a:meta/a:notes/a:note[@marker='*']") == 1u);
  // Every reference a signature makes resolves in the references.
  for (const auto& ref : test::xpathValues(xml, "//a:signature/*/@refersTo"))
    BOOST_TEST(count(xml, "//a:references/*[@eId='" + ref.substr(1) + "']") == 1u, ref);
}

BOOST_AUTO_TEST_CASE(a_draft_says_so_and_has_nothing_signed) {
  std::string xml = test::renderOrFail(test::renderDossier(), DocumentKind::kDeclaration, Format::kAkn, 1);
  BOOST_TEST(only(xml, "//a:preface//a:docStatus").rfind("DRAFT", 0) == 0u);
  BOOST_TEST(count(xml, "//a:signature") == 0u);
  BOOST_TEST(only(xml, "//a:FRBRExpression/a:FRBRdate/@name") == "revision");
  BOOST_TEST(only(xml, "//a:FRBRExpression/a:FRBRuri/@value") == "/akn/osce/statement/2016-10-28/decl/eng@r1");
}

BOOST_AUTO_TEST_CASE(only_the_declaration_comes_as_akoma_ntoso) {
  for (auto kind : {DocumentKind::kEndorsementStatus, DocumentKind::kImplementation, DocumentKind::kRedline}) {
    auto s = domain::checkRendition(kind, Format::kAkn);
    BOOST_TEST(!s.ok());
    BOOST_TEST(s.error().field == "format");
  }
}

BOOST_AUTO_TEST_CASE(a_document_the_schema_refuses_is_never_handed_out) {
  test::TempDir custom;
  // A custom template that drops the mandatory mainBody: rendered, refused.
  std::string text = readFile(test::templatesDir() + "/akn/declaration.xml.mustache").value();
  auto from = text.find("<mainBody>"), to = text.find("</mainBody>");
  BOOST_REQUIRE(from != std::string::npos && to != std::string::npos);
  custom.write("akn/declaration.xml.mustache", text.erase(from, to + 11 - from));
  auto renderer = Renderer::load({custom.path(), test::templatesDir()}, test::schemaDir(),
                                 {{DocumentKind::kDeclaration, Format::kAkn}});
  BOOST_REQUIRE(renderer.ok());
  domain::Dossier d = test::renderDossier();
  domain::CountryCatalog catalog = test::renderCatalog();
  auto out = renderer->render(RenderRequest{d, catalog, domain::DeclarationId("decl"), DocumentKind::kDeclaration,
                                            Format::kAkn, 2, test::day("2017-09-01"), std::nullopt});
  BOOST_REQUIRE(!out.ok());
  BOOST_TEST(out.error().code == domain::ErrorCode::kInternal);
  BOOST_TEST(out.error().message.find("akomantoso30.xsd") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
