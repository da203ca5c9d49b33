// The forms that manage a conference's delegations member by member, for the
// secretariat (app::conferencePermissionsFor): add a delegate (someone in the
// directory or someone new), change a delegate's role, remove one.
#pragma once

#include "accord/app/repositories.h"
#include "accord/domain/conference.h"
#include "exchange.h"
#include "refused_form.h"
#include "site.h"
#include "templates.h"

namespace accord::web {

// {action, countries, people, roles, name, title} for adding a delegate to `c`; when
// `refused` is this form's ("delegate"), open with what was posted and every
// error beside its field.
Data newDelegateForm(const Site& site, const Visit& v, const domain::Conference& c, const app::Directory& directory,
                     const RefusedForm* refused = nullptr);

// {roleAction, removeAction, roles (the member's selected)} for one member.
Data delegateForms(const Visit& v, const domain::Conference& c, const domain::CountryCode& country,
                   const domain::DelegationMember& m);

// The role choices, `selected` marked; the labels read "head of delegation".
List roleChoices(const Wording& w, domain::DelegateRole selected);

}  // namespace accord::web
