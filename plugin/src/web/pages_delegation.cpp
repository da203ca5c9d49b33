// The secretariat's delegation forms on the conference page: a delegate added
// (from the directory or new to it), a role changed, a delegate removed. Each
// calls one use case under the version the page showed; a refusal is shown in words.
#include "accord/app/delegation_use_cases.h"
#include "accord/app/read_models.h"
#include "accord/domain/text.h"
#include "page.h"
#include "pages.h"
#include "refused_form.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// The new delegate the form describes: someone picked from the directory
// ("person"), or someone new ("name", "title"), with an id made up for them. The
// form's own checks, one per field, go to `errors`.
app::NewDelegate delegateFromForm(const Visit& v, const CountryCatalog& countries, std::vector<Error>& errors) {
  app::NewDelegate d;
  auto country = CountryCode::parse("country", v.field("country"));
  if (country.ok()) {
    // A choice the list does not hold is bad input here (422), whatever the catalogue's code for it.
    if (!countries.require("country", *country).ok())
      errors.push_back(Error::invalid("country", "is not one of the countries of the list"));
    d.country = *country;
  } else {
    errors.push_back(country.error());
  }
  auto role = parseDelegateRole("role", v.field("role"));
  if (role.ok()) d.role = *role;
  else errors.push_back(role.error());
  if (!v.field("person").empty()) {
    d.person = PersonId(v.field("person"));
    return d;
  }
  Person p;
  p.id = PersonId(madeUpId("p-"));
  p.name = v.field("name");
  p.title = v.field("title");
  if (country.ok()) p.country = *country;
  if (p.name.find_first_not_of(" \t") == std::string::npos)
    errors.push_back(Error::invalid("name", "must name someone new when no one of the directory is picked"));
  else if (auto name = validateText("name", p.name, text_rules::kName); !name.ok())
    errors.push_back(name.error());
  if (auto title = validateText("title", p.title, text_rules::kOptionalName); !title.ok())
    errors.push_back(title.error());
  d.newPerson = p;
  return d;
}

// The add-delegate form's field a use case's error names: the new person's
// "person.name" is the form's "name"; "country", "person", "role" are its own.
std::string delegateField(const std::string& field) {
  const std::string prefix = "person.";
  if (field.compare(0, prefix.size(), prefix) == 0) {
    std::string rest = field.substr(prefix.size());
    return rest == "id" ? "name" : rest;
  }
  return field;
}

// Back to the delegations after a change, saying what `said` makes of the changed
// conference, or the refusal in words.
template <class Said>
Reply afterChange(const Site& site, Visit& v, const Result<Conference>& changed, Said&& said) {
  if (!changed.ok()) return errorPage(site, v, changed.error());
  return redirectTo(site, v, "/conferences/" + pathSegment(changed->id.str()) + "#delegations", said(*changed));
}

}  // namespace

Reply addDelegateForm(const Site& site, Visit& v) {
  ConferenceId id(v.param("id"));
  auto version = formVersion(v);
  if (!version.ok()) return errorPage(site, v, version.error());
  std::vector<Error> checks;
  const app::NewDelegate d = delegateFromForm(v, site.services.countries, checks);
  if (!checks.empty()) {
    // Every bad field at once, beside it, in the form as typed (refused_form.h).
    RefusedForm refused{"delegate", checks};
    return conferencePageWith(site, v, nullptr, &refused);
  }
  auto added = app::addDelegate(site.ctx, v.actor(), site.services.countries, id, d, *version);
  if (!added.ok() && (added.error().code == ErrorCode::kInvalidArgument ||
                      (added.error().code == ErrorCode::kNotFound && !added.error().field.empty()) ||
                      (added.error().code == ErrorCode::kAlreadyExists && !added.error().field.empty()))) {
    Error e = added.error();
    e.field = delegateField(e.field);
    RefusedForm refused{"delegate", {e}};
    return conferencePageWith(site, v, nullptr, &refused);
  }
  const PersonId person = d.newPerson ? d.newPerson->id : d.person;
  return afterChange(site, v, added, [&](const Conference& c) {
    // Adding someone to the wrong delegation is undone by removing them again.
    std::string who = d.newPerson ? d.newPerson->name : v.words("flash.the_delegate");
    return Flash{v.words("flash.delegate_added", {{"who", who}, {"country", countryName(site, d.country)}}),
                 "/conferences/" + pathSegment(c.id.str()) + "/delegations/" + pathSegment(d.country.str()) +
                     "/members/" + pathSegment(person.str()) + "/remove",
                 v.words("undo.remove_delegate"), {{"version", std::to_string(c.version)}}};
  });
}

Reply changeDelegateForm(const Site& site, Visit& v) {
  auto version = formVersion(v);
  if (!version.ok()) return errorPage(site, v, version.error());
  auto country = CountryCode::parse("country", v.param("country"));
  if (!country.ok()) return errorPage(site, v, country.error());
  auto role = parseDelegateRole("role", v.field("role"));
  if (!role.ok()) return errorPage(site, v, role.error());
  return afterChange(site, v,
                     app::changeDelegate(site.ctx, v.actor(), ConferenceId(v.param("id")), *country,
                                         PersonId(v.param("person")), *role, *version),
                     [&](const Conference&) {
                       return Flash{v.words("flash.delegate_role_changed", {{"country", countryName(site, *country)}})};
                     });
}

// The role `person` holds in `country`'s delegation of the conference as stored
// now ("" when the conference cannot be read or they are not in it).
std::string roleHeld(const Site& site, const Visit& v, const ConferenceId& id, const CountryCode& country,
                     const PersonId& person) {
  auto conference = app::getConference(site.ctx, v.actor(), id);
  if (!conference.ok()) return "";
  for (const Delegation& d : conference->delegations)
    if (d.country == country)
      for (const DelegationMember& m : d.members)
        if (m.person == person) return toString(m.role);
  return "";
}

Reply removeDelegateForm(const Site& site, Visit& v) {
  auto version = formVersion(v);
  if (!version.ok()) return errorPage(site, v, version.error());
  auto country = CountryCode::parse("country", v.param("country"));
  if (!country.ok()) return errorPage(site, v, country.error());
  const ConferenceId id(v.param("id"));
  const PersonId person(v.param("person"));
  const std::string role = roleHeld(site, v, id, *country, person);
  return afterChange(site, v, app::changeDelegate(site.ctx, v.actor(), id, *country, person, std::nullopt, *version),
                     [&](const Conference& c) {
                       std::string said = v.words("flash.delegate_removed", {{"country", countryName(site, *country)}});
                       if (role.empty()) return Flash{said};
                       // Removing the wrong delegate is undone by adding them again in the role they held.
                       return Flash{said, "/conferences/" + pathSegment(c.id.str()) + "/delegates",
                                    v.words("undo.add_delegate_again"),
                                    {{"version", std::to_string(c.version)},
                                     {"country", country->str()},
                                     {"person", person.str()},
                                     {"role", role}}};
                     });
}

}  // namespace accord::web
