#include "accord/domain/comment.h"

#include "checks.h"

namespace accord::domain {

const std::string* unitText(const Revision& r, const ClauseId& unit) {
  for (const auto& rec : r.preamble)
    if (rec.id == unit) return &rec.text;
  if (const Clause* c = r.findClause(unit)) return &c->text;
  return nullptr;
}

Status checkAnchor(const Revision& r, const Anchor& a, const std::string& path) {
  const std::string* text = unitText(r, a.unit);
  if (!text)
    return Error::invalid(path + ".unit", "revision " + std::to_string(r.number) + " has no recital or clause '" +
                                              a.unit.str() + "'");
  if (!a.quote.empty() && text->find(a.quote) == std::string::npos)
    return Error::invalid(path + ".quote", "must be a part of the text of '" + a.unit.str() + "'");
  return {};
}

Status normalize(Comment& c, const std::string& path) {
  return Checks()
      .id(path + ".unit", c.anchor.unit.str())
      .text(path + ".quote", c.anchor.quote, text_rules::kNote)
      .text(path + ".text", c.text, text_rules::kClause)
      .text(path + ".author", c.author, text_rules::kOptionalName)
      .that(!(c.replyToComment && c.replyToAmendment), path + ".replyTo",
            "a reply answers one comment or one amendment")
      .that(!c.supports || c.replyToAmendment.has_value(), path + ".supports",
            "is given only in reply to an amendment")
      .status();
}

}  // namespace accord::domain
