#include "accord/domain/dossier.h"

#include <set>

namespace accord::domain {
namespace {

template <class T, class Pred>
const T* findIf(const std::vector<T>& items, Pred pred) {
  for (const auto& item : items)
    if (pred(item)) return &item;
  return nullptr;
}

template <class T, class Pred>
std::vector<const T*> filter(const std::vector<T>& items, Pred pred) {
  std::vector<const T*> out;
  for (const auto& item : items)
    if (pred(item)) out.push_back(&item);
  return out;
}

std::string at(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

// Collects every problem rather than stopping at the first: a person fixing a
// bundle by hand wants the whole list.
class Problems {
 public:
  void add(const Status& s) {
    if (!s.ok()) errors_.push_back(s.error());
  }
  void unless(bool condition, ErrorCode code, std::string field, std::string message) {
    if (!condition) errors_.push_back({code, std::move(message), std::move(field)});
  }
  std::vector<Error> take() { return std::move(errors_); }

 private:
  std::vector<Error> errors_;
};

// What a comment or an amendment refers to: its declaration, the revision and unit
// it is anchored to, its number unique per declaration. `seen` holds "decl|n".
template <class Remark>
void checkRemark(const Dossier& d, const Remark& x, const std::string& path, std::set<std::string>& seen,
                 Problems& p) {
  const Declaration* decl = d.declaration(x.declaration);
  p.unless(decl != nullptr, ErrorCode::kNotFound, path + ".declaration",
           "names the unknown declaration '" + x.declaration.str() + "'");
  p.unless(x.number > 0 && seen.insert(x.declaration.str() + "|" + std::to_string(x.number)).second,
           ErrorCode::kAlreadyExists, path + ".number", "must be a number from 1, once per declaration");
  if (!decl) return;
  const Revision* r = decl->revision(x.anchor.revision);
  p.unless(r != nullptr, ErrorCode::kNotFound, path + ".revision",
           "names revision " + std::to_string(x.anchor.revision) + ", which the declaration lacks");
  if (r) p.add(checkAnchor(*r, x.anchor, path));
}

void checkConsultation(Dossier& d, Problems& p) {
  std::set<std::string> comments, amendments;
  for (std::size_t i = 0; i < d.amendments.size(); ++i) {
    auto& a = d.amendments[i];
    std::string path = at("amendments", i);
    p.add(normalize(a, path));
    checkRemark(d, a, path, amendments, p);
    if (const Declaration* decl = d.declaration(a.declaration); decl && a.incorporatedIn)
      p.unless(decl->revision(*a.incorporatedIn) != nullptr, ErrorCode::kNotFound, path + ".incorporatedIn",
               "names a revision the declaration lacks");
  }
  for (std::size_t i = 0; i < d.comments.size(); ++i) {
    auto& c = d.comments[i];
    std::string path = at("comments", i);
    p.add(normalize(c, path));
    checkRemark(d, c, path, comments, p);
    std::string decl = c.declaration.str() + "|";
    if (c.replyToComment)
      p.unless(*c.replyToComment < c.number && comments.count(decl + std::to_string(*c.replyToComment)) != 0,
               ErrorCode::kNotFound,
               path + ".replyToComment", "must name an earlier comment of the declaration");
    if (c.replyToAmendment)
      p.unless(amendments.count(decl + std::to_string(*c.replyToAmendment)) != 0, ErrorCode::kNotFound,
               path + ".replyToAmendment", "must name an amendment of the declaration");
  }
}

// A language version names a declaration and a revision it has, once per
// language, never in the base language, and translates only units of its revision.
void checkLanguageVersions(Dossier& d, Problems& p) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < d.languageVersions.size(); ++i) {
    auto& v = d.languageVersions[i];
    std::string path = at("languageVersions", i);
    p.add(normalize(v, path));
    const Declaration* decl = d.declaration(v.declaration);
    p.unless(seen.insert(v.declaration.str() + "|" + std::to_string(v.revision) + "|" + v.language).second,
             ErrorCode::kAlreadyExists, path + ".language", "is given twice for the same revision");
    if (!decl) continue;
    p.unless(v.language != decl->baseLanguage, ErrorCode::kInvalidArgument, path + ".language",
             "is the declaration's base language");
    const Revision* r = decl->revision(v.revision);
    p.unless(r != nullptr, ErrorCode::kNotFound, path + ".revision",
             "names revision " + std::to_string(v.revision) + ", which the declaration lacks");
    if (!r) continue;
    for (std::size_t u = 0; u < v.units.size(); ++u)
      p.unless(unitText(*r, v.units[u].unit) != nullptr, ErrorCode::kNotFound,
               path + ".units[" + std::to_string(u) + "].unit", "names a unit revision " +
                   std::to_string(v.revision) + " lacks");
  }
}

}  // namespace

CountryCatalog catalogFor(const Dossier& dossier, const CountryCatalog& reference) {
  CountryCatalog catalog = reference;
  for (Country c : dossier.countries) {
    const Country* known = reference.find(c.code);
    c.userDefined = known == nullptr || known->userDefined;
    // A dossier's entry overrides the display; what it does not say (names in
    // other languages, former names) stays the reference's.
    if (known) {
      for (const auto& [language, name] : known->names) c.names.emplace(language, name);
      if (c.formerNames.empty()) c.formerNames = known->formerNames;
    }
    catalog.put(std::move(c));
  }
  return catalog;
}

const Declaration* Dossier::declaration(const DeclarationId& id) const {
  return findIf(declarations, [&](const auto& d) { return d.id == id; });
}
const Commitment* Dossier::commitment(const CommitmentId& id) const {
  return findIf(commitments, [&](const auto& c) { return c.id == id; });
}
const Person* Dossier::person(const PersonId& id) const {
  return findIf(people, [&](const auto& p) { return p.id == id; });
}
const Organization* Dossier::organization(const OrganizationId& id) const {
  return findIf(organizations, [&](const auto& o) { return o.id == id; });
}
const Endorsement* Dossier::endorsement(const DeclarationId& d, const CountryCode& c) const {
  return findIf(endorsements, [&](const auto& e) { return e.declaration == d && e.country == c; });
}
const Assignment* Dossier::assignment(const CommitmentId& c, const CountryCode& country) const {
  return findIf(assignments, [&](const auto& a) { return a.commitment == c && a.country == country; });
}
std::vector<const Endorsement*> Dossier::endorsementsOf(const DeclarationId& d) const {
  return filter(endorsements, [&](const auto& e) { return e.declaration == d; });
}
std::vector<const Commitment*> Dossier::commitmentsOf(const DeclarationId& d) const {
  return filter(commitments, [&](const auto& c) { return c.declaration == d; });
}
std::vector<const Assignment*> Dossier::assignmentsOf(const CommitmentId& c) const {
  return filter(assignments, [&](const auto& a) { return a.commitment == c; });
}
std::vector<const Comment*> Dossier::commentsOf(const DeclarationId& d) const {
  return filter(comments, [&](const auto& c) { return c.declaration == d; });
}

std::vector<const Amendment*> Dossier::amendmentsOf(const DeclarationId& d) const {
  return filter(amendments, [&](const auto& a) { return a.declaration == d; });
}

std::vector<const LanguageVersion*> Dossier::languageVersionsOf(const DeclarationId& d) const {
  return filter(languageVersions, [&](const auto& v) { return v.declaration == d; });
}

std::vector<const ProgressReport*> Dossier::reportsOf(const CommitmentId& c, const CountryCode& country) const {
  return filter(reports, [&](const auto& r) { return r.commitment == c && r.country == country; });
}

std::vector<Error> normalize(Dossier& d, const CountryCatalog& catalog) {
  Problems p;
  auto country = [&](const std::string& field, const CountryCode& c) { p.add(catalog.require(field, c)); };

  std::set<std::string> orgIds, personIds, declIds, commitmentIds, reportIds, pairs;
  for (std::size_t i = 0; i < d.organizations.size(); ++i) {
    auto& o = d.organizations[i];
    p.add(normalize(o, at("organizations", i)));
    p.unless(orgIds.insert(o.id.str()).second, ErrorCode::kAlreadyExists, at("organizations", i) + ".id",
             "repeats the organization id '" + o.id.str() + "'");
    if (o.country) country(at("organizations", i) + ".country", *o.country);
  }
  for (std::size_t i = 0; i < d.people.size(); ++i) {
    auto& person = d.people[i];
    p.add(normalize(person, at("people", i)));
    p.unless(personIds.insert(person.id.str()).second, ErrorCode::kAlreadyExists, at("people", i) + ".id",
             "repeats the person id '" + person.id.str() + "'");
    if (person.country) country(at("people", i) + ".country", *person.country);
    if (person.organization)
      p.unless(orgIds.count(person.organization->str()) != 0, ErrorCode::kNotFound, at("people", i) + ".organization",
               "names the unknown organization '" + person.organization->str() + "'");
  }

  Conference& c = d.conference;
  p.add(normalize(c));
  for (std::size_t i = 0; i < c.organizers.size(); ++i)
    p.unless(orgIds.count(c.organizers[i].str()) != 0, ErrorCode::kNotFound, at("conference.organizers", i),
             "names the unknown organization '" + c.organizers[i].str() + "'");
  for (std::size_t i = 0; i < c.speakers.size(); ++i)
    p.unless(personIds.count(c.speakers[i].person.str()) != 0, ErrorCode::kNotFound,
             at("conference.speakers", i) + ".person", "names the unknown person '" + c.speakers[i].person.str() + "'");
  for (std::size_t i = 0; i < c.sessions.size(); ++i)
    for (std::size_t k = 0; k < c.sessions[i].speakers.size(); ++k)
      p.unless(personIds.count(c.sessions[i].speakers[k].str()) != 0, ErrorCode::kNotFound,
               at(at("conference.sessions", i) + ".speakers", k),
               "names the unknown person '" + c.sessions[i].speakers[k].str() + "'");
  for (std::size_t i = 0; i < c.delegations.size(); ++i) {
    const auto& del = c.delegations[i];
    country(at("conference.delegations", i) + ".country", del.country);
    for (std::size_t j = 0; j < del.members.size(); ++j)
      p.unless(personIds.count(del.members[j].person.str()) != 0, ErrorCode::kNotFound,
               at(at("conference.delegations", i) + ".members", j) + ".person",
               "names the unknown person '" + del.members[j].person.str() + "'");
  }

  for (std::size_t i = 0; i < d.declarations.size(); ++i) {
    auto& decl = d.declarations[i];
    std::string path = at("declarations", i);
    p.add(normalize(decl, path));
    p.unless(declIds.insert(decl.id.str()).second, ErrorCode::kAlreadyExists, path + ".id",
             "repeats the declaration id '" + decl.id.str() + "'");
    p.unless(decl.conference == c.id, ErrorCode::kInvalidArgument, path + ".conference",
             "must be the bundle's conference '" + c.id.str() + "'");
    for (std::size_t j = 0; j < decl.invitedCountries.size(); ++j)
      country(at(path + ".invitedCountries", j), decl.invitedCountries[j]);
  }

  for (std::size_t i = 0; i < d.endorsements.size(); ++i) {
    auto& e = d.endorsements[i];
    std::string path = at("endorsements", i);
    const Declaration* decl = d.declaration(e.declaration);
    p.unless(decl != nullptr, ErrorCode::kNotFound, path + ".declaration",
             "names the unknown declaration '" + e.declaration.str() + "'");
    if (decl) p.add(normalize(e, *decl, path));
    p.unless(pairs.insert("e|" + e.declaration.str() + "|" + e.country.str()).second, ErrorCode::kAlreadyExists,
             path + ".country", "has a second endorsement for " + e.country.str());
  }

  for (std::size_t i = 0; i < d.commitments.size(); ++i) {
    auto& cm = d.commitments[i];
    std::string path = at("commitments", i);
    const Declaration* decl = d.declaration(cm.declaration);
    p.unless(decl != nullptr, ErrorCode::kNotFound, path + ".declaration",
             "names the unknown declaration '" + cm.declaration.str() + "'");
    if (decl) p.add(normalize(cm, *decl, path));
    p.unless(commitmentIds.insert(cm.id.str()).second, ErrorCode::kAlreadyExists, path + ".id",
             "repeats the commitment id '" + cm.id.str() + "'");
  }

  for (std::size_t i = 0; i < d.assignments.size(); ++i) {
    auto& a = d.assignments[i];
    std::string path = at("assignments", i);
    const Commitment* cm = d.commitment(a.commitment);
    p.unless(cm != nullptr, ErrorCode::kNotFound, path + ".commitment",
             "names the unknown commitment '" + a.commitment.str() + "'");
    if (cm) p.add(normalize(a, *cm, path));
    p.unless(pairs.insert("a|" + a.commitment.str() + "|" + a.country.str()).second, ErrorCode::kAlreadyExists,
             path + ".country", "has a second assignment for " + a.country.str());
  }

  for (std::size_t i = 0; i < d.reports.size(); ++i) {
    auto& r = d.reports[i];
    std::string path = at("reports", i);
    p.add(normalize(r, path));
    p.unless(reportIds.insert(r.id.str()).second, ErrorCode::kAlreadyExists, path + ".id",
             "repeats the report id '" + r.id.str() + "'");
    p.unless(pairs.count("a|" + r.commitment.str() + "|" + r.country.str()) != 0, ErrorCode::kNotFound,
             path + ".country", "reports on a commitment not assigned to " + r.country.str());
  }
  checkConsultation(d, p);
  checkLanguageVersions(d, p);
  return p.take();
}

}  // namespace accord::domain
