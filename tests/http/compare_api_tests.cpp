// Comparing two revisions over HTTP: the JSON answer reads back, piece by piece, as
// both revisions' texts (fetched through the API, not from the comparison); and the
// redline downloads as a Word document.
#include <map>

#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {

// Each unit's text by id, from GET .../revisions/{n}: preamble and clause tree.
std::map<std::string, std::string> unitTexts(Client& c, int n) {
  std::map<std::string, std::string> out;
  auto r = c.get(std::string(kDeclaration) + "/revisions/" + std::to_string(n)).json();
  auto preamble = r->getArray("preamble");
  for (std::size_t i = 0; i < preamble->size(); ++i) {
    auto rec = preamble->getObject(static_cast<unsigned>(i));
    out[rec->getValue<std::string>("id")] = rec->getValue<std::string>("text");
  }
  std::function<void(Poco::JSON::Array::Ptr)> clauses = [&](Poco::JSON::Array::Ptr list) {
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      auto c = list->getObject(static_cast<unsigned>(i));
      out[c->getValue<std::string>("id")] = c->getValue<std::string>("text");
      clauses(c->getArray("items"));
    }
  };
  clauses(r->getArray("operative"));
  return out;
}

// The pieces of `text` that one side reads: "delete" pieces for the older,
// "insert" for the newer, "equal" for both.
std::string sideOf(Poco::JSON::Array::Ptr pieces, const std::string& skip) {
  std::string out;
  for (std::size_t i = 0; i < pieces->size(); ++i) {
    auto p = pieces->getObject(static_cast<unsigned>(i));
    std::string op = p->getValue<std::string>("op");
    BOOST_TEST((op == "equal" || op == "insert" || op == "delete"), op);
    if (op != skip) out += p->getValue<std::string>("text");
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(compare_api_tests)

BOOST_AUTO_TEST_CASE(the_pieces_read_back_as_both_revisions) {
  PluginServer server;
  Client c = server.client();
  for (auto [from, to] : {std::pair{1, 2}, {2, 3}, {1, 3}}) {
    BOOST_TEST_CONTEXT(from << " -> " << to) {
      Response r = c.get(std::string(kDeclaration) + "/compare?from=" + std::to_string(from) +
                         "&to=" + std::to_string(to));
      BOOST_TEST_REQUIRE(r.status == 200, r.body);
      auto body = r.json();
      BOOST_TEST(body->getValue<int>("from") == from);
      BOOST_TEST(body->getValue<int>("to") == to);
      auto older = unitTexts(c, from), newer = unitTexts(c, to);
      auto units = body->getArray("units");
      std::size_t seenOld = 0, seenNew = 0;
      for (std::size_t i = 0; i < units->size(); ++i) {
        auto u = units->getObject(static_cast<unsigned>(i));
        std::string id = u->getValue<std::string>("id"), change = u->getValue<std::string>("change");
        auto text = u->getArray("text");
        BOOST_TEST_CONTEXT(id << " " << change) {
          if (change != "added") {
            ++seenOld;
            BOOST_TEST(sideOf(text, "insert") == older[id]);
            BOOST_TEST(!u->isNull("numberBefore"));
          } else {
            BOOST_TEST(u->isNull("numberBefore"));
          }
          if (change != "deleted") {
            ++seenNew;
            BOOST_TEST(sideOf(text, "delete") == newer[id]);
          } else {
            BOOST_TEST(u->isNull("numberAfter"));
          }
          if (change == "unchanged") BOOST_TEST(older[id] == newer[id]);
        }
      }
      BOOST_TEST(seenOld == older.size());
      BOOST_TEST(seenNew == newer.size());
    }
  }
}

BOOST_AUTO_TEST_CASE(a_revision_compared_with_itself_has_no_changes) {
  PluginServer server;
  auto body = server.client().get(std::string(kDeclaration) + "/compare?from=2&to=2").json();
  for (const char* count : {"added", "deleted", "changed", "moved"}) BOOST_TEST(body->getValue<int>(count) == 0);
}

BOOST_AUTO_TEST_CASE(the_redline_downloads_as_a_word_document_named_for_both_revisions) {
  PluginServer server;
  Response r = server.client().get(std::string(kDeclaration) + "/render?document=redline&from=1&to=3");
  BOOST_TEST_REQUIRE(r.status == 200, r.body.substr(0, 300));
  BOOST_TEST(r.header("Content-Type") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  BOOST_TEST(r.header("Content-Disposition") ==
             "attachment; filename=\"skopje-joint-declaration-r1-r3-redline.docx\"");
  BOOST_TEST(r.body.substr(0, 2) == "PK");
  // The same revisions give the same bytes.
  Response again = server.client().get(std::string(kDeclaration) + "/render?document=redline&from=1&to=3");
  BOOST_TEST((again.body == r.body));
}

BOOST_AUTO_TEST_SUITE_END()
