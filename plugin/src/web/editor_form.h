// The editor's form, both ways: a revision's text as form rows (recitals and a
// clause tree, each with a stable id, a position and a delete box, plus blank rows
// to add), and the posted form back as the next revision. Ids of new rows are
// made up here; positions reorder siblings; deleted rows drop with their items.
#pragma once

#include <map>
#include <string>

#include "accord/domain/revision.h"
#include "editor_draft.h"
#include "exchange.h"
#include "templates.h"

namespace accord::web {

// The form's rows for `d`, numbered in the order shown. Field names are
// "r.<i>.<part>" for recitals and "c.<i>[.<j>[.<k>]].<part>" for clauses, <part> one
// of id, order (hidden: the position), lead, text, delete; one blank row to add at
// the end of each list has the index "new". Each row carries its buttons ("op"
// values for applyEdit) named with its item ("Move clause 7 up"). `errors` maps the
// path a row was posted under ("c.1.0") to the message shown beside it; `focus` is
// the op (or "text <path>") whose control the page focuses.
Data editorRows(const Wording& w, const Draft& d, const std::map<std::string, std::string>& errors,
                const std::string& focus = {});

struct ParsedText {
  domain::Revision revision;                 // preamble, operative, closing formula, change note
  std::map<std::string, std::string> pathOf;  // "revision.operative[2].items[0]" -> "c.1.0"
};

// The revision the form describes. `newId` makes ids for added rows.
ParsedText parseEditorForm(const Fields& form, const std::function<std::string()>& newId);

// The form path an error of cutRevision points at ("revision.operative[2].text" →
// "c.1"), or "" when it names no row.
std::string rowOfError(const ParsedText& parsed, const std::string& field);

}  // namespace accord::web
