#include "accord/render/renderer.h"

#include <fstream>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "render_fixtures.h"

using namespace accord;
using namespace accord::render;

namespace {

struct Rendering {
  domain::Dossier dossier = test::renderDossier();
  domain::CountryCatalog catalog = test::renderCatalog();

  RenderRequest request(DocumentKind kind, Format format, std::optional<int> revision = std::nullopt) const {
    return {dossier, catalog, domain::DeclarationId("decl"), kind, format, revision, test::day("2017-09-01")};
  }
};

std::string builtinFile(const std::string& relative) {
  std::ifstream in(test::templatesDir() + "/" + relative, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

bool contains(const std::string& s, const std::string& needle) { return s.find(needle) != std::string::npos; }

}  // namespace

BOOST_FIXTURE_TEST_SUITE(renderer_tests, Rendering)

BOOST_AUTO_TEST_CASE(every_document_renders_in_both_formats) {
  for (auto kind : {DocumentKind::kDeclaration, DocumentKind::kEndorsementStatus, DocumentKind::kImplementation})
    for (auto format : {Format::kDocx, Format::kXml}) {
      auto out = test::builtinRenderer().render(request(kind, format));
      BOOST_TEST(out.ok(), toString(kind) << "/" << toString(format) << ": " << (out.ok() ? "" : out.error().message));
    }
}

BOOST_AUTO_TEST_CASE(rendering_twice_gives_identical_bytes) {
  for (auto format : {Format::kDocx, Format::kXml}) {
    auto a = test::builtinRenderer().render(request(DocumentKind::kDeclaration, format));
    auto b = test::builtinRenderer().render(request(DocumentKind::kDeclaration, format));
    BOOST_REQUIRE(a.ok() && b.ok());
    BOOST_TEST((a.value() == b.value()), toString(format));
  }
}

BOOST_AUTO_TEST_CASE(the_final_revision_is_the_default) {
  auto files = test::unzip(test::renderOrFail(dossier, DocumentKind::kDeclaration, Format::kDocx));
  BOOST_TEST(test::xpathValues(files["docProps/core.xml"], "//cp:revision") == std::vector<std::string>{"2"});
  BOOST_TEST(test::paragraphTexts(files["word/header1.xml"]) == std::vector<std::string>{""});
}

BOOST_AUTO_TEST_CASE(an_earlier_revision_renders_as_a_draft_with_its_header) {
  auto files = test::unzip(test::renderOrFail(dossier, DocumentKind::kDeclaration, Format::kDocx, 1));
  BOOST_TEST(test::paragraphTexts(files["word/header1.xml"]) ==
             std::vector<std::string>{"DRAFT \u2014 revision 1 \u2014 20 October 2016"});
  BOOST_TEST(!contains(files["word/document.xml"], "<w:tbl>"));
}

BOOST_AUTO_TEST_CASE(the_final_text_carries_the_endorsement_table_with_a_repeating_header) {
  auto files = test::unzip(test::renderOrFail(dossier, DocumentKind::kDeclaration, Format::kDocx));
  const std::string& doc = files["word/document.xml"];
  BOOST_TEST(test::xpathValues(doc, "//w:tbl/w:tr[1]/w:trPr/w:tblHeader").size() == 1u);
  BOOST_TEST(test::xpathValues(doc, "//w:tbl/w:tr").size() == 5u);  // header + 4 invited countries
  BOOST_TEST(test::xpathValues(doc, "//w:tbl/w:tr[4]/w:tc[1]") == std::vector<std::string>{"Serbia"});
}

BOOST_AUTO_TEST_CASE(clauses_use_real_word_numbering) {
  auto files = test::unzip(test::renderOrFail(dossier, DocumentKind::kDeclaration, Format::kDocx));
  auto levels = test::xpathValues(files["word/document.xml"], "//w:p/w:pPr/w:numPr/w:ilvl/@w:val");
  BOOST_TEST(levels == (std::vector<std::string>{"0", "1", "2", "1", "0"}), boost::test_tools::per_element());
  auto formats = test::xpathValues(files["word/numbering.xml"], "//w:lvl/w:numFmt/@w:val");
  BOOST_TEST(formats == (std::vector<std::string>{"decimal", "lowerLetter", "lowerRoman"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(no_mustache_tag_is_left_in_any_part) {
  for (auto kind : {DocumentKind::kDeclaration, DocumentKind::kEndorsementStatus, DocumentKind::kImplementation}) {
    for (const auto& [name, content] : test::unzip(test::renderOrFail(dossier, kind, Format::kDocx))) {
      BOOST_TEST(!contains(content, "{{"), name);
      BOOST_TEST(!contains(content, "}}"), name);
      BOOST_CHECK_NO_THROW(test::xpathValues(content, "/"));  // every part is well-formed XML
    }
    BOOST_TEST(!contains(test::renderOrFail(dossier, kind, Format::kXml), "{{"));
  }
}

BOOST_AUTO_TEST_CASE(an_unknown_declaration_is_not_found) {
  RenderRequest r = request(DocumentKind::kDeclaration, Format::kXml);
  r.declaration = domain::DeclarationId("nope");
  auto out = test::builtinRenderer().render(r);
  BOOST_REQUIRE(!out.ok());
  BOOST_TEST(static_cast<int>(out.error().code) == static_cast<int>(domain::ErrorCode::kNotFound));
  BOOST_TEST(out.error().field == "declaration");
}

BOOST_AUTO_TEST_CASE(a_revision_the_declaration_lacks_is_an_invalid_argument) {
  auto out = test::builtinRenderer().render(request(DocumentKind::kDeclaration, Format::kDocx, 9));
  BOOST_REQUIRE(!out.ok());
  BOOST_TEST(static_cast<int>(out.error().code) == static_cast<int>(domain::ErrorCode::kInvalidArgument));
  BOOST_TEST(out.error().field == "revision");
  BOOST_TEST(out.error().message == "declaration 'decl' has no revision 9 (it has 2)");
}

BOOST_AUTO_TEST_CASE(custom_templates_replace_only_the_documents_they_provide) {
  test::TempDir custom;
  std::string xml = builtinFile("xml/status.xml.mustache");
  custom.write("xml/status.xml.mustache", xml.insert(xml.find("<title>"), "<!-- letterhead -->\n  "));
  auto renderer = Renderer::load({custom.path(), test::templatesDir()}, test::schemaDir());
  BOOST_REQUIRE(renderer.ok());
  BOOST_TEST(contains(renderer->templateSource(DocumentKind::kEndorsementStatus, Format::kXml), custom.path()));
  BOOST_TEST(!contains(renderer->templateSource(DocumentKind::kEndorsementStatus, Format::kDocx), custom.path()));
  auto out = renderer->render(request(DocumentKind::kEndorsementStatus, Format::kXml));
  BOOST_REQUIRE(out.ok());
  BOOST_TEST(contains(out.value(), "<!-- letterhead -->"));
  auto docx = renderer->render(request(DocumentKind::kDeclaration, Format::kDocx));
  BOOST_TEST(docx.ok());
}

BOOST_AUTO_TEST_CASE(a_broken_custom_template_fails_at_load_naming_file_and_line) {
  test::TempDir custom;
  custom.write("xml/declaration.xml.mustache", "<?xml version=\"1.0\"?>\n<declaration>\n{{#clauses}}\n</declaration>\n");
  auto renderer = Renderer::load({custom.path(), test::templatesDir()}, test::schemaDir());
  BOOST_REQUIRE(!renderer.ok());
  BOOST_TEST(contains(renderer.error().message, "declaration.xml.mustache:3:1: Mustache: Unclosed section"),
             renderer.error().message);
}

BOOST_AUTO_TEST_CASE(xml_that_fails_its_schema_is_an_internal_error_with_the_line) {
  test::TempDir custom;
  std::string xml = builtinFile("xml/declaration.xml.mustache");
  custom.write("xml/declaration.xml.mustache", xml.insert(xml.find("<title>"), "<unexpected/>\n  "));
  auto renderer = Renderer::load({custom.path(), test::templatesDir()}, test::schemaDir());
  BOOST_REQUIRE(renderer.ok());
  auto out = renderer->render(request(DocumentKind::kDeclaration, Format::kXml));
  BOOST_REQUIRE(!out.ok());
  BOOST_TEST(static_cast<int>(out.error().code) == static_cast<int>(domain::ErrorCode::kInternal));
  BOOST_TEST(contains(out.error().message, "declaration.xsd"), out.error().message);
  BOOST_TEST(contains(out.error().message, "line 3: "), out.error().message);
  BOOST_TEST(contains(out.error().message, "unexpected"), out.error().message);
}

BOOST_AUTO_TEST_CASE(a_renderer_loaded_for_one_rendition_refuses_the_others) {
  auto renderer = Renderer::load({"", test::templatesDir()}, test::schemaDir(),
                                 {{DocumentKind::kEndorsementStatus, Format::kDocx}});
  BOOST_REQUIRE(renderer.ok());
  BOOST_TEST(renderer->render(request(DocumentKind::kEndorsementStatus, Format::kDocx)).ok());
  auto other = renderer->render(request(DocumentKind::kEndorsementStatus, Format::kXml));
  BOOST_REQUIRE(!other.ok());
  BOOST_TEST(static_cast<int>(other.error().code) == static_cast<int>(domain::ErrorCode::kInvalidState));
  BOOST_TEST(renderer->templateSource(DocumentKind::kDeclaration, Format::kDocx).empty());
}

BOOST_AUTO_TEST_CASE(missing_schemas_fail_the_load) {
  test::TempDir empty;
  auto renderer = Renderer::load({"", test::templatesDir()}, empty.path());
  BOOST_REQUIRE(!renderer.ok());
  // DOCX needs no schema.
  BOOST_TEST(Renderer::load({"", test::templatesDir()}, empty.path(), {{DocumentKind::kDeclaration, Format::kDocx}}).ok());
  BOOST_TEST(static_cast<int>(renderer.error().code) == static_cast<int>(domain::ErrorCode::kNotFound));
}

BOOST_AUTO_TEST_SUITE_END()
