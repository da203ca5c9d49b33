#include "accord/app/conference_use_cases.h"

#include <string>

#include "accord/app/authorization.h"
#include "accord/domain/party.h"
#include "conference_replace.h"
#include "id_taken.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

Result<Conference> createConference(const Context& ctx, const Actor& actor, Conference c,
                                    const Directory& given) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  if (Status s = normalize(c); !s.ok()) return s.error();
  // The directory that comes with a new conference obeys the directory's own rules
  // (an e-mail address, a language code), as each entry written later does.
  Directory directory = given;
  for (std::size_t i = 0; i < directory.people.size(); ++i)
    if (Status s = normalize(directory.people[i], "people[" + std::to_string(i) + "]"); !s.ok()) return s.error();
  for (std::size_t i = 0; i < directory.organizations.size(); ++i)
    if (Status s = normalize(directory.organizations[i], "organizations[" + std::to_string(i) + "]"); !s.ok())
      return s.error();
  c.version = 1;
  return transact<Conference>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Conference> {
    if (Status s = detail::expectFreeId(r.conferences().get(c.id), "conference", c.id.str()); !s.ok())
      return s.error();
    if (Status s = detail::asIdTaken(r.conferences().insert(c, directory), "conference", c.id.str()); !s.ok())
      return s.error();
    if (Status s = detail::audit(r, ctx, actor, "conference.created", "conference", c.id.str(), "", ctx.snapshots.of(c));
        !s.ok())
      return s.error();
    return c;
  });
}


Result<Conference> updateConference(const Context& ctx, const Actor& actor, Conference c, long expectedVersion) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  // Checked before the transaction too, so that a bad conference costs no write lock.
  if (Status s = normalize(c); !s.ok()) return s.error();
  return transact<Conference>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Conference> {
    auto before = r.conferences().get(c.id);
    if (!before.ok()) return before.error();
    return detail::replaceConference(r, ctx, actor, *before, c, expectedVersion);
  });
}

Result<Conference> patchConference(const Context& ctx, const Actor& actor, const ConferenceId& id,
                                   const ConferenceMerge& merge, const Result<long>& expectedVersion) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  if (!expectedVersion.ok()) return expectedVersion.error();
  return transact<Conference>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Conference> {
    auto before = r.conferences().get(id);
    if (!before.ok()) return before.error();
    auto merged = merge(*before);
    if (!merged.ok()) return merged.error();
    if (merged->id != id) return Error::invalid("id", "cannot change; it names the conference");
    return detail::replaceConference(r, ctx, actor, *before, std::move(merged).value(), *expectedVersion);
  });
}

Status deleteConference(const Context& ctx, const Actor& actor, const ConferenceId& id,
                        const Result<long>& expectedVersion) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  if (!expectedVersion.ok()) return expectedVersion.error();
  return ctx.store.run(TxMode::kReadWrite, [&](Repositories& r) -> Status {
    auto before = r.conferences().get(id);
    if (!before.ok()) return before.error();
    if (Status s = detail::expectVersion("conference " + id.str(), before->version, *expectedVersion); !s.ok())
      return s;
    auto declarations = r.declarations().listByConference(id, PageRequest{1, ""});
    if (!declarations.ok()) return declarations.error();
    if (!declarations->items.empty())
      return Error{ErrorCode::kInvalidState,
                   "conference " + id.str() + " has declarations (" + declarations->items.front().id.str() +
                       " ...); a conference whose declarations are on record cannot be deleted",
                   "id"};
    if (Status s = r.conferences().remove(id, *expectedVersion); !s.ok()) return s;
    return detail::audit(r, ctx, actor, "conference.deleted", "conference", id.str(), ctx.snapshots.of(*before), "");
  });
}

Result<Conference> addDelegation(const Context& ctx, const Actor& actor, const CountryCatalog& countries,
                                 const ConferenceId& id, const Delegation& delegation, long expectedVersion) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  if (Status s = countries.require("country", delegation.country); !s.ok())
    return Error::invalid("country", "is not a known country code: " + delegation.country.str());
  return transact<Conference>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Conference> {
    auto before = r.conferences().get(id);
    if (!before.ok()) return before.error();
    if (before->delegation(delegation.country))
      return Error{ErrorCode::kAlreadyExists, delegation.country.str() + " already has a delegation", "country"};
    auto directory = r.conferences().directory(id);
    if (!directory.ok()) return directory.error();
    for (std::size_t i = 0; i < delegation.members.size(); ++i) {
      const PersonId& p = delegation.members[i].person;
      bool known = false;
      for (const auto& person : directory->people) known = known || person.id == p;
      if (!known)
        return Error::notFound("person " + p.str() + " is not in this conference's directory",
                               "members[" + std::to_string(i) + "].person");
    }
    if (Status s = detail::expectVersion("conference " + id.str(), before->version, expectedVersion); !s.ok())
      return s.error();
    Conference c = *before;
    c.delegations.push_back(delegation);
    if (Status s = normalize(c); !s.ok()) return s.error();
    auto version = r.conferences().update(c, expectedVersion);
    if (!version.ok()) return version.error();
    c.version = *version;
    if (Status s = detail::audit(r, ctx, actor, "conference.updated", "conference", c.id.str(),
                                 ctx.snapshots.of(*before), ctx.snapshots.of(c));
        !s.ok())
      return s.error();
    return c;
  });
}

}  // namespace accord::app
