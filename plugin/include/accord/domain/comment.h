// Consultation on a revision: a comment anchored to one unit of the text (a
// recital, a clause or a sub-item, by its stable id), optionally to a quoted span
// of that unit's text, and threads of replies. Amendments (amendment.h) anchor the
// same way.
#pragma once

#include <optional>
#include <string>

#include "accord/domain/country.h"
#include "accord/domain/date.h"
#include "accord/domain/id.h"
#include "accord/domain/revision.h"

namespace accord::domain {

// Where a remark points: a unit of one revision and, optionally, a span of its text.
struct Anchor {
  int revision = 0;
  ClauseId unit;
  std::string quote;  // empty: the whole unit
};

// The text of the recital or clause (any depth) `unit` of `r`, or nullptr.
const std::string* unitText(const Revision& r, const ClauseId& unit);

// Returns kInvalidArgument naming `path`.unit when `r` has no such unit, or
// `path`.quote when the quote is not a part of the unit's text.
Status checkAnchor(const Revision& r, const Anchor& a, const std::string& path);

struct Comment {
  DeclarationId declaration;
  int number = 0;  // 1, 2, ... per declaration, set when stored
  Anchor anchor;
  // The comment or amendment this replies to (same declaration); a reply's anchor
  // is its parent's.
  std::optional<int> replyToComment;
  std::optional<int> replyToAmendment;
  // A reply to an amendment that supports it: the consolidation view lists who
  // supports each proposal.
  bool supports = false;
  std::string text;
  std::string author;
  std::optional<CountryCode> country;  // the coordinator's country; none for the secretariat
  Timestamp createdAt;
};

// Normalises the texts of `c` in place. Returns the first rule broken: bad unit id,
// a quote over 2000 characters, an empty text or one over 10000 characters, a reply
// to both a comment and an amendment, support given other than in reply to an amendment.
Status normalize(Comment& c, const std::string& path = "comment");

}  // namespace accord::domain
