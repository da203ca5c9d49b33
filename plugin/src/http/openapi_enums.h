// The domain's enums in the OpenAPI document, spelled from the domain's own tables
// (domain::enumNames), so that the document keeps no second list of names: a new
// status is documented the moment the domain knows it.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/account.h"
#include "accord/domain/amendment.h"
#include "accord/domain/document.h"
#include "accord/domain/dossier.h"
#include "accord/domain/language_version.h"
#include "accord/domain/notification.h"
#include "accord/domain/notification_choice.h"
#include "accord/domain/reminder.h"
#include "accord/domain/revision_diff.h"

namespace accord::http {

// {"type":"string","enum":[...names]}, or {"enum":[...]} without `typed`.
std::string enumSchema(const std::vector<const char*>& names, bool typed);

// The schema of a query parameter holding an E.
template <class E>
std::string enumParam() {
  return enumSchema(domain::enumNames<E>(), true);
}

// The enum members of the component schemas ("ConferenceStatus": {"enum": [...]},
// ...), comma-separated, without braces.
std::string enumComponentSchemas();

}  // namespace accord::http
