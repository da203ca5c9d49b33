// The forms that manage a conference's delegations member by member, for the
// secretariat (app::conferencePermissionsFor): add a delegate (someone in the
// directory or someone new), change a delegate's role, remove one.
#pragma once

#include "accord/app/repositories.h"
#include "accord/domain/conference.h"
#include "exchange.h"
#include "site.h"
#include "templates.h"

namespace accord::web {

// {action, countries, people, roles} for adding a delegate to `c`.
Data newDelegateForm(const Site& site, const Visit& v, const domain::Conference& c, const app::Directory& directory);

// {roleAction, removeAction, roles (the member's selected)} for one member.
Data delegateForms(const Visit& v, const domain::Conference& c, const domain::CountryCode& country,
                   const domain::DelegationMember& m);

// The role choices, `selected` marked; the labels read "head of delegation".
List roleChoices(const Wording& w, domain::DelegateRole selected);

}  // namespace accord::web
