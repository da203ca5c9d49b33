// The redline as the renderer writes it: Word's tracked changes by the newer
// revision's author at its time, deleted text only in w:delText, paragraph marks
// of whole paragraphs tracked, the same bytes every time; DOCX only, and both
// revisions named. (Readers accepting and rejecting the changes: check_redline.py.)
#include <boost/test/unit_test.hpp>

#include "render_fixtures.h"

using namespace accord;
using namespace accord::render;

namespace {

struct Redline {
  domain::Dossier dossier = test::renderDossier();
  domain::CountryCatalog catalog = test::renderCatalog();

  RenderRequest request(std::optional<int> from, std::optional<int> to, Format format = Format::kDocx) const {
    return {dossier, catalog, domain::DeclarationId("decl"), DocumentKind::kRedline, format, to,
            test::day("2017-09-01"), from};
  }
  std::string documentXml(int from, int to) const {
    auto out = test::builtinRenderer().render(request(from, to));
    BOOST_REQUIRE_MESSAGE(out.ok(), (out.ok() ? "" : out.error().message));
    return test::unzip(out.value())["word/document.xml"];
  }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(view_model_redline_tests, Redline)

BOOST_AUTO_TEST_CASE(changes_are_tracked_by_the_newer_revisions_author_at_its_time) {
  dossier.declarations.front().revisions[1].author = "Ana <Editor> & co";
  std::string xml = documentXml(1, 2);
  auto authors = test::xpathValues(xml, "//w:ins/@w:author | //w:del/@w:author");
  BOOST_TEST_REQUIRE(!authors.empty());
  for (const auto& a : authors) BOOST_TEST(a == "Ana <Editor> & co");
  for (const auto& d : test::xpathValues(xml, "//w:ins/@w:date | //w:del/@w:date"))
    BOOST_TEST(d == dossier.declarations.front().revisions[1].createdAt.iso());
  auto ids = test::xpathValues(xml, "//w:ins/@w:id | //w:del/@w:id");
  std::sort(ids.begin(), ids.end());
  BOOST_TEST((std::adjacent_find(ids.begin(), ids.end()) == ids.end()), "a w:id repeats");
}

BOOST_AUTO_TEST_CASE(deleted_text_is_deltext_and_whole_paragraphs_track_their_marks) {
  std::string xml = documentXml(2, 1);  // the sub-items (a), (a)(i), (b) are deleted
  BOOST_TEST(test::xpathValues(xml, "//w:del//w:t").empty());
  auto deleted = test::xpathValues(xml, "//w:del//w:delText");
  BOOST_TEST((std::find(deleted.begin(), deleted.end(), "train first-line officials;") != deleted.end()));
  // Three whole paragraphs gone: each has its mark deleted too.
  BOOST_TEST(test::xpathValues(xml, "//w:p/w:pPr/w:rPr/w:del").size() == 3u);
  BOOST_TEST(test::xpathValues(documentXml(1, 2), "//w:p/w:pPr/w:rPr/w:ins").size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_renumbered_label_is_deleted_and_inserted) {
  auto& revisions = dossier.declarations.front().revisions;
  BOOST_TEST(test::xpathValues(documentXml(2, 2), "//w:ins | //w:del").empty());  // a revision against itself
  domain::Revision r3 = revisions[1];
  r3.number = 3;
  r3.operative[0].items.erase(r3.operative[0].items.begin());  // (b) becomes (a)
  revisions.push_back(r3);
  std::string xml = documentXml(2, 3);
  auto inserted = test::xpathValues(xml, "//w:ins//w:t");
  auto deleted = test::xpathValues(xml, "//w:del//w:delText");
  BOOST_TEST((inserted == std::vector<std::string>{"(a)"}), "inserted: " << inserted.size());
  BOOST_TEST((std::find(deleted.begin(), deleted.end(), "(b)") != deleted.end()));
}

BOOST_AUTO_TEST_CASE(the_same_revisions_give_the_same_bytes) {
  auto a = test::builtinRenderer().render(request(1, 2));
  auto b = test::builtinRenderer().render(request(1, 2));
  BOOST_REQUIRE(a.ok() && b.ok());
  BOOST_TEST((a.value() == b.value()));
}

BOOST_AUTO_TEST_CASE(a_redline_is_docx_only_and_names_the_revision_it_lacks) {
  struct Bad {
    std::optional<int> from, to;
    Format format;
    const char* field;
  };
  for (const Bad& bad : {Bad{1, 2, Format::kXml, "format"}, Bad{std::nullopt, 2, Format::kDocx, "from"},
                         Bad{1, std::nullopt, Format::kDocx, "to"}, Bad{7, 2, Format::kDocx, "from"},
                         Bad{1, 7, Format::kDocx, "to"}}) {
    auto out = test::builtinRenderer().render(request(bad.from, bad.to, bad.format));
    BOOST_TEST_REQUIRE(!out.ok());
    BOOST_TEST(static_cast<int>(out.error().code) == static_cast<int>(domain::ErrorCode::kInvalidArgument));
    BOOST_TEST(out.error().field == bad.field);
  }
}

BOOST_AUTO_TEST_SUITE_END()
