// The "How notifications reach you" table of the account page: one row per topic,
// by e-mail or not, immediate or in the daily digest; account-security mail shown
// as always sent at once.
#pragma once

#include "accord/app/account_use_cases.h"
#include "exchange.h"
#include "site.h"
#include "templates.h"

namespace accord::web {

// The table's rows ("notificationTopics") and its form's action and version.
void putNotificationChoices(const Site& site, const Visit& v, const app::OwnPreferences& p, Data& view);

// POST /account/notifications: the whole table as posted (an unticked box is "not
// by e-mail"), checked against the version the page was made from.
Reply ownNotificationsForm(const Site& site, Visit& v);

}  // namespace accord::web
