// The administrator's account pages, both ways: an account as table rows and form
// fields, the posted fields back as the use cases' requests (app/account_use_cases.h),
// and the "accounts to look at" section of an administrator's home.
#pragma once

#include <vector>

#include "accord/app/account_use_cases.h"
#include "accord/domain/account.h"
#include "exchange.h"
#include "site.h"
#include "templates.h"

namespace accord::web {

// {name, href, displayName, email, role, country, active} for the list.
Data accountRow(const Site& site, const Visit& v, const domain::Account& a);

// The form fields for `a`, or the posted ones when `posted` (after a refusal):
// displayName, email, roles and countries (choices, the current one selected).
Data accountFields(const Site& site, const Wording& w, const domain::Account& a, const Fields* posted);

// The choices of an account's language (domain::accountLanguages, each named in
// itself, and "none"), `selected` marked.
List languageChoices(const Wording& w, const std::string& selected);

// The new account the form describes: name, displayName, email, role, country
// (taken for a coordinator only: the select is on the form whatever the role) and
// password (blank: the server makes one up). Returns kInvalidArgument naming the
// field for a role or country that does not parse.
domain::Result<app::NewAccount> newAccountFromForm(const Fields& form);

// The change the edit form describes: display name, e-mail, role, for a
// coordinator the country, and the language when the form has the select. Returns kInvalidArgument naming the field.
domain::Result<app::AccountChange> accountChangeFromForm(const Fields& form);

// Every field of the posted account form that breaks a rule, in the form's order,
// not only the first (as the use cases stop at): the user name and a chosen
// password (when `creating`), display name, e-mail, role and country.
std::vector<domain::Error> accountFormErrors(const Fields& form, bool creating);

// The "Accounts to look at" section of the home page: {locked, neverUsed, more}
// for an admin; false for anyone else, or when nothing needs looking at.
Data accountAlertsView(const Site& site, const Visit& v);

}  // namespace accord::web
