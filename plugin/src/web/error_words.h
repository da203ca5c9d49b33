// A use case's error in the words of the form that caused it: the field path the
// domain names ("revision.operative[0].text", "periodStart") becomes the label a
// person sees ("Clause 1", "Period from"), and codes inside the message
// ("open_for_endorsement") become words. Pure functions, tested without a server.
#pragma once

#include <string>

#include "accord/domain/result.h"
#include "wording.h"

namespace accord::web {

// The form's label for a field path: "revision.operative[1].items[0].text" → "Clause 2 (a)",
// "revision.preamble[2].leadPhrase" → "Recital 3, lead phrase", "signer.name" → "Signer's name",
// "periodStart" → "Period from". A path no form knows reads as its last part in words.
std::string fieldLabel(const Wording& w, const std::string& field);

// The message without internals: codes in words ("open_for_endorsement" → "open for
// endorsement", except inside quoted user text), "written YYYY-MM-DD" as an example
// date, and an empty "got ''" said as "must not be empty".
std::string messageInWords(const Wording& w, const std::string& message);

// The sentence beside a field or in the summary: "Period from must be a date such as
// 2016-10-28". A message that is already a sentence (it starts with a capital) is kept.
std::string errorInWords(const Wording& w, const domain::Error& e);

}  // namespace accord::web
