// Which plural form a count takes in a language: CLDR's cardinal categories for
// whole numbers ("one", "few", "many", "other"), for the OSCE's six languages and
// the region's. A catalogue message with forms picks one by this rule.
#pragma once

#include <string>

namespace accord::web {

// "one", "two", "few", "many" or "other" for `n` in `language` (a primary subtag
// such as "ru"); languages without a rule here use English's.
std::string pluralCategory(const std::string& language, long long n);

}  // namespace accord::web
