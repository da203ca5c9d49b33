// Incorporating accepted amendments into a revision being cut: the step that
// cutRevision (declaration_use_cases.cpp) takes inside its transaction, kept with
// the consultation code that knows amendments.
#pragma once

#include <vector>

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "accord/domain/amendment.h"
#include "accord/domain/declaration.h"

namespace accord::app::detail {

// Applies amendments `numbers` of `d` to `next` (see applyAmendment) and returns
// them. Returns kInvalidArgument naming "incorporate" for a repeated number,
// kNotFound naming "incorporate" for an unknown one, kInvalidState naming
// "incorporate" for one not accepted or whose unit is gone from `next`.
Result<std::vector<domain::Amendment>> applyAccepted(Repositories& r, const domain::DeclarationId& d,
                                                     domain::Revision& next, const std::vector<int>& numbers);

// accepted → incorporated in `revision` for each of `amendments`, stored and audited.
domain::Status markIncorporated(Repositories& r, const Context& ctx, const domain::Actor& actor,
                                std::vector<domain::Amendment>& amendments, int revision);

}  // namespace accord::app::detail
