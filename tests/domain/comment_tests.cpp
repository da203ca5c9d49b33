#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/comment.h"
#include "accord/domain/declaration.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(comment_tests)

namespace {
Comment comment() {
  Comment c;
  c.anchor = {1, ClauseId("op-1"), ""};
  c.text = "Which indicators?";
  return c;
}

struct Bad {
  const char* name;
  void (*spoil)(Comment&);
  const char* field;
};
std::ostream& operator<<(std::ostream& os, const Bad& b) { return os << b.name; }
const Bad kBad[] = {
    {"empty text", [](Comment& c) { c.text = "  "; }, "comment.text"},
    {"text over 10000 characters", [](Comment& c) { c.text = std::string(10001, 'x'); }, "comment.text"},
    {"a control character", [](Comment& c) { c.text = "bell\x07"; }, "comment.text"},
    {"a quote over 2000 characters", [](Comment& c) { c.anchor.quote = std::string(2001, 'q'); }, "comment.quote"},
    {"a bad unit id", [](Comment& c) { c.anchor.unit = ClauseId("op 1"); }, "comment.unit"},
    {"a reply to two remarks", [](Comment& c) { c.replyToComment = 1; c.replyToAmendment = 2; }, "comment.replyTo"},
    {"support for no amendment", [](Comment& c) { c.supports = true; }, "comment.supports"},
};
}  // namespace

BOOST_DATA_TEST_CASE(bad_comments_are_refused_naming_the_field, bdata::make(kBad), bad) {
  Comment c = comment();
  bad.spoil(c);
  Status s = normalize(c);
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == bad.field);
}

BOOST_AUTO_TEST_CASE(markup_and_mixed_scripts_are_kept_as_text) {
  Comment c = comment();
  c.text = "<b>{{title}}</b> Кирилица ελληνικά\r\nnext line";
  BOOST_REQUIRE(normalize(c).ok());
  BOOST_TEST(c.text == "<b>{{title}}</b> Кирилица ελληνικά\nnext line");
}

BOOST_AUTO_TEST_CASE(a_unit_is_found_among_recitals_and_clauses_at_any_depth) {
  Revision r = draftDeclaration().revisions[0];
  BOOST_TEST(*unitText(r, ClauseId("rec-1")) == "that trafficking follows migration routes,");
  BOOST_TEST(*unitText(r, ClauseId("op-1-b")) == "for NGOs.");
  BOOST_TEST(unitText(r, ClauseId("op-9")) == nullptr);
}

BOOST_AUTO_TEST_SUITE_END()
