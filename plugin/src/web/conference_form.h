// The conference form, both ways: a conference as form fields (title, city,
// venue, dates, languages, status) and the posted fields back as a conference.
#pragma once

#include <vector>

#include "accord/app/repositories.h"
#include "accord/domain/conference.h"
#include "accord/domain/result.h"
#include "exchange.h"
#include "templates.h"

namespace accord::web {

// The form's fields for `c`, or the posted ones when `posted` (after a refusal);
// the organizers and speakers text only as posted (they are typed on creation).
Data conferenceFields(const Wording& w, const domain::Conference& c, const Fields* posted);

// `base` with the posted fields applied: id (blank: one is made up, on creation
// only), title, city, venue, startDate, endDate, languages ("en, mk": commas or
// spaces), status. Returns the first field that does not parse (a date, the status),
// named as the form names it; the domain checks the rest.
domain::Result<domain::Conference> conferenceFromForm(const Fields& form, domain::Conference base, bool creating);

// Every field of the conference form that breaks a rule, not only the first (as
// conferenceFromForm and the domain stop at): title and city (required names),
// venue, the two dates and their order, the status; named as the form names them.
std::vector<domain::Error> conferenceFormErrors(const Fields& form);

// The organizers and speakers typed into a new conference's form, as the
// directory entries they become: "organizers" holds one organization a line
// ("Name (ACRONYM)"), "speakers" one person a line ("Name — role", the role
// optional, " - " also separates). Sets `c`'s organizers and speakers to them.
// Returns the first line that breaks a rule, named "organizers" or "speakers".
domain::Result<app::Directory> directoryFromForm(const Fields& form, domain::Conference& c);

}  // namespace accord::web
