// A revision's text as it will print: recitals with their lead phrases, then the
// operative clauses numbered 1., (a), (i) by the domain's own clauseLabel, in one
// flat list with each row's depth, so templates need no recursion.
#pragma once

#include "accord/domain/revision.h"
#include "templates.h"

namespace accord::web {

// {recitals: [{leadPhrase, text}], clauses: [{id, label, depth, text}], closingFormula,
//  number, author, createdAt, changeNote}
Data revisionText(const domain::Revision& r);

}  // namespace accord::web
