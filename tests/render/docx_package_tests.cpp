#include "docx_package.h"

#include <boost/test/unit_test.hpp>

#include "render_fixtures.h"

using namespace accord;
using namespace accord::render;

namespace {

std::vector<PackagePart> sampleParts() {
  return {{"word/document.xml", "<w:document>" + std::string(5000, 'x') + "</w:document>"},
          {"_rels/.rels", "<Relationships/>"},
          {"[Content_Types].xml", "<Types/>"},
          {"word/_rels/document.xml.rels", "<Relationships/>"}};
}

unsigned u16(const std::string& s, std::size_t at) {
  return static_cast<unsigned char>(s[at]) | static_cast<unsigned>(static_cast<unsigned char>(s[at + 1])) << 8;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(docx_package_tests)

BOOST_AUTO_TEST_CASE(content_types_come_first_then_the_given_order) {
  auto order = test::zipEntryOrder(packDocx(sampleParts()));
  BOOST_TEST(order == (std::vector<std::string>{"[Content_Types].xml", "word/document.xml", "_rels/.rels",
                                                "word/_rels/document.xml.rels"}),
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(there_are_no_folder_entries) {
  for (const auto& name : test::zipEntryOrder(packDocx(sampleParts())))
    BOOST_TEST(name.back() != '/', name);
}

BOOST_AUTO_TEST_CASE(every_entry_is_deflated_and_dated_1980_01_01) {
  std::string zip = packDocx(sampleParts());
  std::size_t pos = 0;
  int entries = 0;
  while (zip.compare(pos, 4, "PK\x03\x04") == 0) {
    BOOST_TEST(u16(zip, pos + 8) == 8u);        // compression method: deflate
    BOOST_TEST(u16(zip, pos + 10) == 0u);       // DOS time 00:00:00
    BOOST_TEST(u16(zip, pos + 12) == 0x21u);    // DOS date 1980-01-01
    std::size_t compressed = u16(zip, pos + 18) | u16(zip, pos + 20) << 16;
    pos += 30 + u16(zip, pos + 26) + u16(zip, pos + 28) + compressed;
    ++entries;
  }
  BOOST_TEST(entries == 4);
}

BOOST_AUTO_TEST_CASE(the_same_parts_give_the_same_bytes) {
  BOOST_TEST((packDocx(sampleParts()) == packDocx(sampleParts())));
}

BOOST_AUTO_TEST_CASE(parts_come_back_unchanged) {
  auto parts = sampleParts();
  auto files = test::unzip(packDocx(parts));
  BOOST_TEST(files.size() == parts.size());
  for (const auto& p : parts) BOOST_TEST((files[p.name] == p.content), p.name);
}

BOOST_AUTO_TEST_CASE(deflate_actually_compresses) {
  std::string zip = packDocx(sampleParts());
  BOOST_TEST(zip.size() < 2000u);
}

BOOST_AUTO_TEST_SUITE_END()
