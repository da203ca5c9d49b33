// Which language a page is shown in: the person's own setting when the catalogue
// has it, else the best match of the browser's Accept-Language (RFC 9110, 12.5.4),
// else English.
#pragma once

#include <string>
#include <vector>

namespace accord::web {

// `setting` is the account's language ("" when none); `acceptLanguage` the request
// header as sent ("fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5"); `available` the catalogue's
// languages. A range matches a language by its primary subtag ("fr-CH" → "fr");
// q=0 refuses; "*" means any available language, English first. A malformed
// header is read as far as it makes sense and never fails.
std::string chooseLanguage(const std::string& setting, const std::string& acceptLanguage,
                           const std::vector<std::string>& available);

}  // namespace accord::web
