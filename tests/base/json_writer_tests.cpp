// base::JsonWriter: compact text for hashing, indented text for files people read.
#include <boost/test/unit_test.hpp>

#include "accord/base/json_writer.h"

using accord::base::JsonWriter;

namespace {
// The same small document, written into `w`.
std::string sample(JsonWriter w) {
  w.beginObject().field("a", 1).key("list").beginArray().value("x").beginObject().field("b", true).endObject();
  w.endArray().key("empty").beginArray().endArray().key("none").beginObject().endObject().field("c", "\"q\"");
  w.endObject();
  return w.str();
}
}  // namespace

BOOST_AUTO_TEST_SUITE(json_writer_tests)

BOOST_AUTO_TEST_CASE(compact_text_has_no_whitespace) {
  BOOST_TEST(sample(JsonWriter()) == R"({"a":1,"list":["x",{"b":true}],"empty":[],"none":{},"c":"\"q\""})");
}

BOOST_AUTO_TEST_CASE(indented_text_puts_each_member_on_its_line_and_keeps_empty_containers_short) {
  BOOST_TEST(sample(JsonWriter(2)) == "{\n"
                                      "  \"a\": 1,\n"
                                      "  \"list\": [\n"
                                      "    \"x\",\n"
                                      "    {\n"
                                      "      \"b\": true\n"
                                      "    }\n"
                                      "  ],\n"
                                      "  \"empty\": [],\n"
                                      "  \"none\": {},\n"
                                      "  \"c\": \"\\\"q\\\"\"\n"
                                      "}");
}

BOOST_AUTO_TEST_SUITE_END()
