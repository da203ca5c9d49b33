// Formatting the view models need: dates in the document's language, short
// summaries of long text, and the footnote mark a country's display name carries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "accord/domain/date.h"
#include "accord/render/date_words.h"

namespace accord::render {

// The first line of `text`, cut after at most `maxChars` code points at a space
// (or, inside a very long word, before a code point that does not combine with
// the previous one) and ended with "…" when anything was left out.
std::string summarize(std::string_view text, std::size_t maxChars);

// The mark a display name adds to the plain name: "*" for "Kosovo*" / "Kosovo".
// Empty when the display name does not extend the name.
std::string footnoteMark(const std::string& name, const std::string& displayName);

}  // namespace accord::render
