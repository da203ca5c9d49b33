// Formatting the view models need: dates in the document's language, short
// summaries of long text, and the footnote mark a country's display name carries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "accord/domain/date.h"

namespace accord::render {

// "28 October 2016" (en), "28 octobre 2016", "1er octobre 2016" (fr), "28 октября
// 2016 г." (ru): each language of labels.h in its own form (date_styles.cpp).
// Languages without a form of their own get the English one.
std::string formatDate(domain::Date date, std::string_view language);

// "27–28 October 2016", "30 September – 2 October 2016",
// "30 December 2016 – 2 January 2017"; one date when both are the same day.
std::string formatDateRange(domain::Date from, domain::Date to, std::string_view language);

// The first line of `text`, cut after at most `maxChars` code points at a space
// (or, inside a very long word, before a code point that does not combine with
// the previous one) and ended with "…" when anything was left out.
std::string summarize(std::string_view text, std::size_t maxChars);

// The mark a display name adds to the plain name: "*" for "Kosovo*" / "Kosovo".
// Empty when the display name does not extend the name.
std::string footnoteMark(const std::string& name, const std::string& displayName);

}  // namespace accord::render
