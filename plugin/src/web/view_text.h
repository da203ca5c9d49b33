// A revision's text as it will print: recitals with their lead phrases, then the
// operative clauses numbered 1., (a), (i) by the domain's own clauseLabel, in one
// flat list with each row's depth, so templates need no recursion.
#pragma once

#include <functional>

#include "accord/domain/revision.h"
#include "templates.h"

namespace accord::web {

// Adds a page's own members to the row of one recital or clause (the consultation's
// counts and links, say).
using DecorateUnit = std::function<void(const domain::ClauseId&, Data&)>;

// {recitals: [{id, leadPhrase, text}], clauses: [{id, label, depth, text}], closingFormula,
//  number, author, createdAt, changeNote}; each row decorated by `decorate` when given.
Data revisionText(const domain::Revision& r, const DecorateUnit& decorate = {});

}  // namespace accord::web
