#include "accord/app/directory_use_cases.h"

#include <algorithm>
#include <cctype>

#include "accord/app/authorization.h"
#include "id_taken.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

namespace {

std::string asciiLower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

bool contains(const std::string& text, const std::string& loweredNeedle) {
  return asciiLower(text).find(loweredNeedle) != std::string::npos;
}

bool matches(const Person& p, const std::string& needle) { return contains(p.name, needle); }
bool matches(const Organization& o, const std::string& needle) {
  return contains(o.name, needle) || contains(o.acronym, needle);
}

// The cursor is the position after the previous page among the matches: the
// directory only grows at its end, so a position stays put while a client pages.
Result<std::size_t> position(const std::string& after) {
  if (after.empty()) return std::size_t{0};
  if (after.size() > 9 || !std::all_of(after.begin(), after.end(), [](unsigned char c) { return std::isdigit(c); }))
    return Error::invalid("cursor", "is not the next of a page of this directory");
  return static_cast<std::size_t>(std::stoul(after));
}

template <class T>
Result<Page<T>> pageOf(std::vector<T> all, const DirectoryQuery& q) {
  auto from = position(q.page.after);
  if (!from.ok()) return from.error();
  std::string needle = asciiLower(q.search);
  Page<T> out;
  std::size_t seen = 0, limit = q.page.clampedLimit();
  for (T& item : all) {
    if (!needle.empty() && !matches(item, needle)) continue;
    if (seen++ < *from) continue;
    if (out.items.size() == limit) {
      out.next = std::to_string(*from + limit);
      break;
    }
    out.items.push_back(std::move(item));
  }
  return out;
}

// The directory of a conference that exists, inside the caller's transaction.
Result<Directory> directoryOf(Repositories& r, const ConferenceId& id) {
  auto c = r.conferences().get(id);
  if (!c.ok()) return c.error();
  return r.conferences().directory(id);
}

Result<Directory> readDirectory(const Context& ctx, const Actor& actor, const ConferenceId& id) {
  if (Status s = authorize(actor, Action::kRead); !s.ok()) return s.error();
  return transact<Directory>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) { return directoryOf(r, id); });
}

Person shownTo(const Actor& actor, Person p) {
  if (!mayReadEmail(actor, p)) p.email.clear();
  return p;
}

template <class T, class Id>
const T* find(const std::vector<T>& entries, const Id& id) {
  auto it = std::find_if(entries.begin(), entries.end(), [&](const T& e) { return e.id == id; });
  return it == entries.end() ? nullptr : &*it;
}

// The checks a person must pass against the directory they go into.
Status fits(const Person& p, const Directory& d, const CountryCatalog& countries) {
  if (p.country && !countries.require("person.country", *p.country).ok())
    return Error::invalid("person.country", "is not a known country code: " + p.country->str());
  if (p.organization && !find(d.organizations, *p.organization))
    return Error::notFound("organization " + p.organization->str() + " is not in this conference's directory",
                           "person.organization");
  return {};
}
Status fits(const Organization& o, const Directory&, const CountryCatalog& countries) {
  if (o.country && !countries.require("organization.country", *o.country).ok())
    return Error::invalid("organization.country", "is not a known country code: " + o.country->str());
  return {};
}

const std::vector<Person>& entriesOf(const Directory& d, const Person*) { return d.people; }
const std::vector<Organization>& entriesOf(const Directory& d, const Organization*) { return d.organizations; }
Status store(Repositories& r, const ConferenceId& c, const Person& p, bool replace) {
  return replace ? r.conferences().updatePerson(c, p) : r.conferences().addPerson(c, p);
}
Status store(Repositories& r, const ConferenceId& c, const Organization& o, bool replace) {
  return replace ? r.conferences().updateOrganization(c, o) : r.conferences().addOrganization(c, o);
}

// Adding or replacing one entry of either kind: the same steps, named by `what`
// ("person", "organization"), under the conference's version.
template <class T>
Result<DirectoryEntry<T>> writeEntry(const Context& ctx, const Actor& actor, const CountryCatalog& countries,
                                     const ConferenceId& id, T entry, bool replace, long expectedVersion,
                                     const std::string& what) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  if (Status s = normalize(entry, what); !s.ok()) return s.error();
  return transact<DirectoryEntry<T>>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<DirectoryEntry<T>> {
    auto c = r.conferences().get(id);
    if (!c.ok()) return c.error();
    if (Status s = detail::expectVersion("conference " + id.str(), c->version, expectedVersion); !s.ok())
      return s.error();
    auto d = r.conferences().directory(id);
    if (!d.ok()) return d.error();
    const T* before = find(entriesOf(*d, &entry), entry.id);
    if (replace && !before)
      return Error::notFound(what + " " + entry.id.str() + " is not in this conference's directory", what);
    if (!replace && before) return detail::idTaken(what, entry.id.str());
    if (Status s = fits(entry, *d, countries); !s.ok()) return s.error();
    if (Status s = detail::asIdTaken(store(r, id, entry, replace), what, entry.id.str()); !s.ok()) return s.error();
    // The directory belongs to the conference's record: its version moves with it.
    auto version = r.conferences().update(*c, expectedVersion);
    if (!version.ok()) return version.error();
    if (Status s = detail::audit(r, ctx, actor, what + (replace ? ".updated" : ".created"), what,
                                 id.str() + "/" + entry.id.str(), before ? ctx.snapshots.of(*before) : "",
                                 ctx.snapshots.of(entry));
        !s.ok())
      return s.error();
    return DirectoryEntry<T>{std::move(entry), *version};
  });
}

}  // namespace

Result<DirectoryNames> directoryNames(const Context& ctx, const Actor& actor, const ConferenceId& conference) {
  auto d = readDirectory(ctx, actor, conference);
  if (!d.ok()) return d.error();
  DirectoryNames out;
  for (const Person& p : d->people) out.people[p.id.str()] = p.name;
  for (const Organization& o : d->organizations) out.organizations[o.id.str()] = o.name;
  return out;
}

bool mayReadEmail(const Actor& actor, const Person& p) {
  if (actor.role == Role::kSecretariat || actor.role == Role::kAdmin) return true;
  return p.country && actor.actsFor(*p.country);
}

Result<Page<Person>> listPeople(const Context& ctx, const Actor& actor, const ConferenceId& conference,
                                const DirectoryQuery& query) {
  auto d = readDirectory(ctx, actor, conference);
  if (!d.ok()) return d.error();
  auto page = pageOf(std::move(d->people), query);
  if (page.ok())
    for (Person& p : page->items) p = shownTo(actor, std::move(p));
  return page;
}

Result<Page<Organization>> listOrganizations(const Context& ctx, const Actor& actor, const ConferenceId& conference,
                                             const DirectoryQuery& query) {
  auto d = readDirectory(ctx, actor, conference);
  if (!d.ok()) return d.error();
  return pageOf(std::move(d->organizations), query);
}

Result<Person> getPerson(const Context& ctx, const Actor& actor, const ConferenceId& conference, const PersonId& id) {
  auto d = readDirectory(ctx, actor, conference);
  if (!d.ok()) return d.error();
  const Person* p = find(d->people, id);
  if (!p) return Error::notFound("person " + id.str() + " is not in this conference's directory", "person");
  return shownTo(actor, *p);
}

Result<Organization> getOrganization(const Context& ctx, const Actor& actor, const ConferenceId& conference,
                                     const OrganizationId& id) {
  auto d = readDirectory(ctx, actor, conference);
  if (!d.ok()) return d.error();
  const Organization* o = find(d->organizations, id);
  if (!o) return Error::notFound("organization " + id.str() + " is not in this conference's directory", "organization");
  return *o;
}

Result<DirectoryEntry<Person>> writePerson(const Context& ctx, const Actor& actor, const CountryCatalog& countries,
                                           const ConferenceId& conference, Person p, bool replace,
                                           long expectedVersion) {
  return writeEntry(ctx, actor, countries, conference, std::move(p), replace, expectedVersion, "person");
}

Result<DirectoryEntry<Organization>> writeOrganization(const Context& ctx, const Actor& actor,
                                                       const CountryCatalog& countries,
                                                       const ConferenceId& conference, Organization o, bool replace,
                                                       long expectedVersion) {
  return writeEntry(ctx, actor, countries, conference, std::move(o), replace, expectedVersion, "organization");
}

}  // namespace accord::app
