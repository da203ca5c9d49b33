// Numbers and dates as people write them on a page: "1 country", "2 countries",
// "28 October 2016", "8 of 12". Pure functions, tested without a server.
#pragma once

#include <string>

#include "accord/domain/date.h"

namespace accord::web {

// "28 October 2016": the day without a leading zero, the month in English words.
std::string longDate(const domain::Date& d);

// `n` with the noun in the number it takes: count(1, "country", "countries") is
// "1 country", count(0, ...) and count(2, ...) "0 countries", "2 countries".
std::string count(long n, const std::string& one, const std::string& many);

// `text` in curly quotes, cut after `maxChars` bytes at a character boundary with
// "…": a long user text named inside a sentence ("Commitment “Adopt a nat…” saved").
std::string quoted(const std::string& text, std::size_t maxChars = 80);

// Whether `text` is a web address a page may link to: http:// or https:// and
// nothing a browser would run (javascript:, data:) or read as markup.
bool linkable(const std::string& text);

// `label` with its first letter in lower case, for a label inside a sentence
// ("Accepted" → "commitment accepted", "Одобрено" → "одобрено"): Latin, Latin-1
// and Cyrillic capitals, the scripts of the catalogue's languages.
std::string lowered(std::string label);

}  // namespace accord::web
