// Calendars: the dates a person plans around, as iCalendar events (RFC 5545,
// written by base::icalendar): a conference's days, and the deadlines and
// milestones of the commitments of its declarations.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/base/icalendar.h"
#include "accord/domain/actor.h"

namespace accord::app {

// The events of conference `id` that `actor` may read: the conference itself,
// its agenda's sessions (timed, in the conference's local time), then for each declaration `actor` may read, each commitment's deadline and its
// milestones. UIDs depend on the records' ids alone, so a calendar program that
// fetches it again updates its events instead of adding copies. Links start with
// `siteUrl` (the site's address). Returns kNotFound for an unknown conference.
Result<std::vector<base::CalendarEvent>> conferenceCalendar(const Context& ctx, const domain::Actor& actor,
                                                            const domain::ConferenceId& id,
                                                            const std::string& siteUrl);

// A person's calendar feed, /calendar/{token}.ics: the secret address is the only
// credential (no session), so it is shown once and only its SHA-256 is stored.
struct PersonalCalendar {
  std::string owner;  // the account it belongs to
  std::vector<base::CalendarEvent> events;
};

// Gives `actor` the feed `token` (an unguessable string the caller made),
// replacing the one they had: the old address stops working.
Status startCalendarFeed(const Context& ctx, const domain::Actor& actor, const std::string& token);
// Ends `actor`'s feed; kNotFound when they had none.
Status stopCalendarFeed(const Context& ctx, const domain::Actor& actor);
// When `actor`'s feed was made; nullopt when they have none.
Result<std::optional<domain::Timestamp>> calendarFeedSince(const Context& ctx, const domain::Actor& actor);

// The events of the feed `token`, read with its owner's read rules as of now: the
// days of every conference they may read and, for each, the deadlines and
// milestones of the commitments they may read (a coordinator: only those assigned
// to their country). The UIDs are those of conferenceCalendar; the SUMMARY words
// ("Deadline", "Milestone") are in the owner's language (Account::language). kNotFound, the same
// for all, when the token is unknown or revoked or its account disabled.
Result<PersonalCalendar> personalCalendar(const Context& ctx, const std::string& token, const std::string& siteUrl);

}  // namespace accord::app
