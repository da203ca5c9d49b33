// Small view-model pieces several pages share: country names as printed, dates,
// the declaration header and its tabs.
#pragma once

#include <string>

#include "accord/domain/conference.h"
#include "accord/domain/declaration.h"
#include "exchange.h"
#include "site.h"
#include "templates.h"

namespace accord::web {

// {code, name} with the catalog's display name ("Kosovo*").
Data countryData(const Site& site, const domain::CountryCode& code);
std::string countryName(const Site& site, const domain::CountryCode& code);

// The first steps of a page's breadcrumbs: "Conferences › <conference title>", each
// {label, href, current}; a page adds its own steps (the last one current, no href).
// The conference's "illustrative" note (the bundle's flag that its records are
// invented), false when it has none: every page of it shows a banner.
Data illustrativeNote(const Site& site, const Visit& v, const domain::ConferenceId& conference);

// One step: a link, or the current page when `href` is empty.
Data crumb(const std::string& label, const std::string& href);
List conferenceCrumbs(const Visit& v, const std::string& conferenceId, const std::string& conferenceTitle);

// Conferences › the conference › `d`, the last a link unless `current`; a page below
// the declaration adds its own steps.
List declarationCrumbs(const Site& site, const Visit& v, const domain::Declaration& d, bool current);

// The header every declaration page shows: title, state badge, tabs; `tab` marks
// the current one ("text", "endorsements", "implementation", "history").
Data declarationHeader(const Site& site, const Visit& v, const domain::Declaration& d, const std::string& tab);

// A conference as lists show it: {title, href, city, dates, status}.
Data conferenceSummary(const Visit& v, const domain::Conference& c);

// One <option> of a <select>: {value, label, selected}.
Data choice(const std::string& value, const std::string& label, bool selected);

// An id for a record a form creates without one: `prefix` and 8 random hex digits
// ("decl-1a2b3c4d"); a form keeps to what a person knows, the API takes chosen ids.
std::string madeUpId(const std::string& prefix);

// The version a form was made from (its "version" field), or kInvalidArgument
// naming "version" when the form lacks it.
domain::Result<long> formVersion(const Visit& v);

// Parses a positive integer; nullopt for anything else.
std::optional<long> parseNumber(const std::string& text);
// Parses a decimal number as typed ("12", "-3", "12.5", "1e3"); nullopt for anything
// else, "nan" and "inf" included.
std::optional<double> parseDecimal(const std::string& text);

// The revision number of the address ({n}); kNotFound naming "revision" when it
// is not a positive number.
domain::Result<int> revisionOfPath(const Visit& v);

}  // namespace accord::web
