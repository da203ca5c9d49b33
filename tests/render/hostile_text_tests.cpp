// User text is data, never markup: every hostile string comes back character for
// character from the XML and from the DOCX, read with libxml2, not with the code
// that wrote it.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/text.h"
#include "accord/render/xml_validator.h"
#include "render_fixtures.h"

using namespace accord;
using namespace accord::render;

namespace {

struct Hostile {
  const char* name;
  std::string text;
  bool singleLine;  // may also be a name (no line break)
};
std::ostream& operator<<(std::ostream& os, const Hostile& h) { return os << h.name; }

const Hostile kCases[] = {
    {"xml specials", "Fish & chips < 5 > 3 \"quoted\" 'apostrophe' &amp; &#x41;", true},
    {"mustache tags", "{{title}} {{#x}}section{{/x}} {{{raw}}} {{> partial}} {{=<% %>=}}", true},
    {"cdata end", "]]> <![CDATA[ x ]]> <!-- not a comment -->", true},
    {"right to left", "\u0625\u0639\u0644\u0627\u0646 \u0645\u0634\u062a\u0631\u0643 and \u05d4\u05e6\u05d4\u05e8\u05d4 mixed", true},
    {"combining", "Zoe\u0308 n\u0303 a\u030a\u0301 \u1e9b\u0323", true},
    {"cyrillic and diacritics", "\u0417\u0430\u0435\u0434\u043d\u0438\u0447\u043a\u0430 \u0403 \u0110or\u0111evi\u0107 Had\u017ei\u0107 Szab\u00f3 Kakavij\u00eb", true},
    {"very long word", std::string(3000, 'w'), true},
    {"tabs", "a\tb\t\tc", true},
    {"lines", "first line\nsecond line\n\nfourth line\n", false},
    {"emoji", "\U0001F469\u200D\U0001F4BB \U0001F1F2\U0001F1F0 \U0001F44D\U0001F3FD \u2705", true},
    {"spaces kept", "  two leading, two trailing  ", true},
    {"everything", "\u00ab{{x}}\u00bb\t&\n\u05d0 e\u0301 \U0001F600 <b>not bold</b>", false},
};

domain::Dossier hostileDossier(const Hostile& h) {
  domain::Dossier d = test::renderDossier();
  domain::Revision& r = d.declarations.front().revisions[1];
  r.operative[1].text = h.text;
  r.preamble[1].text = h.text;
  d.endorsements[1].statement = h.text;  // HR
  if (h.singleLine) d.endorsements[1].signer->name = h.text;
  return d;
}

// What an XPath over one element should return: that element's text.
std::vector<std::string> one(const std::string& text) { return {text}; }

}  // namespace

BOOST_AUTO_TEST_SUITE(hostile_text_tests)

BOOST_DATA_TEST_CASE(the_domain_accepts_every_case, boost::unit_test::data::make(kCases), h) {
  BOOST_TEST(domain::isXmlSafe(h.text));
}

BOOST_DATA_TEST_CASE(xml_keeps_the_text_verbatim, boost::unit_test::data::make(kCases), h) {
  std::string xml = test::renderOrFail(hostileDossier(h), DocumentKind::kDeclaration, Format::kXml);
  BOOST_TEST(test::xpathValues(xml, "//d:clause[@id='op-2']/d:text") == one(h.text));
  BOOST_TEST(test::xpathValues(xml, "//d:recital[@id='rec-2']/d:text") == one(h.text));
  BOOST_TEST(test::xpathValues(xml, "//d:statement/d:text") == one(h.text));
  if (h.singleLine)
    BOOST_TEST(test::xpathValues(xml, "//d:endorsement[@country='HR']/d:signer/d:name") == one(h.text));
}

BOOST_DATA_TEST_CASE(docx_keeps_every_character_with_breaks_and_tabs, boost::unit_test::data::make(kCases), h) {
  auto files = test::unzip(test::renderOrFail(hostileDossier(h), DocumentKind::kDeclaration, Format::kDocx));
  auto paragraphs = test::paragraphTexts(files["word/document.xml"]);
  auto has = [&](const std::string& p) { return std::find(paragraphs.begin(), paragraphs.end(), p) != paragraphs.end(); };
  BOOST_TEST(has(h.text));                                 // operative clause 2
  BOOST_TEST(has("Recognizing " + h.text));                // recital with its lead phrase
  BOOST_TEST(has("[1]\tCroatia: " + h.text));              // the interpretative statement
  if (h.singleLine)  // the signer's cell: header row, AL, then HR
    BOOST_TEST(test::xpathValues(files["word/document.xml"], "//w:tbl/w:tr[3]/w:tc[2]") == one(h.text));
  // In multi-line text a break or tab is a w:br or w:tab, never a raw control
  // character inside w:t (Word would fold a raw newline into a space).
  for (const auto& t : test::xpathValues(files["word/document.xml"], "//w:p[w:pPr/w:numPr]//w:t"))
    BOOST_TEST((t.find('\n') == std::string::npos && t.find('\t') == std::string::npos));
  for (const auto& t : test::xpathValues(files["word/document.xml"], "//w:t"))
    BOOST_TEST(t.find('\n') == std::string::npos);
}

// Akoma Ntoso holds a line break as <eol/> and a tab as itself; the document is
// valid against the OASIS schema (checked again here by a validator of its own).
BOOST_DATA_TEST_CASE(akoma_ntoso_keeps_the_text_and_stays_valid, boost::unit_test::data::make(kCases), h) {
  std::string xml = test::renderOrFail(hostileDossier(h), DocumentKind::kDeclaration, Format::kAkn);
  auto check = test::shippedValidator().validate(xml);
  BOOST_TEST(check.ok(), (check.ok() ? std::string() : check.issues.front().message));
  BOOST_TEST(check.schema == "akoma-ntoso/akomantoso30.xsd");
  BOOST_TEST(test::aknTexts(xml, "//a:paragraph[@wId='op-2']/a:content/a:p") == one(h.text));
  BOOST_TEST(test::aknTexts(xml, "//a:recital[@wId='rec-2']/a:p") == one("Recognizing " + h.text));
  BOOST_TEST(test::aknTexts(xml, "//a:p[@class='statement']") == one("[1] Croatia: " + h.text));
  if (h.singleLine) {
    BOOST_TEST(test::aknTexts(xml, "//a:signature[a:location='Croatia']/a:person") == one(h.text));
    // An attribute reads a tab or line break as a space: the label says so, the
    // signature's own text above keeps them.
    std::string label = h.text;
    std::replace(label.begin(), label.end(), '\t', ' ');
    BOOST_TEST(test::aknTexts(xml, "//a:references/a:TLCPerson[@eId='signer_hr']/@showAs") == one(label));
  }
}

BOOST_DATA_TEST_CASE(status_and_implementation_reports_keep_the_text_too, boost::unit_test::data::make(kCases), h) {
  domain::Dossier d = hostileDossier(h);
  d.commitments.front().text = h.text;
  d.reports.front().narrative = h.text;
  std::string status = test::renderOrFail(d, DocumentKind::kEndorsementStatus, Format::kXml);
  BOOST_TEST(test::xpathValues(status, "//s:country[@code='HR']/s:statement") == one(h.text));
  std::string impl = test::renderOrFail(d, DocumentKind::kImplementation, Format::kXml);
  BOOST_TEST(test::xpathValues(impl, "//i:commitment/i:text") == one(h.text));
  BOOST_TEST(test::xpathValues(impl, "//i:latestReport/i:narrative") == one(h.text));
  auto files = test::unzip(test::renderOrFail(d, DocumentKind::kEndorsementStatus, Format::kDocx));
  auto paragraphs = test::paragraphTexts(files["word/document.xml"]);
  BOOST_TEST((std::find(paragraphs.begin(), paragraphs.end(), "Statement: " + h.text) != paragraphs.end()));
}

BOOST_AUTO_TEST_SUITE_END()
