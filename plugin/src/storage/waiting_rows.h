// Turning the rows of the inbox queries into WaitingItems. Every query about an
// assignment selects the same leading columns, so that one reader serves them all.
#pragma once

#include <vector>

#include "accord/app/repositories.h"
#include "codec.h"

namespace accord::storage::detail {

// The columns every assignment query starts with, in this order.
inline constexpr const char* kAssignmentColumns =
    "d.id, d.title, c.id, c.text, a.country, c.deadline, c.clause_id";

// Rows of kAssignmentColumns, then the state, then (withReport) a report id.
inline std::vector<app::WaitingItem> assignmentItems(const Rows& r, bool withReport = false) {
  std::vector<app::WaitingItem> out(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) {
    app::WaitingItem& w = out[i];
    w.declaration = domain::DeclarationId(r.str(i, 0));
    w.declarationTitle = r.str(i, 1);
    w.commitment = domain::CommitmentId(r.str(i, 2));
    w.commitmentText = r.str(i, 3);
    w.country = country(r, i, 4);
    w.deadline = date(r, i, 5);
    w.clause = r.str(i, 6);
    w.state = r.str(i, 7);
    if (withReport) w.report = domain::ReportId(r.str(i, 8));
  }
  return out;
}

}  // namespace accord::storage::detail
