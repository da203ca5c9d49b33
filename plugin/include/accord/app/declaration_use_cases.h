// Use cases on declarations and their texts. Each runs in one transaction with its
// audit event.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/domain/actor.h"

namespace accord::app {

// Stores a new declaration of an existing conference; any revisions it carries are
// stored as given. Returns kForbidden (secretariat only), the validation error,
// kNotFound for an unknown conference, kAlreadyExists naming "id" if the id is taken.
Result<domain::Declaration> createDeclaration(const Context& ctx, const domain::Actor& actor,
                                              domain::Declaration d);

// Cuts the next revision, authored by `actor` now, with the accepted amendments
// `incorporate` applied to `next` (idempotently: a text already changed by hand is
// not changed twice) and marked incorporated in it. Returns kNotFound, kForbidden,
// kInvalidState unless the declaration is editable, the text's validation error,
// an error naming "incorporate" (see detail::applyAccepted), or kConflict if
// `expectedVersion` is stale. With `happenedOn` the revision is dated that earlier
// day (see happenedAt: the secretariat only, not after today), and not before the
// previous revision (kInvalidArgument naming "happenedOn"). kInvalidArgument naming
// "revision.changeNote" for an empty or blank change note.
Result<domain::Declaration> cutRevision(const Context& ctx, const domain::Actor& actor,
                                        const domain::DeclarationId& id, domain::Revision next,
                                        long expectedVersion, const std::vector<int>& incorporate = {},
                                        const std::optional<domain::Date>& happenedOn = std::nullopt);

// Moves the lifecycle on (freezing fixes the final revision). Returns kNotFound,
// kForbidden, kInvalidState for an illegal step or (naming "languages") when an
// authentic language version of the revision frozen is not complete and verified
// (domain::checkAuthenticVersions), or kConflict.
Result<domain::Declaration> moveDeclaration(const Context& ctx, const domain::Actor& actor,
                                            const domain::DeclarationId& id, domain::DeclarationStatus to,
                                            long expectedVersion);

// What a secretariat may change on a declaration besides its text: the parts
// present change, in one transaction.
struct DeclarationChange {
  std::optional<std::string> title;
  std::optional<std::vector<domain::CountryCode>> invitedCountries;
  std::optional<domain::ConsultationVisibility> consultationVisibility;
  std::optional<bool> finalNeedsAuthenticVersions;
  std::optional<domain::DeclarationStatus> status;  // applied after the other parts
};

// Applies `change`. The title is part of the text, so it changes only while the
// text is editable; countries may be invited until the declaration is closed, and
// a country is uninvited only while nothing is recorded for it. Returns kNotFound,
// kForbidden, the validation error, kInvalidState naming the field, or kConflict.
Result<domain::Declaration> changeDeclaration(const Context& ctx, const domain::Actor& actor,
                                              const domain::DeclarationId& id, const DeclarationChange& change,
                                              long expectedVersion);

// Invites `country` (one of `countries`) to the declaration: changeDeclaration
// with the list grown by one. Returns kInvalidArgument naming "country" for a code
// not in the catalogue or one already invited, else what changeDeclaration returns.
Result<domain::Declaration> inviteCountry(const Context& ctx, const domain::Actor& actor,
                                          const domain::CountryCatalog& countries, const domain::DeclarationId& id,
                                          const domain::CountryCode& country, long expectedVersion);

// Withdraws the invitation of `country`: changeDeclaration with the list shrunk by
// one. Returns kInvalidArgument naming "country" if it is not invited, else what
// changeDeclaration returns (kInvalidState while something is recorded for it).
Result<domain::Declaration> uninviteCountry(const Context& ctx, const domain::Actor& actor,
                                            const domain::DeclarationId& id, const domain::CountryCode& country,
                                            long expectedVersion);

}  // namespace accord::app
