// A form that is one part of a bigger page (the conference page's session and
// delegate forms) and was refused: the page comes back with that form open, what
// was typed kept, and every error beside its field.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/result.h"

namespace accord::web {

// Which form ("session" for a new session, "session:<id>" for one being edited,
// "delegate") and every error to show beside its fields, named as its inputs are
// ("start", "name"). The fields as posted are the visit's.
struct RefusedForm {
  std::string form;
  std::vector<domain::Error> errors;
};

}  // namespace accord::web
