// Small view-model pieces several pages share: country names as printed, dates,
// the declaration header and its tabs.
#pragma once

#include <string>

#include "accord/domain/declaration.h"
#include "exchange.h"
#include "site.h"
#include "templates.h"

namespace accord::web {

// {code, name} with the catalog's display name ("Kosovo*").
Data countryData(const Site& site, const domain::CountryCode& code);
std::string countryName(const Site& site, const domain::CountryCode& code);

// The header every declaration page shows: title, state badge, tabs; `tab` marks
// the current one ("text", "endorsements", "implementation", "history").
Data declarationHeader(const Site& site, const Visit& v, const domain::Declaration& d, const std::string& tab);

// One <option> of a <select>: {value, label, selected}.
Data choice(const std::string& value, const std::string& label, bool selected);

// Parses a positive integer; nullopt for anything else.
std::optional<long> parseNumber(const std::string& text);
// Parses a decimal number as typed ("12", "-3", "12.5", "1e3"); nullopt for anything
// else, "nan" and "inf" included.
std::optional<double> parseDecimal(const std::string& text);

}  // namespace accord::web
