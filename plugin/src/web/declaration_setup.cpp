#include "declaration_setup.h"

#include "accord/app/permissions.h"
#include "accord/domain/text.h"
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

std::vector<Error> declarationFormErrors(const Visit& v) {
  std::vector<Error> errors;
  // In the form's order; the domain's header rules (normalizeHeader) under the form's names.
  if (auto t = validateText("title", v.field("title"), text_rules::kName); !t.ok()) errors.push_back(t.error());
  if (auto kind = parseDeclarationKind("kind", v.field("kind")); !kind.ok()) errors.push_back(kind.error());
  if (v.field("baseLanguage").size() != 2)
    errors.push_back(Error::invalid("baseLanguage", "must be a two-letter language code such as 'en'"));
  if (!v.field("id").empty())
    if (Status s = validateId("id", v.field("id")); !s.ok()) errors.push_back(s.error());
  return errors;
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
