// The served OpenAPI document names every value of every domain enum the API
// reads or writes. Values are found by walking each enum's range through the
// domain's toString (an unnamed value spells "?"), not through the list the
// document is built from, so a value the document lacks fails here.
#include <set>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "accord/domain/account.h"
#include "accord/domain/document.h"
#include "accord/domain/dossier.h"
#include "accord/domain/revision_diff.h"
#include "plugin_server.h"

using namespace accord;
using namespace accord::domain;
using namespace accord::test;

namespace {

struct EnumCase {
  std::string component;            // the schema in components/schemas
  std::vector<std::string> values;  // every name the domain gives the enum
};

// Every named value of E: enum class values run from 0 without gaps, and the
// first past the end has no name.
template <class E>
EnumCase valuesOf(const std::string& component) {
  EnumCase c{component, {}};
  for (int i = 0; i < 64; ++i) {
    std::string name = toString(static_cast<E>(i));
    if (name == "?") break;
    c.values.push_back(name);
  }
  return c;
}

std::vector<EnumCase> apiEnums() {
  return {valuesOf<ConferenceStatus>("ConferenceStatus"),
          valuesOf<DelegateRole>("DelegateRole"),
          valuesOf<DeclarationKind>("DeclarationKind"),
          valuesOf<DeclarationStatus>("DeclarationStatus"),
          valuesOf<EndorsementStatus>("EndorsementStatus"),
          valuesOf<EndorsementMethod>("EndorsementMethod"),
          valuesOf<MilestoneState>("MilestoneState"),
          valuesOf<Acceptance>("Acceptance"),
          valuesOf<ImplementationStatus>("ImplementationStatus"),
          valuesOf<Assessment>("Assessment"),
          valuesOf<Timeliness>("Timeliness"),
          valuesOf<ReportState>("ReportState"),
          valuesOf<Role>("Role"),
          valuesOf<UnitKind>("UnitKind"),
          valuesOf<ChangeKind>("ChangeKind"),
          valuesOf<TextSpan::Op>("DiffOp"),
          valuesOf<DocumentKind>("DocumentKind")};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(openapi_enums_tests)

BOOST_AUTO_TEST_CASE(the_document_lists_every_value_of_every_domain_enum) {
  PluginServer server;
  auto schemas = server.client().get("/api/v1/openapi.json").json()->getObject("components")->getObject("schemas");
  BOOST_TEST_REQUIRE(!schemas.isNull());
  for (const EnumCase& e : apiEnums()) {
    BOOST_TEST_CONTEXT(e.component) {
      BOOST_TEST_REQUIRE(e.values.size() >= 2u, "too few values to be an enum");
      auto schema = schemas->getObject(e.component);
      BOOST_TEST_REQUIRE(!schema.isNull(), "not a component schema");
      auto listed = schema->getArray("enum");
      BOOST_TEST_REQUIRE(!listed.isNull(), "the schema has no enum");
      std::set<std::string> names;
      for (std::size_t i = 0; i < listed->size(); ++i) names.insert(listed->getElement<std::string>(i));
      for (const auto& v : e.values) BOOST_TEST(names.count(v) == 1u, "lacks " << v);
      BOOST_TEST(names.size() == e.values.size(), "lists a value the domain does not have");
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
