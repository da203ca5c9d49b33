// The last step of every change to a stored conference: check the version, the
// rules, write it and audit it. Shared by the conference and delegation use cases.
#pragma once

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "support.h"

namespace accord::app::detail {

// Every organizer, speaker (of the conference or a session) and delegate `c` refers to is in its directory. Returns
// kNotFound naming the reference ("conference.organizers[0]",
// "conference.speakers[1].person", "conference.delegations[0].members[2].person")
// in words, rather than leaving it to the database's foreign keys.
inline domain::Status expectListed(Repositories& r, const domain::Conference& c) {
  auto d = r.conferences().directory(c.id);
  if (!d.ok()) return d.error();
  auto known = [](const auto& entries, const auto& id) {
    for (const auto& e : entries)
      if (e.id == id) return true;
    return false;
  };
  const std::string at = "conference.";
  for (std::size_t i = 0; i < c.organizers.size(); ++i)
    if (!known(d->organizations, c.organizers[i]))
      return domain::Error::notFound("organization " + c.organizers[i].str() + " is not in this conference's directory",
                                     at + "organizers[" + std::to_string(i) + "]");
  for (std::size_t i = 0; i < c.speakers.size(); ++i)
    if (!known(d->people, c.speakers[i].person))
      return domain::Error::notFound("person " + c.speakers[i].person.str() + " is not in this conference's directory",
                                     at + "speakers[" + std::to_string(i) + "].person");
  for (std::size_t i = 0; i < c.sessions.size(); ++i)
    for (std::size_t k = 0; k < c.sessions[i].speakers.size(); ++k)
      if (!known(d->people, c.sessions[i].speakers[k]))
        return domain::Error::notFound("person " + c.sessions[i].speakers[k].str() +
                                           " is not in this conference's directory",
                                       at + "sessions[" + std::to_string(i) + "].speakers[" + std::to_string(k) + "]");
  for (std::size_t i = 0; i < c.delegations.size(); ++i)
    for (std::size_t m = 0; m < c.delegations[i].members.size(); ++m)
      if (!known(d->people, c.delegations[i].members[m].person))
        return domain::Error::notFound("person " + c.delegations[i].members[m].person.str() +
                                           " is not in this conference's directory",
                                       at + "delegations[" + std::to_string(i) + "].members[" + std::to_string(m) +
                                           "].person");
  return {};
}

// Writes `c` over `before` at `expectedVersion` and audits it, inside the caller's
// transaction. Returns kConflict if the version is stale, the validation error.
inline domain::Result<domain::Conference> replaceConference(Repositories& r, const Context& ctx,
                                                          const domain::Actor& actor, const domain::Conference& before,
                                                          domain::Conference c, long expectedVersion) {
  if (domain::Status s = detail::expectVersion("conference " + c.id.str(), before.version, expectedVersion); !s.ok())
    return s.error();
  if (domain::Status s = normalize(c); !s.ok()) return s.error();
  if (domain::Status s = expectListed(r, c); !s.ok()) return s.error();
  auto version = r.conferences().update(c, expectedVersion);
  if (!version.ok()) return version.error();
  c.version = *version;
  if (domain::Status s = detail::audit(r, ctx, actor, "conference.updated", "conference", c.id.str(),
                                       ctx.snapshots.of(before), ctx.snapshots.of(c));
      !s.ok())
    return s.error();
  return c;
}

}  // namespace accord::app::detail
