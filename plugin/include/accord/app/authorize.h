// Who may do what. Every use case calls authorize() once, before touching data;
// finer rules (accounts, delegated rights) will be added here, not in use cases.
#pragma once

#include <optional>

#include "accord/domain/actor.h"
#include "accord/domain/result.h"

namespace accord::app {

enum class Permission {
  kManageConferences,   // create and edit conferences, declarations, commitments
  kImportExport,        // load or dump whole bundles
  kActForCountry,       // endorse, accept assignments, write reports for `country`
  kRecordOnBehalf,      // the secretariat records a country's act, marked as such
  kAssess,              // monitors assess implementation and review reports
  kRead,
};

// Returns kForbidden naming what the actor lacks. kActForCountry needs `country`:
// a coordinator may act only for their own.
domain::Status authorize(const domain::Actor& actor, Permission what,
                         const std::optional<domain::CountryCode>& country = std::nullopt);

}  // namespace accord::app
