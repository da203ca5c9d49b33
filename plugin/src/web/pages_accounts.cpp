// The administrator's account pages: every account, a new one (its password
// shown this once), and one account's forms: its details, role and country;
// disable or enable it; a new password. Each form carries the version the page
// showed (the API's If-Match) and calls the account use case the API calls, which
// also writes the audit trail.
#include <optional>

#include "accord/app/account_alerts.h"
#include "accord/app/account_use_cases.h"
#include "accord/app/authorization.h"
#include "accounts_view.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

constexpr std::size_t kAccountsPerPage = 50;

app::AccountServices accountServices(const Site& site) {
  return {*site.services.hasher, site.services.countries};
}

app::PasswordMaker passwordMaker(const Site& site) { return site.services.newPassword; }

// Refuses anyone but an admin before a form shows (the use cases refuse again).
Status mayManage(const Visit& v) { return app::authorize(v.actor(), app::Action::kManageAccounts); }

// A stale form says so in words: the page under it shows the account as it now is.
Error inWords(const Wording& w, Error e) {
  if (e.code == ErrorCode::kConflict) e.message = w("accounts.changed_meanwhile");
  return e;
}

Reply usersPageWith(const Site& site, Visit& v, const Error* formError) {
  if (Status s = mayManage(v); !s.ok()) return errorPage(site, v, s.error());
  auto page = app::listAccounts(site.ctx, v.actor(), {kAccountsPerPage, v.queryOr("after")});
  if (!page.ok()) return errorPage(site, v, page.error());
  Data view = baseView(site, v, v.words("title.accounts"));
  List rows;
  for (const Account& a : page->items) rows.push_back(accountRow(site, v, a));
  view.set("accounts", rows);
  view.set("nextHref", page->next.empty() ? Data(false) : Data(link(v, "/users?after=" + pathSegment(page->next))));
  Account blank;
  blank.role = Role::kCoordinator;
  view.set("fields", accountFields(site, v.words, blank, formError ? &v.form : nullptr));
  view.set("action", link(v, "/users"));
  if (formError) putError(v.words, view, *formError);
  return renderPage(site, v, "users", view, formError ? statusOf(formError->code) : 200);
}

// {action, until} when the sign-in throttle locks account `name` now (the latest
// lock if several addresses are locked out), else false.
Data lockView(const Site& site, const Visit& v, const std::string& name, const std::string& base) {
  // More locks than an attack leaves on one deployment; the page is an admin's, read rarely.
  constexpr std::size_t kLocksLookedAt = 500;
  auto alerts = app::accountAlerts(site.ctx, v.actor(), kLocksLookedAt);
  if (!alerts.ok()) return Data(false);
  std::optional<Timestamp> until;
  for (const app::LockedAccount& l : alerts->locked)
    if (l.name == name && (!until || *until < l.until)) until = l.until;
  if (!until) return Data(false);
  Data d;
  d.set("action", link(v, base + "/unlock"));
  d.set("until", until->iso());
  return d;
}

Reply userPageWith(const Site& site, Visit& v, const Error* formError) {
  if (Status s = mayManage(v); !s.ok()) return errorPage(site, v, s.error());
  auto a = app::getAccount(site.ctx, v.actor(), v.param("name"));
  if (!a.ok()) return errorPage(site, v, a.error());
  // After a refusal the typed values stay, unless the form was stale: then the
  // page shows what is stored, under its new version.
  bool keepTyped = formError && formError->code != ErrorCode::kConflict;
  Data view = baseView(site, v, v.words("title.account", {{"name", a->name}}));
  view.set("account", accountRow(site, v, *a));
  view.set("fields", accountFields(site, v.words, *a, keepTyped ? &v.form : nullptr));
  view.set("version", std::to_string(a->version));
  std::string base = "/users/" + pathSegment(a->name);
  view.set("action", link(v, base));
  view.set("activeAction", link(v, base + "/active"));
  view.set("passwordAction", link(v, base + "/password"));
  view.set("auditHref", link(v, "/audit?entity=account&id=" + pathSegment(a->name)));
  view.set("lock", lockView(site, v, a->name, base));
  view.set("usersHref", link(v, "/users"));
  if (formError) putError(v.words, view, *formError);
  return renderPage(site, v, "user", view, formError ? statusOf(formError->code) : 200);
}

// The page that shows a password the server made up: this once, never again.
Reply issued(const Site& site, Visit& v, const app::IssuedAccount& a, const std::string& heading, int status) {
  Data view = baseView(site, v, heading);
  view.set("heading", heading);
  view.set("account", accountRow(site, v, a.account));
  view.set("password", a.madeUpPassword ? Data(*a.madeUpPassword) : Data(false));
  view.set("usersHref", link(v, "/users"));
  return renderPage(site, v, "account_issued", view, status);
}

// After a change: back to the account, or its page with the refusal beside the field.
Reply afterChange(const Site& site, Visit& v, const Result<Account>& changed) {
  if (changed.ok()) return redirectTo(v, "/users/" + pathSegment(changed->name));
  if (changed.error().code == ErrorCode::kNotFound || changed.error().code == ErrorCode::kForbidden)
    return errorPage(site, v, changed.error());
  Error e = inWords(v.words, changed.error());
  return userPageWith(site, v, &e);
}

}  // namespace

Reply usersPage(const Site& site, Visit& v) { return usersPageWith(site, v, nullptr); }

Reply createUserForm(const Site& site, Visit& v) {
  if (Status s = mayManage(v); !s.ok()) return errorPage(site, v, s.error());
  auto request = newAccountFromForm(v.form);
  auto a = request.ok() ? app::addAccount(site.ctx, accountServices(site), v.actor(), *request, passwordMaker(site))
                        : Result<app::IssuedAccount>(request.error());
  if (!a.ok()) {
    showEveryError(v, a.error(), accountFormErrors(v.form, true));
    return usersPageWith(site, v, &a.error());
  }
  // Not a redirect: the made-up password lives in this answer only (no-store).
  return issued(site, v, *a, v.words("accounts.created", {{"name", a->account.name}}), 201);
}

Reply userPage(const Site& site, Visit& v) { return userPageWith(site, v, nullptr); }

Reply changeUserForm(const Site& site, Visit& v) {
  if (Status s = mayManage(v); !s.ok()) return errorPage(site, v, s.error());
  auto version = formVersion(v);
  if (!version.ok()) return errorPage(site, v, version.error());
  auto change = accountChangeFromForm(v.form);
  auto changed = change.ok() ? app::changeAccount(site.ctx, accountServices(site), v.actor(), v.param("name"),
                                                  *change, *version)
                             : Result<Account>(change.error());
  if (!changed.ok()) showEveryError(v, changed.error(), accountFormErrors(v.form, false));
  return afterChange(site, v, changed);
}

Reply userActiveForm(const Site& site, Visit& v) {
  if (Status s = mayManage(v); !s.ok()) return errorPage(site, v, s.error());
  auto version = formVersion(v);
  if (!version.ok()) return errorPage(site, v, version.error());
  const std::string active = v.field("active");
  if (active != "true" && active != "false") {
    Error e = Error::invalid("active", "say \"true\" to enable the account or \"false\" to disable it");
    return userPageWith(site, v, &e);
  }
  app::AccountChange change;
  change.active = active == "true";
  return afterChange(site, v,
                     app::changeAccount(site.ctx, accountServices(site), v.actor(), v.param("name"), change,
                                        *version));
}

Reply unlockUserForm(const Site& site, Visit& v) {
  if (Status s = mayManage(v); !s.ok()) return errorPage(site, v, s.error());
  auto version = formVersion(v);
  if (!version.ok()) return errorPage(site, v, version.error());
  return afterChange(site, v, app::unlockAccount(site.ctx, v.actor(), v.param("name"), *version));
}

Reply resetUserPasswordForm(const Site& site, Visit& v) {
  if (Status s = mayManage(v); !s.ok()) return errorPage(site, v, s.error());
  auto version = formVersion(v);
  if (!version.ok()) return errorPage(site, v, version.error());
  std::optional<std::string> chosen;
  if (!v.field("password").empty()) chosen = v.field("password");
  auto a = app::resetPassword(site.ctx, accountServices(site), v.actor(), v.param("name"), chosen,
                              passwordMaker(site), *version);
  if (!a.ok()) {
    if (a.error().code == ErrorCode::kNotFound || a.error().code == ErrorCode::kForbidden)
      return errorPage(site, v, a.error());
    Error e = inWords(v.words, a.error());
    return userPageWith(site, v, &e);
  }
  return issued(site, v, *a, v.words("accounts.new_password_for", {{"name", a->account.name}}), 200);
}

}  // namespace accord::web
