// The secretariat's commitment form as plain text fields and back: milestones
// and indicators are edited one per line ("id | title | due | state",
// "name | baseline | target | unit"), the countries as one checkbox each
// ("country.MK"). Kept apart from the page so that parsing is tested on its own.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/commitment.h"
#include "exchange.h"

namespace accord::web {

// The lines of a commitment's milestones and indicators, as the form shows them.
std::string milestoneLines(const std::vector<domain::Milestone>& ms);
std::string indicatorLines(const std::vector<domain::Indicator>& is);

// Reads the form into `c` (its id and declaration are the caller's). Returns
// kInvalidArgument naming the field ("deadline", "milestones", "indicators",
// "countries") and, for a line, its number, for what cannot be read; the domain's
// rules (clause exists, milestones before the deadline, ...) are the use case's.
domain::Status readCommitmentForm(const Fields& form, domain::Commitment& c);

// Every field of the posted form that breaks a rule, in the form's order, not only
// the first (as readCommitmentForm and the domain stop at): the id (when
// `creating`), the text, the clause chosen, the deadline, each box's first bad line,
// a milestone due after the deadline, the countries (at least one).
std::vector<domain::Error> commitmentFormErrors(const Fields& form, bool creating);

}  // namespace accord::web
