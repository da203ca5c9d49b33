// The editor's working copy of a text between saves: rows in the order shown, each
// with what was typed, so that a move or an added row is applied by the server and
// the page comes back numbered in order (no script needed). Nothing is stored until
// the form is saved as a revision (editor_form.h parses that).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "accord/domain/result.h"
#include "accord/domain/revision.h"
#include "exchange.h"

namespace accord::web {

struct DraftRow {
  std::string formPath;  // the path it was posted under ("c.1.0"), to find its error; "" if added here
  std::string id;        // empty for a row added since the last revision
  std::string lead;      // recitals only
  std::string text;
  bool deleted = false;  // ticked "Delete": dropped when saved, kept on screen until then
  std::vector<DraftRow> items;
};

struct Draft {
  std::vector<DraftRow> recitals;
  std::vector<DraftRow> clauses;
};

// The rows of a stored revision.
Draft draftOf(const domain::Revision& r);

// The rows of a posted editor form, in their posted positions; blank rows nobody
// typed into are left out.
Draft draftOfForm(const Fields& form);

// Applies one of the editor's buttons, `op` = "<verb> <path>": verb "up" or "down"
// (swap with the neighbour), "add-after" (a blank sibling after it) or "add-sub" (a
// blank last sub-item); path "r.<i>" or "c.<i>[.<j>[.<k>]]" as the page numbered
// them. Returns the op the page should put the focus on afterwards (the moved row's
// same button, or "text <path>" of an added row), or kInvalidArgument naming "op"
// for a verb or path this draft does not have.
domain::Result<std::string> applyEdit(Draft& d, const std::string& op);

}  // namespace accord::web
