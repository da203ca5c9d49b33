#include "declaration_setup.h"

#include "accord/app/permissions.h"
#include "page.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

Data newDeclarationForm(const Visit& v, const Conference& c, const Error* error) {
  if (!app::conferencePermissionsFor(v.actor()).createDeclaration) return Data(false);
  Data f;
  f.set("action", link(v, "/conferences/" + pathSegment(c.id.str()) + "/declarations"));
  const bool refill = error != nullptr;
  f.set("id", refill ? v.field("id") : std::string());
  f.set("title", refill ? v.field("title") : std::string());
  f.set("baseLanguage", refill ? v.field("baseLanguage") : std::string("en"));
  std::string kind = refill ? v.field("kind") : std::string(toString(DeclarationKind::kJointDeclaration));
  List kinds;
  for (const char* name : enumNames<DeclarationKind>()) {
    std::string label = name;  // "joint_declaration" reads "joint declaration"
    for (char& ch : label)
      if (ch == '_') ch = ' ';
    kinds.push_back(choice(name, label, kind == name));
  }
  f.set("kinds", kinds);
  f.set("open", refill);
  return f;
}

Result<Declaration> declarationFromForm(const Visit& v, const ConferenceId& conference) {
  auto kind = parseDeclarationKind("kind", v.field("kind"));
  if (!kind.ok()) return kind.error();
  Declaration d;
  std::string id = v.field("id");
  // A made-up id keeps the form to what a person knows; the API takes chosen ids.
  if (id.empty()) id = madeUpId("decl-");
  d.id = DeclarationId(id);
  d.conference = conference;
  d.title = v.field("title");
  d.kind = *kind;
  d.baseLanguage = v.field("baseLanguage");
  return d;
}

}  // namespace accord::web
