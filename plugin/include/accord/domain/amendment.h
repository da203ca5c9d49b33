// An amendment proposes wording for one unit of a revision: a replacement text,
// a new unit to insert after it, or its deletion, with a justification. The
// secretariat accepts or rejects it (with a reason), its author may withdraw it,
// and a later revision that contains it marks it incorporated.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/domain/comment.h"
#include "accord/domain/enum_names.h"

namespace accord::domain {

enum class AmendmentKind { kReplace, kInsertAfter, kDelete };
const char* toString(AmendmentKind k);
template <>
const std::vector<const char*>& enumNames<AmendmentKind>();
Result<AmendmentKind> parseAmendmentKind(std::string_view field, std::string_view text);

// proposed → accepted | rejected | withdrawn; accepted → incorporated.
enum class AmendmentState { kProposed, kAccepted, kRejected, kWithdrawn, kIncorporated };
const char* toString(AmendmentState s);
template <>
const std::vector<const char*>& enumNames<AmendmentState>();
Result<AmendmentState> parseAmendmentState(std::string_view field, std::string_view text);
bool isLegalTransition(AmendmentState from, AmendmentState to);

struct Amendment {
  DeclarationId declaration;
  int number = 0;  // 1, 2, ... per declaration, set when stored
  Anchor anchor;
  AmendmentKind kind = AmendmentKind::kReplace;
  std::string text;           // the new wording (replace, insert after); empty for delete
  ClauseId newUnit;           // insert after: the id the new unit takes
  std::string justification;
  std::string author;
  std::optional<CountryCode> country;  // the coordinator's country; none for the secretariat
  Timestamp createdAt;
  AmendmentState state = AmendmentState::kProposed;
  std::string decidedBy;      // who accepted, rejected or withdrew it
  std::optional<Timestamp> decidedAt;
  std::string reason;         // why it was rejected
  std::optional<int> incorporatedIn;  // the revision that contains it
  long version = 0;

  // proposed → accepted | rejected (a reason required) | withdrawn. Returns
  // kInvalidState for an illegal step, kInvalidArgument naming "reason" when a
  // rejection gives none. Incorporation goes through incorporate().
  Status decide(AmendmentState to, const std::string& actor, const std::string& why, Timestamp at);
  // accepted → incorporated in revision `revision`. Returns kInvalidState unless accepted.
  Status incorporate(int revision);
};

// Normalises the texts of `a` in place. Returns the first rule broken: bad unit or
// new unit id, wording missing for replace or insert after (or given for delete),
// empty justification, rejected without a reason, incorporated without a revision.
Status normalize(Amendment& a, const std::string& path = "amendment");

// What became of an amendment's unit in a later revision: still the same, changed
// (its text or lead phrase), or deleted. Decided by compareRevisions.
enum class UnitFate { kCurrent, kChanged, kDeleted };
const char* toString(UnitFate f);
UnitFate unitFate(const Revision& anchored, const Revision& later, const ClauseId& unit);

// Whether `a` (on `anchored`) is outdated against `latest`: still open (proposed or
// accepted) while its unit changed or went since. Never moved to another unit.
bool isOutdated(const Amendment& a, const Revision& anchored, const Revision& latest);

// Applies `a` to `text` (a new revision being cut). Idempotent, so that a text the
// editor already changed by hand is not changed twice: replacing sets the unit's
// text, inserting sets the new unit's text when it is there already, deleting a unit
// that is gone does nothing. Returns kInvalidState naming "incorporate" when the
// unit to replace or insert after is not in `text`.
Status applyAmendment(Revision& text, const Amendment& a);

}  // namespace accord::domain
