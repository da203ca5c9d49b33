// Declaration bodies: a new declaration, a lifecycle move, the text of a new
// revision.
#include "accord/json/node.h"
#include "accord/json/records.h"
#include "decode.h"

namespace accord::http::decode {

using namespace accord::domain;
using namespace json;
namespace tr = text_rules;

Decoded<Declaration> newDeclaration(Poco::JSON::Object::Ptr body, const std::optional<std::string>& conference) {
  Decoded<Declaration> out;
  Node n(body, "$", out.errors);
  n.forbid("status", "cannot be set on creation: a declaration starts in drafting; PATCH it later");
  n.forbid("revisions", "cannot be set on creation: POST each revision to .../revisions");
  n.forbid("finalRevision", "cannot be set: freezing (status final) fixes it");
  ConferenceId in;
  if (n.has("conference")) {
    in = ConferenceId(n.id("conference"));
    if (conference && *conference != in.str())
      n.fail("conference", "differs from the conference named in the query (" + *conference + ")");
  } else if (conference) {
    n.optionalId("conference");
    in = ConferenceId(*conference);
  } else {
    n.fail("conference", "is required (in the body or as ?conference=ID)");
  }
  out.value = readDeclarationFields(n, in, false);
  n.finish();
  return out;
}

Decoded<app::DeclarationChange> declarationPatch(Poco::JSON::Object::Ptr body) {
  Decoded<app::DeclarationChange> out;
  Node n(body, "$", out.errors);
  for (const char* key : {"kind", "baseLanguage"})
    n.forbid(key, "is fixed when the declaration is created");
  n.forbid("finalRevision", "is set by moving the status to final, which freezes the latest revision");
  n.forbid("revisions", "grow by POST .../revisions; a stored revision never changes");
  n.forbid("version", "is not set by a patch; send the version you read as If-Match");
  app::DeclarationChange& c = out.value;
  if (n.has("title")) c.title = n.text("title", tr::kName);
  if (n.has("invitedCountries")) c.invitedCountries = n.countries("invitedCountries");
  if (n.has("status")) c.status = n.enumeration("status", parseDeclarationStatus);
  if (n.has("consultationVisibility"))
    c.consultationVisibility = n.enumeration("consultationVisibility", parseConsultationVisibility);
  if (n.has("finalNeedsAuthenticVersions"))
    c.finalNeedsAuthenticVersions = n.boolean("finalNeedsAuthenticVersions", true);
  if (!c.title && !c.invitedCountries && !c.status && !c.consultationVisibility && !c.finalNeedsAuthenticVersions &&
      out.errors.empty())
    n.fail("status",
           "is missing: a patch changes at least one of title, invitedCountries, status, consultationVisibility, "
           "finalNeedsAuthenticVersions");
  n.finish();
  return out;
}

Decoded<NewRevision> newRevision(Poco::JSON::Object::Ptr body) {
  Decoded<NewRevision> out;
  Node n(body, "$", out.errors);
  n.forbid("number", "is given by the server: the next after the latest");
  n.forbid("author", "is the authenticated actor");
  n.forbid("createdAt", "is the time the server receives the revision; an earlier day goes in happenedOn");
  out.value.text = readRevisionFields(n, false);
  out.value.happenedOn = n.optionalDate("happenedOn");
  out.value.incorporate = n.integers("incorporate", 1, 1000000000);
  n.finish();
  return out;
}

}  // namespace accord::http::decode
