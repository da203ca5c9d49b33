#include "delegates_view.h"

#include "labels.h"
#include "page.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

List roleChoices(const Wording& w, DelegateRole selected) {
  List out;
  for (const char* name : enumNames<DelegateRole>())
    out.push_back(choice(name, delegateRoleLabel(w, *parseDelegateRole("role", name)), std::string(toString(selected)) == name));
  return out;
}

Data newDelegateForm(const Site& site, const Visit& v, const Conference& c, const app::Directory& directory,
                     const RefusedForm* refused) {
  const bool posted = refused && refused->form == "delegate";
  Data f;
  f.set("action", link(v, "/conferences/" + pathSegment(c.id.str()) + "/delegates"));
  f.set("importHref", link(v, "/conferences/" + pathSegment(c.id.str()) + "/delegates/import"));
  const std::string country = posted ? v.field("country") : "";
  List countries;
  for (const Country& k : site.services.countries.all())
    countries.push_back(choice(k.code.str(), countryName(site, k.code), k.code.str() == country));
  f.set("countries", countries);
  const std::string person = posted ? v.field("person") : "";
  List people;
  people.push_back(choice("", v.words("delegates.someone_new"), person.empty()));
  for (const Person& p : directory.people)
    people.push_back(choice(p.id.str(), p.name + (p.title.empty() ? "" : ", " + p.title), p.id.str() == person));
  f.set("people", people);
  auto role = parseDelegateRole("role", posted ? v.field("role") : "");
  f.set("roles", roleChoices(v.words, role.ok() ? *role : DelegateRole::kExpert));
  f.set("name", posted ? v.field("name") : "");
  f.set("title", posted ? v.field("title") : "");
  f.set("open", posted);
  // Unset keys would be looked up in the page around the form, where another
  // refused form (a new declaration's) may have put its own.
  for (const char* key : {"formError", "error_country", "error_role", "error_person", "error_name", "error_title"})
    f.set(key, false);
  if (posted) putErrors(v.words, f, refused->errors);
  return f;
}

Data delegateForms(const Visit& v, const Conference& c, const CountryCode& country, const DelegationMember& m) {
  std::string base = "/conferences/" + pathSegment(c.id.str()) + "/delegations/" + pathSegment(country.str()) +
                     "/members/" + pathSegment(m.person.str());
  Data f;
  f.set("roleAction", link(v, base));
  f.set("removeAction", link(v, base + "/remove"));
  f.set("roles", roleChoices(v.words, m.role));
  return f;
}

}  // namespace accord::web
