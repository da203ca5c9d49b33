// Reading one's own notifications and marking them read; administrators see
// those whose delivery failed. Nobody reads another user's notifications.
#pragma once

#include <cstdint>

#include "accord/app/context.h"
#include "accord/app/page.h"
#include "accord/domain/actor.h"
#include "accord/domain/notification.h"

namespace accord::app {

struct NotificationInbox {
  Page<domain::Notification> page;  // newest first
  long unread = 0;
};

// `actor`'s own notifications. Returns kInvalidArgument naming "after" for a
// cursor this listing did not give out.
Result<NotificationInbox> listNotifications(const Context& ctx, const domain::Actor& actor, const PageRequest& page);

// How many of `actor`'s notifications are unread (the header shows it).
Result<long> countUnreadNotifications(const Context& ctx, const domain::Actor& actor);

// Marks `actor`'s notification `id` read (again: no change). Returns kNotFound
// naming "id" when `actor` has none by that id, whoever else may.
Status markNotificationRead(const Context& ctx, const domain::Actor& actor, std::int64_t id);

// The notifications given up on, newest first. Returns kForbidden unless `actor`
// manages accounts.
Result<Page<domain::Notification>> listFailedNotifications(const Context& ctx, const domain::Actor& actor,
                                                           const PageRequest& page);

}  // namespace accord::app
