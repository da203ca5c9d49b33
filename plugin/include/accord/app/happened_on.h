// Recording the past: the secretariat may enter today what happened on an earlier
// day (a paper signature entered a week later, a 2016 conference typed in now).
// The record then carries the day it happened; the audit event that records the
// entry keeps the time it was entered, so the trail holds both.
#pragma once

#include <optional>

#include "accord/domain/actor.h"
#include "accord/domain/date.h"
#include "accord/domain/result.h"

namespace accord::app {

// The time to record for something that happened on `happenedOn`, or `now` when
// no day is given. A past day is recorded at 12:00 UTC, which is the same calendar
// day from UTC-11 to UTC+11, so that it reads as that day wherever it is shown.
// Returns kForbidden naming "happenedOn" unless `actor` is the secretariat (only
// it records the past, whatever the day); kInvalidArgument naming "happenedOn" for
// a day after today.
domain::Result<domain::Timestamp> happenedAt(const domain::Actor& actor, const std::optional<domain::Date>& happenedOn,
                                             domain::Timestamp now);

}  // namespace accord::app
