#include "accord/render/xml_validator.h"

#include <algorithm>

#include <boost/test/unit_test.hpp>

#include "render_fixtures.h"

using namespace accord;
using namespace accord::render;

namespace {

const XmlValidator& validator() { return test::shippedValidator(); }

std::string replaced(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, "'" << from << "' not in the document");
  return s.replace(at, from.size(), to);
}

int lineOf(const std::string& s, const std::string& needle) {
  auto at = s.find(needle);
  return 1 + static_cast<int>(std::count(s.begin(), s.begin() + static_cast<long>(at), '\n'));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(xml_validator_tests)

BOOST_AUTO_TEST_CASE(the_three_schemas_load) {
  auto names = validator().schemas();
  for (const char* s : {"declaration.xsd", "endorsement-status.xsd", "implementation.xsd"})
    BOOST_TEST((std::find(names.begin(), names.end(), s) != names.end()), s);
}

BOOST_AUTO_TEST_CASE(rendered_documents_are_valid_against_the_schema_their_root_names) {
  auto d = test::renderDossier();
  const std::pair<DocumentKind, const char*> cases[] = {{DocumentKind::kDeclaration, "declaration.xsd"},
                                                        {DocumentKind::kEndorsementStatus, "endorsement-status.xsd"},
                                                        {DocumentKind::kImplementation, "implementation.xsd"}};
  for (const auto& [kind, schema] : cases) {
    auto result = validator().validate(test::renderOrFail(d, kind, Format::kXml));
    BOOST_TEST(result.ok(), schema << ": " << (result.ok() ? "" : result.issues.front().message));
    BOOST_TEST(result.schema == schema);
  }
}

BOOST_AUTO_TEST_CASE(a_schema_violation_is_reported_on_its_line) {
  std::string xml = test::renderOrFail(test::renderDossier(), DocumentKind::kDeclaration, Format::kXml);
  std::string bad = replaced(xml, "status=\"endorsed_ad_referendum\"", "status=\"maybe\"");
  auto result = validator().validate(bad);
  BOOST_REQUIRE(!result.ok());
  BOOST_TEST(result.issues.front().line == lineOf(bad, "status=\"maybe\""));
  BOOST_TEST(result.issues.front().message.find("maybe") != std::string::npos, result.issues.front().message);
}

BOOST_AUTO_TEST_CASE(a_missing_required_element_is_reported) {
  std::string xml = test::renderOrFail(test::renderDossier(), DocumentKind::kImplementation, Format::kXml);
  auto at = xml.find("<title>");
  std::string bad = xml.substr(0, at) + xml.substr(xml.find("</title>") + 8);
  auto result = validator().validate(bad);
  BOOST_REQUIRE(!result.ok());
  BOOST_TEST(result.schema == "implementation.xsd");
}

BOOST_AUTO_TEST_CASE(malformed_xml_is_reported_with_its_line) {
  auto result = validator().validate("<?xml version=\"1.0\"?>\n<declaration xmlns=\"urn:accord:declaration:1\">\n<title>\n</declaration>\n");
  BOOST_REQUIRE(!result.ok());
  BOOST_TEST(result.schema.empty());
  BOOST_TEST(result.issues.front().line == 4);
}

BOOST_AUTO_TEST_CASE(an_unknown_root_element_names_itself) {
  auto result = validator().validate("<report xmlns=\"urn:other\"/>");
  BOOST_REQUIRE(!result.ok());
  BOOST_TEST(result.issues.front().message == "no schema declares the root element {urn:other}report");
}

BOOST_AUTO_TEST_CASE(external_entities_are_not_loaded) {
  std::string xml =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
      "<report xmlns=\"urn:other\">&x;</report>";
  auto result = validator().validate(xml);
  BOOST_REQUIRE(!result.ok());
  for (const auto& i : result.issues) BOOST_TEST(i.message.find("root:") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(validating_with_an_unknown_schema_is_an_issue) {
  auto result = validator().validateWith("<a/>", "nope.xsd");
  BOOST_REQUIRE(!result.ok());
  BOOST_TEST(result.issues.front().message.find("nope.xsd") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_folder_without_schemas_is_not_found) {
  test::TempDir dir;
  auto loaded = XmlValidator::load(dir.path());
  BOOST_REQUIRE(!loaded.ok());
  BOOST_TEST(static_cast<int>(loaded.error().code) == static_cast<int>(domain::ErrorCode::kNotFound));
}

BOOST_AUTO_TEST_CASE(a_schema_that_does_not_compile_names_its_file) {
  test::TempDir dir;
  dir.write("broken.xsd",
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n<xs:element name=\"a\" type=\"Nope\"/>\n</xs:schema>\n");
  auto loaded = XmlValidator::load(dir.path());
  BOOST_REQUIRE(!loaded.ok());
  BOOST_TEST(loaded.error().field.find("broken.xsd") != std::string::npos);
  BOOST_TEST(loaded.error().message.find("broken.xsd:2") != std::string::npos, loaded.error().message);
}

BOOST_AUTO_TEST_SUITE_END()
