#include "template_set.h"

#include <algorithm>

#include <boost/test/unit_test.hpp>

#include "render_fixtures.h"

using namespace accord;
using namespace accord::render;

namespace {

// A minimal DOCX template folder; `document` replaces word/document.xml.mustache.
void writeMinimalDocx(const test::TempDir& dir, const std::string& document) {
  dir.write("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
  dir.write("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
  dir.write("word/document.xml.mustache", document);
}

std::vector<std::string> names(const TemplateSet& set) {
  std::vector<std::string> out;
  for (const auto& p : set.parts()) out.push_back(p.name);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(template_set_tests)

BOOST_AUTO_TEST_CASE(built_in_declaration_folder_loads_every_part_sorted) {
  auto set = TemplateSet::loadDocx(test::templatesDir() + "/docx/declaration");
  BOOST_REQUIRE_MESSAGE(set.ok(), (set.ok() ? "" : set.error().message));
  auto n = names(set.value());
  BOOST_TEST(std::is_sorted(n.begin(), n.end()));
  for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                           "word/numbering.xml", "word/header1.xml", "word/footer1.xml", "docProps/core.xml"})
    BOOST_TEST((std::find(n.begin(), n.end(), part) != n.end()), part);
  for (const auto& p : set->parts())
    if (p.name == "word/document.xml") BOOST_TEST(p.rendered());
    else if (p.name == "word/numbering.xml") BOOST_TEST(!p.rendered());
    // The styles carry the document's language (w:lang), so they are a template.
    else if (p.name == "word/styles.xml") BOOST_TEST(p.rendered());
}

BOOST_AUTO_TEST_CASE(hidden_files_are_skipped_but_rels_are_parts) {
  test::TempDir dir;
  writeMinimalDocx(dir, "<w:document xmlns:w=\"urn:w\"/>");
  dir.write(".DS_Store", "junk");
  dir.write(".git/config", "junk");
  auto set = TemplateSet::loadDocx(dir.path());
  BOOST_REQUIRE(set.ok());
  BOOST_TEST(names(set.value()) == (std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "word/document.xml"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_folder_without_a_main_document_is_not_a_template) {
  test::TempDir dir;
  dir.write("[Content_Types].xml", "<Types/>");
  dir.write("_rels/.rels", "<Relationships/>");
  auto set = TemplateSet::loadDocx(dir.path());
  BOOST_REQUIRE(!set.ok());
  BOOST_TEST(set.error().message.find("word/document.xml") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unclosed_section_names_the_file_and_line) {
  test::TempDir dir;
  writeMinimalDocx(dir, "<w:document xmlns:w=\"urn:w\">\n<w:body>\n{{#clauses}}\n</w:body>\n</w:document>\n");
  auto set = TemplateSet::loadDocx(dir.path());
  BOOST_REQUIRE(!set.ok());
  BOOST_TEST(set.error().message.find("word/document.xml.mustache:3:1: Mustache: Unclosed section \"clauses\"") !=
                 std::string::npos,
             set.error().message);
}

BOOST_AUTO_TEST_CASE(a_malformed_part_names_the_file_and_line) {
  test::TempDir dir;
  writeMinimalDocx(dir, "<w:document xmlns:w=\"urn:w\"/>");
  dir.write("word/styles.xml", "<w:styles xmlns:w=\"urn:w\">\n<w:style>\n</w:styles>\n");
  auto set = TemplateSet::loadDocx(dir.path());
  BOOST_REQUIRE(!set.ok());
  BOOST_TEST(set.error().message.find("styles.xml:3:") != std::string::npos, set.error().message);
}

BOOST_AUTO_TEST_CASE(a_section_that_straddles_elements_is_caught_at_load) {
  test::TempDir dir;
  // Well-formed as written, but without "x" the <b> start tag disappears.
  writeMinimalDocx(dir, "<w:document xmlns:w=\"urn:w\">{{#x}}<b>{{/x}}</b></w:document>");
  auto set = TemplateSet::loadDocx(dir.path());
  BOOST_REQUIRE(!set.ok());
  BOOST_TEST(set.error().message.find("every section empty") != std::string::npos, set.error().message);
}

BOOST_AUTO_TEST_CASE(binary_parts_are_copied_without_an_xml_check) {
  test::TempDir dir;
  writeMinimalDocx(dir, "<w:document xmlns:w=\"urn:w\"/>");
  dir.write("word/media/logo.png", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
  auto set = TemplateSet::loadDocx(dir.path());
  BOOST_REQUIRE(set.ok());
  std::string out;
  for (const auto& p : set->parts())
    if (p.name == "word/media/logo.png") p.renderTo(makeRoot(), out);
  BOOST_TEST(out.size() == 10u);
}

BOOST_AUTO_TEST_CASE(an_xml_template_is_one_part) {
  auto set = TemplateSet::loadXml(test::templatesDir() + "/xml/declaration.xml.mustache");
  BOOST_REQUIRE(set.ok());
  BOOST_TEST(set->parts().size() == 1u);
  BOOST_TEST(set->parts().front().name == "declaration.xml");
  BOOST_TEST(!TemplateSet::loadXml("no/such/file.xml.mustache").ok());
}

BOOST_AUTO_TEST_SUITE_END()
