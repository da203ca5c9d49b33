// Calendars: the dates a person plans around, as iCalendar events (RFC 5545,
// written by base::icalendar): a conference's days, and the deadlines and
// milestones of the commitments of its declarations.
#pragma once

#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/base/icalendar.h"
#include "accord/domain/actor.h"

namespace accord::app {

// The events of conference `id` that `actor` may read: the conference itself,
// then for each declaration `actor` may read, each commitment's deadline and its
// milestones. UIDs depend on the records' ids alone, so a calendar program that
// fetches it again updates its events instead of adding copies. Links start with
// `siteUrl` (the site's address). Returns kNotFound for an unknown conference.
Result<std::vector<base::CalendarEvent>> conferenceCalendar(const Context& ctx, const domain::Actor& actor,
                                                            const domain::ConferenceId& id,
                                                            const std::string& siteUrl);

}  // namespace accord::app
