#include "editor_form.h"
#include "shipped_words.h"

#include <boost/test/unit_test.hpp>

using namespace accord::web;
using accord::domain::ClauseId;

namespace {
std::function<std::string()> counter() {
  auto n = std::make_shared<int>(0);
  return [n] { return "new-" + std::to_string(++*n); };
}
}  // namespace

namespace {
const accord::web::Wording en = accord::web::shippedWords();
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
  Data rows = editorRows(en, draftOf(r), {});
  const auto& clauses = rows.get("clauses")->list_value();
  BOOST_TEST(clauses.size() == 2u);  // c.0 and the blank c.new
  BOOST_TEST(clauses[1].get("error")->is_false());  // a blank row is not in error
  BOOST_TEST(rows.get("recitals")->list_value().size() == 2u);
  // No blank slot under each item: the sub-item is the only one.
  BOOST_TEST(clauses[0].get("items")->list_value().size() == 1u);
}

namespace {
// The printed numbers and ids of the top-level clauses of a form's rows.
std::vector<std::string> shown(const Data& rows) {
  std::vector<std::string> out;
  for (const Data& c : rows.get("clauses")->list_value())
    if (!c.get("isNew")->is_true()) out.push_back(c.get("label")->string_value() + " " + c.get("id")->string_value());
  return out;
}

Fields formOf(const Data& rows) {
  Fields f;
  for (const Data& c : rows.get("clauses")->list_value()) {
    std::string path = c.get("path")->string_value();
    f[path + ".id"] = c.get("id")->string_value();
    f[path + ".order"] = c.get("order")->string_value();
    f[path + ".text"] = c.get("text")->string_value();
  }
  return f;
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_move_renumbers_the_clauses_in_order) {
  accord::domain::Revision r;
  for (const char* id : {"c1", "c2", "c3"}) r.operative.push_back({ClauseId(id), std::string("Text ") + id, {}});
  Draft d = draftOfForm(formOf(editorRows(en, draftOf(r), {})));
  auto focus = applyEdit(d, "up c.2");
  BOOST_REQUIRE(focus.ok());
  BOOST_TEST(*focus == "up c.1");  // the moved clause's own button keeps the focus
  Data rows = editorRows(en, d, {}, *focus);
  BOOST_TEST(shown(rows) == (std::vector<std::string>{"1. c1", "2. c3", "3. c2"}), boost::test_tools::per_element());
  const Data& moved = rows.get("clauses")->list_value()[1];
  BOOST_TEST(moved.get("name")->string_value() == "clause 2");
  BOOST_TEST(moved.get("focusUp")->is_true());
  // And the form posted from that page saves in that order.
  ParsedText p = parseEditorForm(formOf(rows), counter());
  BOOST_TEST(p.revision.operative[1].id.str() == "c3");
}

BOOST_AUTO_TEST_CASE(buttons_are_named_with_their_item) {
  accord::domain::Revision r;
  r.operative.push_back({ClauseId("c1"), "One", {}});
  r.operative.push_back({ClauseId("c2"), "Two", {{ClauseId("c2a"), "a", {{ClauseId("c2ai"), "i", {}}}}}});
  Data rows = editorRows(en, draftOf(r), {});
  const Data& second = rows.get("clauses")->list_value()[1];
  BOOST_TEST(second.get("name")->string_value() == "clause 2");
  BOOST_TEST(second.get("upOp")->string_value() == "up c.1");
  BOOST_TEST(second.get("canDown")->is_false());
  const Data& sub = second.get("items")->list_value()[0];
  BOOST_TEST(sub.get("name")->string_value() == "sub-item 2(a)");
  BOOST_TEST(sub.get("kind")->string_value() == "sub-item");
  const Data& subsub = sub.get("items")->list_value()[0];
  BOOST_TEST(subsub.get("name")->string_value() == "sub-item 2(a)(i)");
  BOOST_TEST(subsub.get("canAddSub")->is_false());  // no fourth level
}

BOOST_AUTO_TEST_CASE(added_rows_land_where_asked_and_blank_ones_drop_on_save) {
  accord::domain::Revision r;
  r.operative.push_back({ClauseId("c1"), "One", {}});
  r.operative.push_back({ClauseId("c2"), "Two", {}});
  Draft d = draftOf(r);
  BOOST_TEST(*applyEdit(d, "add-after c.0") == "text c.1");
  BOOST_TEST(*applyEdit(d, "add-sub c.2") == "text c.2.0");
  Data rows = editorRows(en, d, {}, "text c.1");
  BOOST_TEST(shown(rows) == (std::vector<std::string>{"1. c1", "2. ", "3. c2"}), boost::test_tools::per_element());
  BOOST_TEST(rows.get("clauses")->list_value()[1].get("focusText")->is_true());
  // Nobody typed into them: saving leaves them out.
  ParsedText p = parseEditorForm(formOf(rows), counter());
  BOOST_TEST(p.revision.operative.size() == 2u);
}

BOOST_AUTO_TEST_CASE(an_edit_the_draft_does_not_have_is_refused_naming_op) {
  accord::domain::Revision r;
  r.operative.push_back({ClauseId("c1"), "One", {}});
  for (const char* op : {"up c.0", "down c.0", "up c.7", "drop c.0", "up", "up c.x", "add-sub r.0", "up c.0.0.0.0",
                         "add-after c.0 extra", "up c.99999999999"}) {
    Draft d = draftOf(r);
    auto got = applyEdit(d, op);
    BOOST_TEST(!got.ok(), op);
    if (!got.ok()) BOOST_TEST(got.error().field == "op");
  }
}

BOOST_AUTO_TEST_SUITE_END()
