#include "accord/app/declaration_use_cases.h"

#include <algorithm>

#include "accord/app/authorization.h"
#include "accord/app/happened_on.h"
#include "id_taken.h"
#include "incorporation.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

Result<Declaration> createDeclaration(const Context& ctx, const Actor& actor, Declaration d) {
  if (Status s = authorize(actor, Action::kDraft); !s.ok()) return s.error();
  if (Status s = normalize(d); !s.ok()) return s.error();
  d.version = 1;
  return transact<Declaration>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Declaration> {
    if (auto c = r.conferences().get(d.conference); !c.ok()) return c.error();
    if (Status s = detail::expectFreeId(r.declarations().get(d.id), "declaration", d.id.str()); !s.ok())
      return s.error();
    if (Status s = detail::asIdTaken(r.declarations().insert(d), "declaration", d.id.str()); !s.ok())
      return s.error();
    if (Status s = detail::audit(r, ctx, actor, "declaration.created", "declaration", d.id.str(), "", ctx.snapshots.of(d));
        !s.ok())
      return s.error();
    return d;
  });
}

Result<Declaration> cutRevision(const Context& ctx, const Actor& actor, const DeclarationId& id, Revision next,
                                long expectedVersion, const std::vector<int>& incorporate,
                                const std::optional<Date>& happenedOn) {
  if (Status s = authorize(actor, Action::kDraft); !s.ok()) return s.error();
  next.author = actor.name;
  auto at = happenedAt(actor, happenedOn, ctx.clock.now());
  if (!at.ok()) return at.error();
  next.createdAt = *at;
  return transact<Declaration>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Declaration> {
    auto d = r.declarations().get(id);
    if (!d.ok()) return d.error();
    if (Status s = detail::expectVersion("declaration " + id.str(), d->version, expectedVersion); !s.ok())
      return s.error();
    if (const Revision* previous = d->latest(); previous && next.createdAt < previous->createdAt)
      return Error::invalid("happenedOn", "is before revision " + std::to_string(previous->number) + " (" +
                                              previous->createdAt.date().iso() + "); revisions follow one another");
    auto incorporated = detail::applyAccepted(r, id, next, incorporate);
    if (!incorporated.ok()) return incorporated.error();
    if (Status s = d->cutRevision(next); !s.ok()) return s.error();
    // A revision without its reason leaves the history unreadable: the note is asked
    // of every cut (an imported revision keeps what it had), after the text's own errors.
    if (next.changeNote.find_first_not_of(" \t\r\n") == std::string::npos)
      return Error::invalid("revision.changeNote", "must not be empty: say what this revision changes and why");
    auto version = r.declarations().update(*d, expectedVersion);
    if (!version.ok()) return version.error();
    d->version = *version;
    const Revision& cut = *d->latest();
    if (Status s = detail::audit(r, ctx, actor, "revision.cut", "revision",
                                 id.str() + "/" + std::to_string(cut.number), "", ctx.snapshots.of(cut));
        !s.ok())
      return s.error();
    if (Status s = detail::markIncorporated(r, ctx, actor, *incorporated, cut.number); !s.ok()) return s.error();
    return std::move(d).value();
  });
}

Result<Declaration> moveDeclaration(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                    DeclarationStatus to, long expectedVersion) {
  DeclarationChange change;
  change.status = to;
  return changeDeclaration(ctx, actor, id, change, expectedVersion);
}

namespace {
// A country that a commitment applies to keeps its assignment, so stays invited.
Status refuseIfCommitted(Repositories& r, const DeclarationId& d, const std::vector<CountryCode>& countries) {
  if (countries.empty()) return {};
  PageRequest page{kMaxPageSize, ""};
  do {
    auto commitments = r.commitments().listByDeclaration(d, page);
    if (!commitments.ok()) return commitments.error();
    for (const auto& c : commitments->items)
      for (const auto& country : countries)
        if (c.appliesTo(country))
          return Error{ErrorCode::kInvalidState,
                       country.str() + " cannot be uninvited: commitment " + c.id.str() + " applies to it",
                       "invitedCountries"};
    page.after = commitments->next;
  } while (!page.after.empty());
  return {};
}

// Applies the title and invitations of `change` to `d`, or says which rule stops it.
Status applyDetails(Repositories& r, Declaration& d, const DeclarationChange& change) {
  if (change.title && *change.title != d.title) {
    if (!d.isEditable())
      return Error{ErrorCode::kInvalidState,
                   std::string("the title is part of the text, which is frozen once the declaration is ") +
                       toString(d.status),
                   "title"};
    d.title = *change.title;
  }
  if (change.consultationVisibility) d.consultationVisibility = *change.consultationVisibility;
  if (change.finalNeedsAuthenticVersions) d.finalNeedsAuthenticVersions = *change.finalNeedsAuthenticVersions;
  if (!change.invitedCountries) return {};
  const auto& next = *change.invitedCountries;
  auto has = [](const std::vector<CountryCode>& list, const CountryCode& c) {
    return std::find(list.begin(), list.end(), c) != list.end();
  };
  bool adds = std::any_of(next.begin(), next.end(), [&](const CountryCode& c) { return !has(d.invitedCountries, c); });
  if (adds && d.status == DeclarationStatus::kClosed)
    return Error{ErrorCode::kInvalidState, "a closed declaration invites no more countries", "invitedCountries"};
  std::vector<CountryCode> dropped;
  for (const auto& c : d.invitedCountries)
    if (!has(next, c)) dropped.push_back(c);
  if (Status s = refuseIfCommitted(r, d.id, dropped); !s.ok()) return s;
  for (const auto& c : dropped) {
    auto recorded = r.endorsements().find(d.id, c);
    if (!recorded.ok()) return recorded.error();
    if (*recorded)
      return Error{ErrorCode::kInvalidState,
                   c.str() + " cannot be uninvited: its endorsement record (" + toString((*recorded)->status) +
                       ") stays with the declaration",
                   "invitedCountries"};
  }
  d.invitedCountries = next;
  return {};
}
}  // namespace

Result<Declaration> changeDeclaration(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                      const DeclarationChange& change, long expectedVersion) {
  if (Status s = authorize(actor, Action::kDraft); !s.ok()) return s.error();
  return transact<Declaration>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Declaration> {
    auto d = r.declarations().get(id);
    if (!d.ok()) return d.error();
    if (Status s = detail::expectVersion("declaration " + id.str(), d->version, expectedVersion); !s.ok())
      return s.error();
    std::string before = ctx.snapshots.of(*d);
    DeclarationStatus statusBefore = d->status;
    std::vector<CountryCode> invitedBefore = d->invitedCountries;
    if (Status s = applyDetails(r, *d, change); !s.ok()) return s.error();
    if (Status s = normalizeHeader(*d); !s.ok()) return s.error();
    if (change.status)
      if (Status s = d->moveTo(*change.status); !s.ok()) return s.error();
    // Freezing fixes the final revision; its authentic language versions must be ready.
    if (change.status == DeclarationStatus::kFinal) {
      auto versions = r.languageVersions().list(id);
      if (!versions.ok()) return versions.error();
      if (Status s = checkAuthenticVersions(*d, *d->finalRevision, *versions); !s.ok()) return s.error();
    }
    auto version = r.declarations().update(*d, expectedVersion);
    if (!version.ok()) return version.error();
    d->version = *version;
    std::string action = change.status ? std::string("declaration.") + toString(*change.status)
                                       : std::string("declaration.updated");
    if (Status s = detail::audit(r, ctx, actor, action, "declaration", id.str(), before, ctx.snapshots.of(*d)); !s.ok())
      return s.error();
    if (Status s = detail::notify(r, ctx, declarationEvents(statusBefore, invitedBefore, *d)); !s.ok())
      return s.error();
    return std::move(d).value();
  });
}

namespace {
// The declaration as the caller saw it (`expectedVersion`), so that a country is
// added to or taken from the list they saw: a stale version is kConflict before
// anything else is said about the list. changeDeclaration checks it again when it writes.
Result<Declaration> current(const Context& ctx, const Actor& actor, const DeclarationId& id, long expectedVersion) {
  if (Status s = authorize(actor, Action::kDraft); !s.ok()) return s.error();
  return transact<Declaration>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<Declaration> {
    auto d = r.declarations().get(id);
    if (!d.ok()) return d.error();
    if (Status s = detail::expectVersion("declaration " + id.str(), d->version, expectedVersion); !s.ok())
      return s.error();
    return d;
  });
}
}  // namespace

Result<Declaration> inviteCountry(const Context& ctx, const Actor& actor, const CountryCatalog& countries,
                                  const DeclarationId& id, const CountryCode& country, long expectedVersion) {
  auto d = current(ctx, actor, id, expectedVersion);
  if (!d.ok()) return d.error();
  if (Status s = countries.require("country", country); !s.ok())
    return Error::invalid("country", "is not a known country code: " + country.str());
  if (d->isInvited(country)) return Error::invalid("country", country.str() + " is already invited");
  DeclarationChange change;
  change.invitedCountries = d->invitedCountries;
  change.invitedCountries->push_back(country);
  return changeDeclaration(ctx, actor, id, change, expectedVersion);
}

Result<Declaration> uninviteCountry(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                    const CountryCode& country, long expectedVersion) {
  auto d = current(ctx, actor, id, expectedVersion);
  if (!d.ok()) return d.error();
  if (!d->isInvited(country)) return Error::invalid("country", country.str() + " is not invited");
  DeclarationChange change;
  change.invitedCountries = d->invitedCountries;
  auto& list = *change.invitedCountries;
  list.erase(std::remove(list.begin(), list.end(), country), list.end());
  return changeDeclaration(ctx, actor, id, change, expectedVersion);
}

}  // namespace accord::app
