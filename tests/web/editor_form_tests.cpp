#include "editor_form.h"

#include <boost/test/unit_test.hpp>

using namespace accord::web;
using accord::domain::ClauseId;

namespace {
std::function<std::string()> counter() {
  auto n = std::make_shared<int>(0);
  return [n] { return "new-" + std::to_string(++*n); };
}
}  // namespace

BOOST_AUTO_TEST_SUITE(editor_form_tests)

BOOST_AUTO_TEST_CASE(positions_reorder_siblings_and_keep_ids) {
  Fields f = {{"c.0.id", "c1"}, {"c.0.order", "2"}, {"c.0.text", "First"},
              {"c.1.id", "c2"}, {"c.1.order", "1"}, {"c.1.text", "Second"},
              {"c.new.id", ""}, {"c.new.order", "3"}, {"c.new.text", ""}};
  ParsedText p = parseEditorForm(f, counter());
  BOOST_REQUIRE_EQUAL(p.revision.operative.size(), 2u);
  BOOST_TEST(p.revision.operative[0].id.str() == "c2");
  BOOST_TEST(p.revision.operative[1].id.str() == "c1");
}

BOOST_AUTO_TEST_CASE(blank_new_rows_are_ignored_and_filled_ones_get_fresh_ids) {
  Fields f = {{"c.0.id", "c1"}, {"c.0.order", "1"}, {"c.0.text", "One"},
              {"c.0.new.id", ""}, {"c.0.new.order", "1"}, {"c.0.new.text", "sub-item"},
              {"c.new.id", ""}, {"c.new.order", "2"}, {"c.new.text", "  \n"},
              {"r.new.id", ""}, {"r.new.order", "1"}, {"r.new.lead", "Noting"}, {"r.new.text", "the report,"}};
  ParsedText p = parseEditorForm(f, counter());
  BOOST_REQUIRE_EQUAL(p.revision.operative.size(), 1u);
  BOOST_REQUIRE_EQUAL(p.revision.operative[0].items.size(), 1u);
  BOOST_TEST(p.revision.operative[0].items[0].id.str().rfind("new-", 0) == 0u);
  BOOST_REQUIRE_EQUAL(p.revision.preamble.size(), 1u);
  BOOST_TEST(p.revision.preamble[0].leadPhrase == "Noting");
}

BOOST_AUTO_TEST_CASE(deleting_a_clause_drops_its_sub_items) {
  Fields f = {{"c.0.id", "c1"}, {"c.0.order", "1"}, {"c.0.text", "One"}, {"c.0.delete", "1"},
              {"c.0.0.id", "c1a"}, {"c.0.0.order", "1"}, {"c.0.0.text", "sub"},
              {"c.1.id", "c2"}, {"c.1.order", "2"}, {"c.1.text", "Two"}};
  ParsedText p = parseEditorForm(f, counter());
  BOOST_REQUIRE_EQUAL(p.revision.operative.size(), 1u);
  BOOST_TEST(p.revision.operative[0].id.str() == "c2");
  BOOST_TEST(p.revision.operative[0].items.empty());
}

BOOST_AUTO_TEST_CASE(an_error_of_the_new_text_points_at_its_form_row) {
  Fields f = {{"c.0.id", "c1"}, {"c.0.order", "2"}, {"c.0.text", "One"},
              {"c.0.0.id", "c1a"}, {"c.0.0.order", "1"}, {"c.0.0.text", ""},
              {"c.1.id", "c2"}, {"c.1.order", "1"}, {"c.1.text", "Two"}};
  ParsedText p = parseEditorForm(f, counter());
  // After reordering, form row c.0.0 is operative[1].items[0] of the new text.
  BOOST_TEST(rowOfError(p, "revision.operative[1].items[0].text") == "c.0.0");
  BOOST_TEST(rowOfError(p, "revision.operative[0].text") == "c.1");
  BOOST_TEST(rowOfError(p, "revision.changeNote") == "");
}

BOOST_AUTO_TEST_CASE(rows_of_a_revision_round_trip_through_the_form) {
  accord::domain::Revision r;
  r.operative.push_back({ClauseId("c1"), "One", {{ClauseId("c1a"), "sub", {}}}});
  r.preamble.push_back({ClauseId("p1"), "Recognizing", "text"});
  Data rows = editorRows(r, {}, nullptr);
  BOOST_TEST(rows.get("clauses")->list_value().size() == 2u);  // c.0 and the blank c.new
  BOOST_TEST(rows.get("recitals")->list_value().size() == 2u);
}

BOOST_AUTO_TEST_SUITE_END()
