// Dates in words in a language: the documents print them so, and the browser UI
// shows its dates in the page's language the same way.
#pragma once

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

}  // namespace accord::render
