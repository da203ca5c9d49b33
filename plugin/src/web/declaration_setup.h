// Starting a declaration from the conference page: the form's view model and the
// declaration the posted form describes.
#pragma once

#include <vector>

#include "accord/domain/conference.h"
#include "accord/domain/declaration.h"
#include "accord/domain/result.h"
#include "exchange.h"
#include "templates.h"

namespace accord::web {

// The "new declaration" form for `c`, refilled from the posted fields after
// `error`; false (no form) for anyone who may not start a declaration
// (app::conferencePermissionsFor).
Data newDeclarationForm(const Visit& v, const domain::Conference& c, const domain::Error* error);

// The declaration the posted form asks for: fields id (blank: one is made up),
// title, kind, baseLanguage; nobody invited and no text yet. Returns the kind's
// parse error naming "kind".
domain::Result<domain::Declaration> declarationFromForm(const Visit& v, const domain::ConferenceId& conference);

// Every field of the posted form that breaks a rule, in the form's order, not only
// the first (as declarationFromForm and the domain stop at): title, kind, base
// language, a chosen id.
std::vector<domain::Error> declarationFormErrors(const Visit& v);

}  // namespace accord::web
