#include "accord/app/delegation_use_cases.h"

#include <algorithm>

#include "accord/app/authorization.h"
#include "conference_replace.h"

namespace accord::app {

using namespace accord::domain;

namespace {
// The stored conference, if the caller saw its latest version.
Result<Conference> seen(Repositories& r, const ConferenceId& id, long expectedVersion) {
  auto c = r.conferences().get(id);
  if (!c.ok()) return c.error();
  if (Status s = detail::expectVersion("conference " + id.str(), c->version, expectedVersion); !s.ok())
    return s.error();
  return c;
}

// Puts a person new to the directory there, after checking them and their id.
Status addToDirectory(Repositories& r, const ConferenceId& id, Person p) {
  if (Status s = normalize(p, "person"); !s.ok()) return s;
  auto directory = r.conferences().directory(id);
  if (!directory.ok()) return directory.error();
  for (const Person& known : directory->people)
    if (known.id == p.id)
      return Error{ErrorCode::kAlreadyExists, "a person with id " + p.id.str() + " is already in the directory",
                   "person.id"};
  return r.conferences().addPerson(id, p);
}
}  // namespace

Result<Conference> addDelegate(const Context& ctx, const Actor& actor, const CountryCatalog& countries,
                               const ConferenceId& id, const NewDelegate& delegate, long expectedVersion) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  if (Status s = countries.require("country", delegate.country); !s.ok())
    return Error::invalid("country", "is not a known country code: " + delegate.country.str());
  return transact<Conference>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Conference> {
    auto before = seen(r, id, expectedVersion);
    if (!before.ok()) return before.error();
    PersonId person = delegate.newPerson ? delegate.newPerson->id : delegate.person;
    if (delegate.newPerson) {
      if (Status s = addToDirectory(r, id, *delegate.newPerson); !s.ok()) return s.error();
    } else {
      auto directory = r.conferences().directory(id);
      if (!directory.ok()) return directory.error();
      bool known = std::any_of(directory->people.begin(), directory->people.end(),
                               [&](const Person& p) { return p.id == person; });
      if (!known) return Error::notFound("person " + person.str() + " is not in this conference's directory", "person");
    }
    Conference c = *before;
    auto it = std::find_if(c.delegations.begin(), c.delegations.end(),
                           [&](const Delegation& d) { return d.country == delegate.country; });
    if (it == c.delegations.end()) it = c.delegations.insert(c.delegations.end(), Delegation{delegate.country, {}});
    for (const DelegationMember& m : it->members)
      if (m.person == person)
        return Error{ErrorCode::kAlreadyExists, person.str() + " is in the delegation of " + delegate.country.str() +
                                                    " already",
                     "person"};
    it->members.push_back({person, delegate.role});
    return detail::replaceConference(r, ctx, actor, *before, std::move(c), expectedVersion);
  });
}

Result<Conference> changeDelegate(const Context& ctx, const Actor& actor, const ConferenceId& id,
                                  const CountryCode& country, const PersonId& person, std::optional<DelegateRole> role,
                                  long expectedVersion) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  return transact<Conference>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Conference> {
    auto before = seen(r, id, expectedVersion);
    if (!before.ok()) return before.error();
    Conference c = *before;
    auto d = std::find_if(c.delegations.begin(), c.delegations.end(),
                          [&](const Delegation& x) { return x.country == country; });
    auto m = d == c.delegations.end()
                 ? std::vector<DelegationMember>::iterator()
                 : std::find_if(d->members.begin(), d->members.end(),
                                [&](const DelegationMember& x) { return x.person == person; });
    if (d == c.delegations.end() || m == d->members.end())
      return Error::notFound(person.str() + " is not in the delegation of " + country.str(), "person");
    if (role) {
      m->role = *role;
    } else {
      d->members.erase(m);
      if (d->members.empty()) c.delegations.erase(d);
    }
    return detail::replaceConference(r, ctx, actor, *before, std::move(c), expectedVersion);
  });
}

}  // namespace accord::app
