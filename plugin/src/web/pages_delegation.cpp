// The secretariat's delegation forms on the conference page: a delegate added
// (from the directory or new to it), a role changed, a delegate removed. Each
// calls one use case under the version the page showed; a refusal is shown in words.
#include "accord/app/delegation_use_cases.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// The new delegate the form describes: someone picked from the directory
// ("person"), or someone new ("name", "title"), with an id made up for them.
Result<app::NewDelegate> delegateFromForm(const Visit& v) {
  auto country = CountryCode::parse("country", v.field("country"));
  if (!country.ok()) return country.error();
  auto role = parseDelegateRole("role", v.field("role"));
  if (!role.ok()) return role.error();
  app::NewDelegate d;
  d.country = *country;
  d.role = *role;
  if (!v.field("person").empty()) {
    d.person = PersonId(v.field("person"));
    return d;
  }
  Person p;
  p.id = PersonId(madeUpId("p-"));
  p.name = v.field("name");
  p.title = v.field("title");
  p.country = *country;
  d.newPerson = p;
  return d;
}

// Back to the delegations after a change, or the refusal in words.
Reply afterChange(const Site& site, Visit& v, const Result<Conference>& changed) {
  if (!changed.ok()) return errorPage(site, v, changed.error());
  return redirectTo(v, "/conferences/" + pathSegment(changed->id.str()) + "#delegations");
}

}  // namespace

Reply addDelegateForm(const Site& site, Visit& v) {
  ConferenceId id(v.param("id"));
  auto version = formVersion(v);
  if (!version.ok()) return errorPage(site, v, version.error());
  auto delegate = delegateFromForm(v);
  if (!delegate.ok()) return errorPage(site, v, delegate.error());
  return afterChange(site, v, app::addDelegate(site.ctx, v.actor(), site.services.countries, id, *delegate, *version));
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
                                         PersonId(v.param("person")), *role, *version));
}

Reply removeDelegateForm(const Site& site, Visit& v) {
  auto version = formVersion(v);
  if (!version.ok()) return errorPage(site, v, version.error());
  auto country = CountryCode::parse("country", v.param("country"));
  if (!country.ok()) return errorPage(site, v, country.error());
  return afterChange(site, v,
                     app::changeDelegate(site.ctx, v.actor(), ConferenceId(v.param("id")), *country,
                                         PersonId(v.param("person")), std::nullopt, *version));
}

}  // namespace accord::web
