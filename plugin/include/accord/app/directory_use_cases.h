// A conference's directory of people and organizations, entry by entry: list
// (paged, searched by name), read, add, change. The directory stays per
// conference (README.md, "The directory"): a person's id is unique within their
// conference, and every delegation, speaker and organizer refers to it there.
#pragma once

#include <map>
#include <string>

#include "accord/app/context.h"
#include "accord/app/page.h"
#include "accord/domain/actor.h"
#include "accord/domain/country.h"
#include "accord/domain/party.h"

namespace accord::app {

// A page of the directory whose names contain `search` (ignoring the case of
// ASCII letters; an organization's acronym counts as a name). Empty: everyone.
struct DirectoryQuery {
  std::string search;
  PageRequest page;  // `after` is the opaque `next` of the previous page
};

// A directory entry as written, with the conference's version after the write:
// the directory is part of the conference's record, so each change moves its
// version (the ETag a client sends as If-Match for its next change).
template <class T>
struct DirectoryEntry {
  T record;
  long conferenceVersion = 0;
};

// The names of a conference's people and organizations by id, for the answers that
// refer to them by id (organizers, speakers, delegates): two maps, because a
// person and an organization may share an id.
struct DirectoryNames {
  std::map<std::string, std::string> people;
  std::map<std::string, std::string> organizations;
};

// Returns kNotFound for an unknown conference.
Result<DirectoryNames> directoryNames(const Context& ctx, const domain::Actor& actor,
                                      const domain::ConferenceId& conference);

// Whether `actor` may see `p`'s e-mail address: personal data, for the
// secretariat and administrators, and for a coordinator the people of their own
// country. Everyone who reads the conference reads the rest of the entry.
bool mayReadEmail(const domain::Actor& actor, const domain::Person& p);

// The people of the conference's directory in stored order, e-mail addresses
// blanked where mayReadEmail says no. Returns kNotFound for an unknown conference,
// kInvalidArgument naming "cursor" for a `page.after` that is not a page's `next`.
Result<Page<domain::Person>> listPeople(const Context& ctx, const domain::Actor& actor,
                                        const domain::ConferenceId& conference, const DirectoryQuery& query);
Result<Page<domain::Organization>> listOrganizations(const Context& ctx, const domain::Actor& actor,
                                                     const domain::ConferenceId& conference,
                                                     const DirectoryQuery& query);

// One entry; kNotFound (the conference, or naming "person"/"organization").
Result<domain::Person> getPerson(const Context& ctx, const domain::Actor& actor, const domain::ConferenceId& conference,
                                 const domain::PersonId& id);
Result<domain::Organization> getOrganization(const Context& ctx, const domain::Actor& actor,
                                             const domain::ConferenceId& conference,
                                             const domain::OrganizationId& id);

// Adds `p` to the directory (`replace` false) or rewrites the entry with its id
// (`replace` true). Returns kForbidden unless the actor is secretariat; the
// validation error naming "person.<field>"; kInvalidArgument naming
// "person.country" for a code not in `countries`; kNotFound naming
// "person.organization" for an organization not in the directory; kAlreadyExists
// naming "id" for a taken id (adding), kNotFound naming "person" for an unknown
// one (replacing); kNotFound for an unknown conference; kConflict if
// `expectedVersion` is not the conference's.
Result<DirectoryEntry<domain::Person>> writePerson(const Context& ctx, const domain::Actor& actor,
                                                   const domain::CountryCatalog& countries,
                                                   const domain::ConferenceId& conference, domain::Person p,
                                                   bool replace, long expectedVersion);
// The same for organizations (fields named "organization.<field>").
Result<DirectoryEntry<domain::Organization>> writeOrganization(const Context& ctx, const domain::Actor& actor,
                                                               const domain::CountryCatalog& countries,
                                                               const domain::ConferenceId& conference,
                                                               domain::Organization o, bool replace,
                                                               long expectedVersion);

}  // namespace accord::app
