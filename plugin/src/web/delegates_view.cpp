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

Data newDelegateForm(const Site& site, const Visit& v, const Conference& c, const app::Directory& directory) {
  Data f;
  f.set("action", link(v, "/conferences/" + pathSegment(c.id.str()) + "/delegates"));
  f.set("importHref", link(v, "/conferences/" + pathSegment(c.id.str()) + "/delegates/import"));
  List countries;
  for (const Country& k : site.services.countries.all())
    countries.push_back(choice(k.code.str(), countryName(site, k.code), false));
  f.set("countries", countries);
  List people;
  people.push_back(choice("", v.words("delegates.someone_new"), true));
  for (const Person& p : directory.people)
    people.push_back(choice(p.id.str(), p.name + (p.title.empty() ? "" : ", " + p.title), false));
  f.set("people", people);
  f.set("roles", roleChoices(v.words, DelegateRole::kExpert));
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
