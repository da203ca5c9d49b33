#include "accounts_view.h"

#include <map>
#include <tuple>
#include <utility>

#include "accord/app/account_alerts.h"
#include "accord/app/credentials.h"
#include "labels.h"
#include "page.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

std::string posted(const Fields* form, const std::string& name, const std::string& otherwise) {
  if (!form) return otherwise;
  auto it = form->find(name);
  return it == form->end() ? std::string() : it->second;
}

// The country a coordinator is bound to; the select's value is ignored for other roles.
Result<std::optional<CountryCode>> countryFor(Role role, const Fields& form) {
  if (role != Role::kCoordinator) return std::optional<CountryCode>();
  auto it = form.find("country");
  if (it == form.end() || it->second.empty())
    return Error::invalid("country", "a coordinator acts for one country: choose it");
  auto code = CountryCode::parse("country", it->second);
  if (!code.ok()) return code.error();
  return std::optional<CountryCode>(*code);
}

std::string field(const Fields& form, const std::string& name) {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}

// The role chosen and, for a coordinator, the country.
Result<std::pair<Role, std::optional<CountryCode>>> roleAndCountry(const Fields& form) {
  auto role = parseRole("role", field(form, "role"));
  if (!role.ok()) return role.error();
  auto country = countryFor(*role, form);
  if (!country.ok()) return country.error();
  return std::make_pair(*role, *country);
}

}  // namespace

Data accountRow(const Site& site, const Visit& v, const Account& a) {
  Data d;
  d.set("name", a.name);
  d.set("href", link(v, "/users/" + pathSegment(a.name)));
  d.set("displayName", a.displayName);
  d.set("email", a.email);
  d.set("role", roleLabel(v.words, a.role));
  d.set("country", text(a.country ? countryName(site, *a.country) : ""));
  d.set("active", a.active);
  return d;
}

Data accountFields(const Site& site, const Wording& w, const Account& a, const Fields* form) {
  Data f;
  f.set("name", posted(form, "name", a.name));
  f.set("displayName", posted(form, "displayName", a.displayName));
  f.set("email", posted(form, "email", a.email));
  std::string role = posted(form, "role", toString(a.role));
  List roles;
  for (const char* name : enumNames<Role>())
    roles.push_back(choice(name, roleLabel(w, *parseRole("role", name)), role == name));
  f.set("roles", roles);
  std::string country = posted(form, "country", a.country ? a.country->str() : "");
  List countries;
  countries.push_back(choice("", w("accounts.no_country"), country.empty()));
  for (const Country& k : site.services.countries.all())
    countries.push_back(choice(k.code.str(), countryName(site, k.code), k.code.str() == country));
  f.set("countries", countries);
  f.set("languages", languageChoices(w, posted(form, "language", a.language)));
  return f;
}

List languageChoices(const Wording& w, const std::string& selected) {
  // Each language named in itself: the person choosing may read no English.
  static const std::map<std::string, std::string> kNames{
      {"en", "English"},   {"fr", "Français"},        {"ru", "Русский"},   {"de", "Deutsch"},
      {"it", "Italiano"},  {"es", "Español"},         {"sq", "Shqip"},     {"bs", "Bosanski"},
      {"hr", "Hrvatski"},  {"mk", "Македонски"},      {"sr", "Српски"},    {"sr-Latn", "Srpski (latinica)"},
      {"cnr", "Crnogorski"}};
  List out;
  out.push_back(choice("", w("accounts.no_language"), selected.empty()));
  for (const std::string& tag : accountLanguages()) {
    auto named = kNames.find(tag);
    out.push_back(choice(tag, (named != kNames.end() ? named->second : tag) + " (" + tag + ")", tag == selected));
  }
  return out;
}

Result<app::NewAccount> newAccountFromForm(const Fields& form) {
  auto bound = roleAndCountry(form);
  if (!bound.ok()) return bound.error();
  app::NewAccount a;
  a.name = field(form, "name");
  a.displayName = field(form, "displayName");
  a.email = field(form, "email");
  std::tie(a.role, a.country) = *bound;
  a.password = field(form, "password");
  return a;
}

Result<app::AccountChange> accountChangeFromForm(const Fields& form) {
  auto bound = roleAndCountry(form);
  if (!bound.ok()) return bound.error();
  app::AccountChange c;
  c.displayName = field(form, "displayName");
  c.email = field(form, "email");
  c.role = bound->first;
  c.country = bound->second;
  // A form without the select (an older page still open) leaves the language.
  if (form.count("language")) {
    auto language = parseAccountLanguage("language", field(form, "language"));
    if (!language.ok()) return language.error();
    c.language = *language;
  }
  return c;
}

std::vector<Error> accountFormErrors(const Fields& form, bool creating) {
  std::vector<Error> errors;
  if (creating)
    if (auto name = parseUserName("name", field(form, "name")); !name.ok()) errors.push_back(name.error());
  if (auto d = validateText("displayName", field(form, "displayName"), text_rules::kName); !d.ok())
    errors.push_back(d.error());
  if (auto e = parseEmail("email", field(form, "email")); !e.ok()) errors.push_back(e.error());
  if (auto bound = roleAndCountry(form); !bound.ok()) errors.push_back(bound.error());
  // Blank asks the server to make one up.
  if (creating && !field(form, "password").empty())
    if (Status s = app::checkPasswordPolicy(field(form, "password")); !s.ok()) errors.push_back(s.error());
  return errors;
}

Data accountAlertsView(const Site& site, const Visit& v) {
  if (v.actor().role != Role::kAdmin) return Data(false);
  auto alerts = app::accountAlerts(site.ctx, v.actor());
  // The home page is more than this section: a failure to read it leaves it off.
  if (!alerts.ok() || (alerts->locked.empty() && alerts->neverUsed.empty())) return Data(false);
  Data d;
  List locked;
  for (const app::LockedAccount& a : alerts->locked) {
    Data x;
    x.set("name", a.name);
    x.set("href", link(v, "/users/" + pathSegment(a.name)));
    x.set("until", a.until.iso());
    x.set("from", a.address.empty() ? v.words("accounts.every_address") : v.words("accounts.the_address", {{"address", a.address}}));
    // "Unlock" posts under the account's version, as every change of an account does;
    // an account locked from several addresses is listed (and unlocked) once each.
    auto account = app::getAccount(site.ctx, v.actor(), a.name);
    if (account.ok()) {
      Data unlock;
      unlock.set("action", link(v, "/users/" + pathSegment(a.name) + "/unlock"));
      unlock.set("version", std::to_string(account->version));
      unlock.set("name", a.name);
      x.set("unlock", unlock);
    } else {
      x.set("unlock", false);
    }
    locked.push_back(x);
  }
  d.set("locked", locked);
  d.set("hasLocked", !locked.empty());
  List never;
  for (const Account& a : alerts->neverUsed) never.push_back(accountRow(site, v, a));
  d.set("neverUsed", never);
  d.set("hasNeverUsed", !never.empty());
  d.set("more", alerts->more);
  d.set("usersHref", link(v, "/users"));
  return d;
}

}  // namespace accord::web
