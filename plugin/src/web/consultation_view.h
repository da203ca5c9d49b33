// View-model pieces of the consultation pages: the units of a revision with their
// printed labels, an amendment or a comment as a page shows it, with the actions
// this person may take on it.
#pragma once

#include <string>
#include <vector>

#include "accord/app/consultation_rules.h"
#include "accord/app/consultation_use_cases.h"
#include "exchange.h"
#include "site.h"
#include "templates.h"

namespace accord::web {

// One recital or clause of a revision, in reading order.
struct UnitRow {
  domain::ClauseId id;
  std::string label;  // "Preamble 1", "3.", "3. (a)"
  std::string text;
};
std::vector<UnitRow> unitsOf(const domain::Revision& r);

// The page of one unit's discussion.
std::string unitHref(const Visit& v, const domain::DeclarationId& d, int revision, const domain::ClauseId& unit);

// {number, kindLabel, text, newUnit, justification, author, country, createdAt,
//  state (badge), outdated, fate, reason, incorporatedIn, version, decide,
//  withdraw, stateAction, replies: [...]} for one amendment.
Data amendmentData(const Site& site, const Visit& v, const app::AmendmentView& a,
                   const app::ConsultationPermissions& may, const std::vector<domain::Comment>& replies,
                   const std::string& back);

// {number, text, quote, author, country, createdAt} for one comment.
Data commentData(const Site& site, const Wording& w, const domain::Comment& c);

// "MK (North Macedonia)" or "secretariat" for who wrote a remark.
std::string remarkBy(const Site& site, const Wording& w, const std::string& author,
                     const std::optional<domain::CountryCode>& country);

}  // namespace accord::web
