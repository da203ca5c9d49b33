// Use cases of a declaration's consultation: comments and amendment proposals on
// a revision's units, replies, and the secretariat's decisions. Each write runs in
// one transaction with its audit event; each read shows only what the actor may
// see (consultation_rules.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "accord/domain/amendment.h"

namespace accord::app {

// What a list asks for; every part is optional.
struct RemarkFilter {
  std::optional<domain::ClauseId> unit;
  std::optional<domain::CountryCode> country;
  std::optional<domain::AmendmentState> state;  // amendments only
};

// An amendment as a reader sees it: whether its unit changed or went in the
// latest revision, in which case an open amendment is outdated.
struct AmendmentView {
  domain::Amendment amendment;
  domain::UnitFate fate = domain::UnitFate::kCurrent;
  bool outdated = false;
};

// The declaration's comments (on `revision` when given) that `actor` may see,
// filtered. Returns kNotFound (declaration, or revision naming "revision"),
// kForbidden when the actor may not read the consultation.
Result<std::vector<domain::Comment>> listComments(const Context& ctx, const domain::Actor& actor,
                                                  const domain::DeclarationId& id, std::optional<int> revision,
                                                  const RemarkFilter& filter);

// The same for amendments, each with its fate against the latest revision.
Result<std::vector<AmendmentView>> listAmendments(const Context& ctx, const domain::Actor& actor,
                                                  const domain::DeclarationId& id, std::optional<int> revision,
                                                  const RemarkFilter& filter);

// One amendment, which must be on `revision`. Returns kNotFound (also for one
// the actor may not see), kForbidden.
Result<AmendmentView> getAmendment(const Context& ctx, const domain::Actor& actor, const domain::DeclarationId& id,
                                   int revision, int number);

// Stores `c` on revision `c.anchor.revision`, by `actor` now, for `country`
// (none: a coordinator's own; the secretariat names none). A reply (replyTo set)
// takes its parent's anchor.
// Returns kNotFound (declaration, revision, parent naming "replyTo"), kForbidden
// or kInvalidState (authorizeContribution), the validation error (anchor unit or
// quote not in the text, bad text).
Result<domain::Comment> addComment(const Context& ctx, const domain::Actor& actor, const domain::DeclarationId& id,
                                   domain::Comment c, std::optional<domain::CountryCode> country);

// Stores the proposal `a` as addComment stores a comment, state proposed. Returns
// what addComment returns, and kInvalidArgument naming "newUnit" when the id of a
// unit to insert is taken in that revision.
Result<AmendmentView> proposeAmendment(const Context& ctx, const domain::Actor& actor,
                                       const domain::DeclarationId& id, domain::Amendment a,
                                       std::optional<domain::CountryCode> country);

// Moves amendment `number` (on `revision`) to `to` (accepted, rejected with
// `reason`, withdrawn). Returns kNotFound, kForbidden, kInvalidState (illegal
// step, consultation over), kInvalidArgument naming "reason", kConflict when
// `expectedVersion` is stale.
Result<AmendmentView> decideAmendment(const Context& ctx, const domain::Actor& actor, const domain::DeclarationId& id,
                                      int revision, int number, domain::AmendmentState to, const std::string& reason,
                                      long expectedVersion);

// The accepted amendments of the declaration that a new revision may incorporate,
// in number order, for the editor's form. Returns kNotFound, kForbidden (not the
// secretariat).
Result<std::vector<AmendmentView>> incorporableAmendments(const Context& ctx, const domain::Actor& actor,
                                                          const domain::DeclarationId& id);

}  // namespace accord::app
