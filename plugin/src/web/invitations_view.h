// The invited countries as the declaration page lists them, with the forms to
// invite another country or withdraw an invitation where the person may.
#pragma once

#include "accord/app/permissions.h"
#include "accord/domain/declaration.h"
#include "exchange.h"
#include "site.h"
#include "templates.h"

namespace accord::web {

// {countries: [{code, name, removeAction?}], count, mayInvite, inviteAction,
// choices: the catalogue's countries not yet invited}.
Data invitationsView(const Site& site, const Visit& v, const domain::Declaration& d,
                     const app::DeclarationPermissions& may);

}  // namespace accord::web
