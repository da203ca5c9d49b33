#include "conference_repository.h"

#include <map>

#include "codec.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
// The children of a conference, rewritten whole on update: they have no identity
// of their own and no other record refers to them.
void writeChildren(Sql& sql, const Conference& c) {
  std::vector<Params> languages, organizers, speakers, delegations, members, sessions, sessionSpeakers;
  for (std::size_t i = 0; i < c.languages.size(); ++i) languages.push_back({v(c.id), v(i), v(c.languages[i])});
  for (std::size_t i = 0; i < c.organizers.size(); ++i) organizers.push_back({v(c.id), v(i), v(c.organizers[i])});
  for (std::size_t i = 0; i < c.speakers.size(); ++i)
    speakers.push_back({v(c.id), v(i), v(c.speakers[i].person), v(c.speakers[i].role)});
  for (std::size_t i = 0; i < c.delegations.size(); ++i) {
    const auto& d = c.delegations[i];
    delegations.push_back({v(c.id), v(d.country), v(i)});
    for (std::size_t m = 0; m < d.members.size(); ++m)
      members.push_back({v(c.id), v(d.country), v(m), v(d.members[m].person), v(toString(d.members[m].role))});
  }
  for (std::size_t i = 0; i < c.sessions.size(); ++i) {
    const auto& s = c.sessions[i];
    sessions.push_back({v(c.id), v(s.id), v(i), v(s.date), v(s.start), v(s.end), v(s.title), v(s.room)});
    for (std::size_t k = 0; k < s.speakers.size(); ++k) sessionSpeakers.push_back({v(c.id), v(s.id), v(k), v(s.speakers[k])});
  }
  sql.insertRows("conference_language", {"conference_id", "ord", "code"}, std::move(languages));
  sql.insertRows("conference_organizer", {"conference_id", "ord", "organization_id"}, std::move(organizers));
  sql.insertRows("conference_speaker", {"conference_id", "ord", "person_id", "role"}, std::move(speakers));
  sql.insertRows("delegation", {"conference_id", "country", "ord"}, std::move(delegations));
  sql.insertRows("delegation_member", {"conference_id", "country", "ord", "person_id", "role"}, std::move(members));
  sql.insertRows("conference_session", {"conference_id", "id", "ord", "day", "start_time", "end_time", "title", "room"},
                 std::move(sessions));
  sql.insertRows("conference_session_speaker", {"conference_id", "session_id", "ord", "person_id"},
                 std::move(sessionSpeakers));
}

void deleteChildren(Sql& sql, const ConferenceId& id) {
  for (const char* table : {"conference_session_speaker", "conference_session", "delegation_member", "delegation",
                            "conference_speaker", "conference_organizer",
                            "conference_language"})
    sql.exec(std::string("DELETE FROM ") + table + " WHERE conference_id = ?", {v(id)});
}
}  // namespace

std::vector<Conference> loadConferences(Sql& sql, const Scope& s) {
  std::vector<Conference> out;
  std::map<std::string, std::size_t> at;
  Rows r = sql.query("SELECT id, title, city, venue, start_date, end_date, status, version FROM conference WHERE " +
                         s.parent + " ORDER BY id",
                     s.params);
  for (std::size_t i = 0; i < r.size(); ++i) {
    Conference c;
    c.id = idOf<ConferenceId>(r, i, 0);
    c.title = r.str(i, 1);
    c.city = r.str(i, 2);
    c.venue = r.str(i, 3);
    c.startDate = date(r, i, 4);
    c.endDate = date(r, i, 5);
    c.status = enumOf(r, i, 6, parseConferenceStatus);
    c.version = r.i64(i, 7);
    at[c.id.str()] = out.size();
    out.push_back(std::move(c));
  }
  if (out.empty()) return out;
  auto of = [&](const Rows& rows, std::size_t i) -> Conference& { return out[at.at(rows.str(i, 0))]; };
  Rows lang = sql.query("SELECT conference_id, code FROM conference_language WHERE " + s.child +
                            " ORDER BY conference_id, ord", s.params);
  for (std::size_t i = 0; i < lang.size(); ++i) of(lang, i).languages.push_back(lang.str(i, 1));
  Rows org = sql.query("SELECT conference_id, organization_id FROM conference_organizer WHERE " + s.child +
                           " ORDER BY conference_id, ord", s.params);
  for (std::size_t i = 0; i < org.size(); ++i) of(org, i).organizers.push_back(idOf<OrganizationId>(org, i, 1));
  Rows sp = sql.query("SELECT conference_id, person_id, role FROM conference_speaker WHERE " + s.child +
                          " ORDER BY conference_id, ord", s.params);
  for (std::size_t i = 0; i < sp.size(); ++i) of(sp, i).speakers.push_back({idOf<PersonId>(sp, i, 1), sp.str(i, 2)});
  Rows del = sql.query("SELECT conference_id, country FROM delegation WHERE " + s.child +
                           " ORDER BY conference_id, ord", s.params);
  for (std::size_t i = 0; i < del.size(); ++i) of(del, i).delegations.push_back({country(del, i, 1), {}});
  Rows mem = sql.query("SELECT m.conference_id, m.country, m.person_id, m.role FROM delegation_member m WHERE " +
                           s.child + " ORDER BY m.conference_id, m.country, m.ord", s.params);
  for (std::size_t i = 0; i < mem.size(); ++i) {
    Conference& c = of(mem, i);
    CountryCode code = country(mem, i, 1);
    for (auto& d : c.delegations)
      if (d.country == code) d.members.push_back({idOf<PersonId>(mem, i, 2), enumOf(mem, i, 3, parseDelegateRole)});
  }
  Rows ses = sql.query("SELECT conference_id, id, day, start_time, end_time, title, room FROM conference_session WHERE " +
                           s.child + " ORDER BY conference_id, ord", s.params);
  for (std::size_t i = 0; i < ses.size(); ++i)
    of(ses, i).sessions.push_back(
        {ses.str(i, 1), date(ses, i, 2), ses.str(i, 3), ses.str(i, 4), ses.str(i, 5), ses.str(i, 6), {}});
  Rows ssp = sql.query("SELECT conference_id, session_id, person_id FROM conference_session_speaker WHERE " + s.child +
                           " ORDER BY conference_id, session_id, ord", s.params);
  for (std::size_t i = 0; i < ssp.size(); ++i)
    for (auto& session : of(ssp, i).sessions)
      if (session.id == ssp.str(i, 1)) session.speakers.push_back(idOf<PersonId>(ssp, i, 2));
  return out;
}

app::Directory loadDirectory(Sql& sql, const ConferenceId& id) {
  app::Directory d;
  Rows note = sql.query("SELECT illustrative FROM conference WHERE id = ?", {v(id)});
  if (note.size()) d.illustrative = note.str(0, 0);
  Rows cs = sql.query("SELECT code, name, display_name, footnote, user_defined FROM conference_country "
                      "WHERE conference_id = ? ORDER BY ord", {v(id)});
  for (std::size_t i = 0; i < cs.size(); ++i)
    d.countries.push_back({country(cs, i, 0), cs.str(i, 1), cs.str(i, 2), cs.str(i, 3), {}, flag(cs, i, 4), {}});
  Rows names = sql.query("SELECT code, language, name FROM conference_country_name WHERE conference_id = ? "
                         "ORDER BY code, language", {v(id)});
  for (std::size_t i = 0; i < names.size(); ++i)
    for (auto& c : d.countries)
      if (c.code.str() == names.str(i, 0)) c.names[names.str(i, 1)] = names.str(i, 2);
  Rows os = sql.query("SELECT id, name, acronym, country, kind FROM organization WHERE conference_id = ? "
                      "ORDER BY ord", {v(id)});
  for (std::size_t i = 0; i < os.size(); ++i)
    d.organizations.push_back({idOf<OrganizationId>(os, i, 0), os.str(i, 1), os.str(i, 2), optCountry(os, i, 3),
                               enumOf(os, i, 4, parseOrganizationKind)});
  Rows ps = sql.query("SELECT id, name, title, organization_id, country, email, language FROM person "
                      "WHERE conference_id = ? ORDER BY ord", {v(id)});
  for (std::size_t i = 0; i < ps.size(); ++i) {
    Person p{idOf<PersonId>(ps, i, 0), ps.str(i, 1), ps.str(i, 2), std::nullopt, optCountry(ps, i, 4),
             ps.str(i, 5), ps.str(i, 6)};
    if (!ps.isNull(i, 3)) p.organization = idOf<OrganizationId>(ps, i, 3);
    d.people.push_back(std::move(p));
  }
  return d;
}

void insertConference(Sql& sql, const Conference& c, const app::Directory& d) {
  sql.exec("INSERT INTO conference (id, title, city, venue, start_date, end_date, status, illustrative, version) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
           {v(c.id), v(c.title), v(c.city), v(c.venue), v(c.startDate), v(c.endDate), v(toString(c.status)),
            v(d.illustrative), v(c.version > 0 ? c.version : 1L)});
  std::vector<Params> countries, names, orgs, people;
  for (std::size_t i = 0; i < d.countries.size(); ++i) {
    const auto& k = d.countries[i];
    countries.push_back({v(c.id), v(i), v(k.code), v(k.name), v(k.displayName), v(k.footnote), v(k.userDefined)});
    for (const auto& [lang, name] : k.names) names.push_back({v(c.id), v(k.code), v(lang), v(name)});
  }
  for (std::size_t i = 0; i < d.organizations.size(); ++i) {
    const auto& o = d.organizations[i];
    orgs.push_back({v(c.id), v(o.id), v(i), v(o.name), v(o.acronym), v(o.country), v(toString(o.kind))});
  }
  for (std::size_t i = 0; i < d.people.size(); ++i) {
    const auto& p = d.people[i];
    people.push_back(
        {v(c.id), v(p.id), v(i), v(p.name), v(p.title), v(p.organization), v(p.country), v(p.email), v(p.language)});
  }
  sql.insertRows("conference_country", {"conference_id", "ord", "code", "name", "display_name", "footnote",
                                        "user_defined"}, std::move(countries));
  sql.insertRows("conference_country_name", {"conference_id", "code", "language", "name"}, std::move(names));
  sql.insertRows("organization", {"conference_id", "id", "ord", "name", "acronym", "country", "kind"},
                 std::move(orgs));
  sql.insertRows("person",
                 {"conference_id", "id", "ord", "name", "title", "organization_id", "country", "email", "language"},
                 std::move(people));
  writeChildren(sql, c);
}

Result<Conference> SqlConferenceRepository::get(const ConferenceId& id) {
  return guarded(tx_, [&]() -> Result<Conference> {
    auto found = loadConferences(sql_, {"id = ?", "conference_id = ?", {v(id)}});
    if (found.empty()) return Error::notFound("conference " + id.str() + " does not exist", "conference");
    return std::move(found.front());
  });
}

Result<app::Page<Conference>> SqlConferenceRepository::list(const app::PageRequest& page) {
  return guarded(tx_, [&]() -> Result<app::Page<Conference>> {
    std::string ids = "(SELECT id FROM conference WHERE id > ? ORDER BY id LIMIT ?)";
    app::Page<Conference> out;
    out.items = loadConferences(sql_, {"id IN " + ids, "conference_id IN " + ids,
                                       {v(page.after), v(page.clampedLimit() + 1)}});
    trimPage(out.items, page.clampedLimit(), out.next, [](const Conference& c) { return c.id.str(); });
    return out;
  });
}

Result<app::Directory> SqlConferenceRepository::directory(const ConferenceId& id) {
  return guarded(tx_, [&]() -> Result<app::Directory> { return loadDirectory(sql_, id); });
}

Status SqlConferenceRepository::insert(const Conference& c, const app::Directory& directory) {
  return guarded(tx_, [&]() -> Status {
    insertConference(sql_, c, directory);
    return {};
  });
}

Result<long> SqlConferenceRepository::update(const Conference& c, long expectedVersion) {
  return guarded(tx_, [&]() -> Result<long> {
    auto version = versionedUpdate(
        sql_, "conference", "title = ?, city = ?, venue = ?, start_date = ?, end_date = ?, status = ?",
        {v(c.title), v(c.city), v(c.venue), v(c.startDate), v(c.endDate), v(toString(c.status))}, "id = ?",
        {v(c.id)}, expectedVersion, "conference " + c.id.str());
    if (!version.ok()) return version;
    deleteChildren(sql_, c.id);
    writeChildren(sql_, c);
    return version;
  });
}

Status SqlConferenceRepository::addPerson(const ConferenceId& conference, const Person& p) {
  return guarded(tx_, [&]() -> Status {
    sql_.exec("INSERT INTO person (conference_id, id, ord, name, title, organization_id, country, email, language) "
              "VALUES (?, ?, (SELECT COALESCE(MAX(ord), -1) + 1 FROM person WHERE conference_id = ?), ?, ?, ?, ?, ?, ?)",
              {v(conference), v(p.id), v(conference), v(p.name), v(p.title), v(p.organization), v(p.country),
               v(p.email), v(p.language)});
    return {};
  });
}

Status SqlConferenceRepository::updatePerson(const ConferenceId& conference, const Person& p) {
  return guarded(tx_, [&]() -> Status {
    std::size_t n = sql_.exec("UPDATE person SET name = ?, title = ?, organization_id = ?, country = ?, email = ?, "
                              "language = ? WHERE conference_id = ? AND id = ?",
                              {v(p.name), v(p.title), v(p.organization), v(p.country), v(p.email), v(p.language),
                               v(conference), v(p.id)});
    if (n == 0) return Error::notFound("person " + p.id.str() + " is not in this conference's directory", "person");
    return {};
  });
}

Status SqlConferenceRepository::addOrganization(const ConferenceId& conference, const Organization& o) {
  return guarded(tx_, [&]() -> Status {
    sql_.exec("INSERT INTO organization (conference_id, id, ord, name, acronym, country, kind) VALUES "
              "(?, ?, (SELECT COALESCE(MAX(ord), -1) + 1 FROM organization WHERE conference_id = ?), ?, ?, ?, ?)",
              {v(conference), v(o.id), v(conference), v(o.name), v(o.acronym), v(o.country), v(toString(o.kind))});
    return {};
  });
}

Status SqlConferenceRepository::updateOrganization(const ConferenceId& conference, const Organization& o) {
  return guarded(tx_, [&]() -> Status {
    std::size_t n = sql_.exec("UPDATE organization SET name = ?, acronym = ?, country = ?, kind = ? "
                              "WHERE conference_id = ? AND id = ?",
                              {v(o.name), v(o.acronym), v(o.country), v(toString(o.kind)), v(conference), v(o.id)});
    if (n == 0)
      return Error::notFound("organization " + o.id.str() + " is not in this conference's directory", "organization");
    return {};
  });
}

Status SqlConferenceRepository::remove(const ConferenceId& id, long expectedVersion) {
  return guarded(tx_, [&]() -> Status {
    // The version check also locks the row against a concurrent change.
    auto version = versionedUpdate(sql_, "conference", "status = status", {}, "id = ?", {v(id)}, expectedVersion,
                                   "conference " + id.str());
    if (!version.ok()) return version.error();
    deleteChildren(sql_, id);
    // The directory, referring tables first.
    for (const char* table : {"person", "organization", "conference_country_name", "conference_country"})
      sql_.exec(std::string("DELETE FROM ") + table + " WHERE conference_id = ?", {v(id)});
    sql_.exec("DELETE FROM conference WHERE id = ?", {v(id)});
    return {};
  });
}

}  // namespace accord::storage::detail
