// A conference's directory page: its people and organizations, searched by name
// and paged, and for the secretariat the forms that add an entry or rewrite one
// (app/directory_use_cases.h). A refused form comes back with what was typed and
// the refusal beside its field.
#include <map>

#include "accord/app/authorization.h"
#include "accord/app/directory_use_cases.h"
#include "accord/app/read_models.h"
#include "labels.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

std::string directoryPath(const ConferenceId& id) { return "/conferences/" + pathSegment(id.str()) + "/directory"; }

List countryChoices(const Site& site, const Wording& w, const std::optional<CountryCode>& chosen) {
  List out;
  out.push_back(choice("", w("directory.no_country"), !chosen));
  for (const Country& c : site.services.countries.all())
    out.push_back(choice(c.code.str(), countryName(site, c.code), chosen && *chosen == c.code));
  return out;
}

// The person form's fields: those of `p` (a person being edited, or what was typed).
Data personFields(const Site& site, const Visit& v, const Person& p, const std::vector<Organization>& organizations) {
  Data f;
  f.set("name", p.name);
  f.set("title", p.title);
  f.set("email", p.email);
  f.set("language", p.language);
  f.set("countries", countryChoices(site, v.words, p.country));
  List orgs;
  orgs.push_back(choice("", "(none)", !p.organization));
  for (const Organization& o : organizations)
    orgs.push_back(choice(o.id.str(), o.acronym.empty() ? o.name : o.name + " (" + o.acronym + ")",
                          p.organization && *p.organization == o.id));
  f.set("organizations", orgs);
  return f;
}

Data organizationFields(const Site& site, const Visit& v, const Organization& o) {
  Data f;
  f.set("name", o.name);
  f.set("acronym", o.acronym);
  f.set("countries", countryChoices(site, v.words, o.country));
  List kinds;
  for (const char* name : enumNames<OrganizationKind>()) {
    auto k = parseOrganizationKind("kind", name);
    kinds.push_back(choice(name, organizationKindLabel(v.words, *k), *k == o.kind));
  }
  f.set("kinds", kinds);
  return f;
}

// What a refused or prefilled form holds, when the page is shown again.
struct Forms {
  std::optional<Person> person;              // the person form's values
  std::optional<Organization> organization;  // the organization form's values
  bool editingPerson = false, editingOrganization = false;
  const Error* error = nullptr;
};

Reply directoryPageWith(const Site& site, Visit& v, Forms forms) {
  ConferenceId id(v.param("id"));
  auto c = app::getConference(site.ctx, v.actor(), id);
  if (!c.ok()) return errorPage(site, v, c.error());
  app::DirectoryQuery q{v.queryOr("search"), {20, v.queryOr("cursor")}};
  auto people = app::listPeople(site.ctx, v.actor(), id, q);
  if (!people.ok()) return errorPage(site, v, people.error());
  auto organizations = app::listOrganizations(site.ctx, v.actor(), id, {"", {app::kMaxPageSize, ""}});
  if (!organizations.ok()) return errorPage(site, v, organizations.error());
  const bool writes = app::authorize(v.actor(), app::Action::kManageConference).ok();
  const std::string base = directoryPath(id);

  Data view = baseView(site, v, v.words("title.directory", {{"title", c->title}}));
  view.set("crumbs", conferenceCrumbs(v, id.str(), c->title));
  view.set("conferenceTitle", c->title);
  view.set("conferenceHref", link(v, "/conferences/" + pathSegment(id.str())));
  view.set("searchAction", link(v, base));
  view.set("search", q.search);
  std::map<std::string, std::string> orgNames;
  for (const Organization& o : organizations->items) orgNames[o.id.str()] = o.name;
  List rows;
  for (const Person& p : people->items) {
    Data row;
    row.set("id", p.id.str());
    row.set("name", p.name);
    row.set("title", p.title);
    row.set("organization", p.organization ? orgNames[p.organization->str()] : "");
    row.set("country", p.country ? countryName(site, *p.country) : "");
    row.set("email", p.email);
    row.set("language", p.language);
    if (writes) row.set("editHref", link(v, base + "?editPerson=" + pathSegment(p.id.str()) + "#person-form"));
    rows.push_back(row);
  }
  view.set("people", rows);
  view.set("noPeople", people->items.empty());
  if (!people->next.empty())
    view.set("nextHref", link(v, base + "?search=" + pathSegment(q.search) + "&cursor=" + people->next));
  List orgRows;
  for (const Organization& o : organizations->items) {
    Data row;
    row.set("id", o.id.str());
    row.set("name", o.name);
    row.set("acronym", o.acronym);
    row.set("kind", organizationKindLabel(v.words, o.kind));
    row.set("country", o.country ? countryName(site, *o.country) : "");
    if (writes) row.set("editHref", link(v, base + "?editOrganization=" + pathSegment(o.id.str()) + "#org-form"));
    orgRows.push_back(row);
  }
  view.set("organizations", orgRows);
  view.set("noOrganizations", organizations->items.empty());

  if (writes) {
    view.set("version", std::to_string(c->version));
    // A link's "edit" prefills a form with the stored entry, unless a refused form is shown again.
    if (!forms.person && !v.queryOr("editPerson").empty()) {
      auto p = app::getPerson(site.ctx, v.actor(), id, PersonId(v.queryOr("editPerson")));
      if (!p.ok()) return errorPage(site, v, p.error());
      forms.person = *p;
      forms.editingPerson = true;
    }
    if (!forms.organization && !v.queryOr("editOrganization").empty()) {
      auto o = app::getOrganization(site.ctx, v.actor(), id, OrganizationId(v.queryOr("editOrganization")));
      if (!o.ok()) return errorPage(site, v, o.error());
      forms.organization = *o;
      forms.editingOrganization = true;
    }
    Person p = forms.person.value_or(Person{});
    Data personForm = personFields(site, v, p, organizations->items);
    personForm.set("editing", forms.editingPerson);
    personForm.set("action", link(v, base + "/people" + (forms.editingPerson ? "/" + pathSegment(p.id.str()) : "")));
    view.set("personForm", personForm);
    Organization o = forms.organization.value_or(Organization{});
    Data orgForm = organizationFields(site, v, o);
    orgForm.set("editing", forms.editingOrganization);
    orgForm.set("action",
                link(v, base + "/organizations" + (forms.editingOrganization ? "/" + pathSegment(o.id.str()) : "")));
    view.set("organizationForm", orgForm);
  }
  if (forms.error) putError(v.words, view, *forms.error);
  return renderPage(site, v, "directory", view, forms.error ? statusOf(forms.error->code) : 200);
}

std::optional<CountryCode> countryField(const Visit& v, std::vector<Error>& errors, const std::string& name) {
  if (v.field("country").empty()) return std::nullopt;
  auto code = CountryCode::parse(name, v.field("country"));
  if (!code.ok()) {
    errors.push_back(code.error());
    return std::nullopt;
  }
  return *code;
}

}  // namespace

Reply directoryPage(const Site& site, Visit& v) { return directoryPageWith(site, v, {}); }

// The end of either form: its own errors or the use case's refusal shown on the
// page again with what was typed (`again`), or back to the directory saying so.
template <class Write>
Reply finishForm(const Site& site, Visit& v, const ConferenceId& id, std::vector<Error> errors, Forms again,
                 Write&& write) {
  auto version = formVersion(v);
  if (!version.ok()) errors.insert(errors.begin(), version.error());
  if (!errors.empty()) {
    again.error = &errors.front();
    return directoryPageWith(site, v, again);
  }
  auto done = write(*version);
  if (!done.ok()) {
    if (done.error().code == ErrorCode::kForbidden) return errorPage(site, v, done.error());
    again.error = &done.error();
    return directoryPageWith(site, v, again);
  }
  const bool replaced = again.editingPerson || again.editingOrganization;
  return redirectTo(site, v, directoryPath(id),
                    Flash{v.words(replaced ? "flash.directory_changed" : "flash.directory_added", {{"name", done->record.name}})});
}

Reply personForm(const Site& site, Visit& v) {
  ConferenceId id(v.param("id"));
  const bool replace = !v.param("person").empty();
  Person p;
  p.id = PersonId(replace ? v.param("person") : madeUpId("p-"));
  p.name = v.field("name");
  p.title = v.field("title");
  p.email = v.field("email");
  p.language = v.field("language");
  if (!v.field("organization").empty()) p.organization = OrganizationId(v.field("organization"));
  std::vector<Error> errors;
  p.country = countryField(v, errors, "person.country");
  return finishForm(site, v, id, std::move(errors), {p, std::nullopt, replace, false, nullptr}, [&](long version) {
    return app::writePerson(site.ctx, v.actor(), site.services.countries, id, p, replace, version);
  });
}

Reply organizationForm(const Site& site, Visit& v) {
  ConferenceId id(v.param("id"));
  const bool replace = !v.param("organization").empty();
  Organization o;
  o.id = OrganizationId(replace ? v.param("organization") : madeUpId("o-"));
  o.name = v.field("name");
  o.acronym = v.field("acronym");
  std::vector<Error> errors;
  o.country = countryField(v, errors, "organization.country");
  auto kind = parseOrganizationKind("organization.kind", v.field("kind"));
  if (kind.ok()) o.kind = *kind;
  else errors.push_back(kind.error());
  return finishForm(site, v, id, std::move(errors), {std::nullopt, o, false, replace, nullptr}, [&](long version) {
    return app::writeOrganization(site.ctx, v.actor(), site.services.countries, id, o, replace, version);
  });
}

}  // namespace accord::web
