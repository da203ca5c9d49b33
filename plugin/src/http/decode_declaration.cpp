// Declaration bodies: a new declaration, a lifecycle move, the text of a new
// revision.
#include "accord/json/node.h"
#include "decode.h"

namespace accord::http::decode {

using namespace accord::domain;
using json::Node;
namespace tr = text_rules;

namespace {

// Fields of the representation that a request may not set, with what to do instead.
void refuse(Node& n, Poco::JSON::Object::Ptr body, const char* key, const char* instead) {
  if (!body->has(key)) return;
  n.fail(key, instead);
  body->remove(key);  // reported once, not again as unknown
}

Clause clause(Node n, int depth) {
  Clause c;
  c.id = ClauseId(n.id("id"));
  c.text = n.text("text", tr::kClause);
  // Nesting beyond the limit is reported by the domain's validate(Revision).
  if (depth <= kMaxClauseDepth)
    for (auto& item : n.objects("items")) c.items.push_back(clause(item, depth + 1));
  n.finish();
  return c;
}

}  // namespace

Decoded<Declaration> newDeclaration(Poco::JSON::Object::Ptr body, const std::optional<std::string>& conference) {
  Decoded<Declaration> out;
  Node n(body, "$", out.errors);
  refuse(n, body, "status", "cannot be set on creation: a declaration starts in drafting; PATCH it later");
  refuse(n, body, "revisions", "cannot be set on creation: POST each revision to .../revisions");
  refuse(n, body, "finalRevision", "cannot be set: freezing (status final) fixes it");
  Declaration& d = out.value;
  d.id = DeclarationId(n.id("id"));
  if (n.has("conference")) {
    d.conference = ConferenceId(n.id("conference"));
    if (conference && *conference != d.conference.str())
      n.fail("conference", "differs from the conference named in the query (" + *conference + ")");
  } else if (conference) {
    n.optionalId("conference");
    d.conference = ConferenceId(*conference);
  } else {
    n.fail("conference", "is required (in the body or as ?conference=ID)");
  }
  d.title = n.text("title", tr::kName);
  d.kind = n.enumeration("kind", parseDeclarationKind, std::optional(DeclarationKind::kJointDeclaration));
  if (n.has("baseLanguage")) d.baseLanguage = n.text("baseLanguage", tr::kName);
  else n.text("baseLanguage", tr::kOptionalName);
  d.invitedCountries = n.countries("invitedCountries");
  n.finish();
  return out;
}

Decoded<app::DeclarationChange> declarationPatch(Poco::JSON::Object::Ptr body) {
  Decoded<app::DeclarationChange> out;
  Node n(body, "$", out.errors);
  for (const char* key : {"kind", "baseLanguage"})
    refuse(n, body, key, "is fixed when the declaration is created");
  refuse(n, body, "finalRevision", "is set by moving the status to final, which freezes the latest revision");
  refuse(n, body, "revisions", "grow by POST .../revisions; a stored revision never changes");
  refuse(n, body, "version", "is not set by a patch; send the version you read as If-Match");
  app::DeclarationChange& c = out.value;
  if (n.has("title")) c.title = n.text("title", tr::kName);
  if (n.has("invitedCountries")) c.invitedCountries = n.countries("invitedCountries");
  if (n.has("status")) c.status = n.enumeration("status", parseDeclarationStatus);
  if (!c.title && !c.invitedCountries && !c.status && out.errors.empty())
    n.fail("status", "is missing: a patch changes at least one of title, invitedCountries, status");
  n.finish();
  return out;
}

Decoded<Revision> newRevision(Poco::JSON::Object::Ptr body) {
  Decoded<Revision> out;
  Node n(body, "$", out.errors);
  refuse(n, body, "number", "is given by the server: the next after the latest");
  refuse(n, body, "author", "is the authenticated actor");
  refuse(n, body, "createdAt", "is the time the server receives the revision");
  Revision& r = out.value;
  r.changeNote = n.text("changeNote", tr::kNote);
  for (auto& rec : n.objects("preamble")) {
    r.preamble.push_back(
        {ClauseId(rec.id("id")), rec.text("leadPhrase", tr::kLeadPhrase), rec.text("text", tr::kClause)});
    rec.finish();
  }
  for (auto& c : n.objects("operative", true)) r.operative.push_back(clause(c, 1));
  r.closingFormula = n.text("closingFormula", tr::kLongText);
  n.finish();
  return out;
}

}  // namespace accord::http::decode
