#include "accord/json/consultation.h"

#include "write_support.h"

namespace accord::json {

using namespace accord::domain;
using namespace detail;
namespace tr = text_rules;

namespace {
void remarkHead(JsonWriter& w, const DeclarationId& d, int number, const Anchor& a, Include include) {
  if (include.parent) w.field("declaration", d.str());
  w.field("number", number)
      .field("revision", a.revision)
      .field("unit", a.unit.str())
      .field("quote", a.quote);
}

void remarkAuthor(JsonWriter& w, const std::string& author, const std::optional<CountryCode>& country,
                  const Timestamp& at) {
  w.field("author", author)
      .field("country", country ? std::optional<std::string>(country->str()) : std::nullopt)
      .field("createdAt", at.iso());
}

// Unit and quote of a new remark; a reply leaves them to its parent.
Anchor readAnchor(Node& n, bool reply) {
  Anchor a;
  if (reply) {
    if (n.has("unit")) n.forbid("unit", "a reply is on its parent's unit");
    if (n.has("quote")) n.forbid("quote", "a reply quotes what its parent quotes");
    return a;
  }
  a.unit = ClauseId(n.id("unit"));
  a.quote = n.text("quote", tr::kNote);
  return a;
}

void forbidServerKeys(Node& n) {
  for (const char* key : {"declaration", "number", "revision", "author", "createdAt"})
    if (n.has(key)) n.forbid(key, "is set by the server");
}
}  // namespace

void writeComment(JsonWriter& w, const Comment& c, Include include) {
  w.beginObject();
  remarkHead(w, c.declaration, c.number, c.anchor, include);
  w.field("replyToComment", c.replyToComment)
      .field("replyToAmendment", c.replyToAmendment)
      .field("supports", c.supports)
      .field("text", c.text);
  remarkAuthor(w, c.author, c.country, c.createdAt);
  w.endObject();
}

void writeAmendment(JsonWriter& w, const Amendment& a, Include include, const Members& more) {
  w.beginObject();
  remarkHead(w, a.declaration, a.number, a.anchor, include);
  w.field("kind", toString(a.kind))
      .field("text", a.text)
      .field("newUnit", a.newUnit.str())
      .field("justification", a.justification);
  remarkAuthor(w, a.author, a.country, a.createdAt);
  w.field("state", toString(a.state))
      .field("decidedBy", a.decidedBy)
      .field("decidedAt", iso(a.decidedAt))
      .field("reason", a.reason)
      .field("incorporatedIn", a.incorporatedIn);
  if (more) more(w);
  if (include.version) w.field("version", a.version);
  w.endObject();
}

namespace {
// What a recorded remark keeps besides its own fields: number, anchor, author, time.
template <class Remark>
void readRecorded(Node& n, const DeclarationId& declaration, Remark& x) {
  x.declaration = declaration;
  x.number = n.integer("number", 1, 1000000000);
  x.anchor.revision = n.integer("revision", 1, 100000);
  x.anchor.unit = ClauseId(n.id("unit"));
  x.anchor.quote = n.text("quote", tr::kNote);
  x.author = n.text("author", tr::kName);
  x.country = n.optionalCountry("country");
  x.createdAt = n.time("createdAt");
}
}  // namespace

Comment readCommentRecord(Node& n, const DeclarationId& declaration) {
  Comment c;
  readRecorded(n, declaration, c);
  c.replyToComment = n.optionalInt("replyToComment", 1, 1000000000);
  c.replyToAmendment = n.optionalInt("replyToAmendment", 1, 1000000000);
  c.supports = n.boolean("supports", false);
  c.text = n.text("text", tr::kClause);
  return c;
}

Amendment readAmendmentRecord(Node& n, const DeclarationId& declaration) {
  Amendment a;
  readRecorded(n, declaration, a);
  a.kind = n.enumeration("kind", parseAmendmentKind);
  a.text = n.text("text", a.kind == AmendmentKind::kDelete ? tr::kNote : tr::kClause);
  a.newUnit = ClauseId(n.text("newUnit", tr::kOptionalName));
  a.justification = n.text("justification", tr::kReason);
  a.state = n.enumeration("state", parseAmendmentState);
  a.decidedBy = n.text("decidedBy", tr::kOptionalName);
  a.decidedAt = n.optionalTime("decidedAt");
  a.reason = n.text("reason", tr::kNote);
  a.incorporatedIn = n.optionalInt("incorporatedIn", 1, 100000);
  return a;
}

Comment readCommentRequest(Node& n, std::optional<CountryCode>& country) {
  forbidServerKeys(n);
  Comment c;
  c.replyToComment = n.optionalInt("replyToComment", 1, 1000000000);
  c.replyToAmendment = n.optionalInt("replyToAmendment", 1, 1000000000);
  c.supports = n.boolean("supports", false);
  c.anchor = readAnchor(n, c.replyToComment || c.replyToAmendment);
  c.text = n.text("text", tr::kClause);
  country = n.optionalCountry("country");
  return c;
}

Amendment readAmendmentRequest(Node& n, std::optional<CountryCode>& country) {
  forbidServerKeys(n);
  for (const char* key : {"state", "decidedBy", "decidedAt", "reason", "incorporatedIn", "version"})
    if (n.has(key)) n.forbid(key, "changes by the amendment's state route, not when proposing");
  Amendment a;
  a.anchor = readAnchor(n, false);
  a.kind = n.enumeration("kind", parseAmendmentKind);
  a.text = n.text("text", a.kind == AmendmentKind::kDelete ? tr::kNote : tr::kClause);
  if (auto unit = n.optionalId("newUnit")) a.newUnit = ClauseId(*unit);
  a.justification = n.text("justification", tr::kReason);
  country = n.optionalCountry("country");
  return a;
}

}  // namespace accord::json
