#include "accord/app/notification_use_cases.h"

#include "accord/app/authorization.h"

namespace accord::app {

using namespace accord::domain;

Result<NotificationInbox> listNotifications(const Context& ctx, const Actor& actor, const PageRequest& page) {
  return transact<NotificationInbox>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<NotificationInbox> {
    auto items = r.outbox().listFor(actor.name, page);
    if (!items.ok()) return items.error();
    auto unread = r.outbox().countUnread(actor.name);
    if (!unread.ok()) return unread.error();
    return NotificationInbox{std::move(items).value(), *unread};
  });
}

Result<long> countUnreadNotifications(const Context& ctx, const Actor& actor) {
  return transact<long>(ctx.store, TxMode::kReadOnly,
                        [&](Repositories& r) { return r.outbox().countUnread(actor.name); });
}

Status markNotificationRead(const Context& ctx, const Actor& actor, std::int64_t id) {
  Timestamp now = ctx.clock.now();
  return ctx.store.run(TxMode::kReadWrite, [&](Repositories& r) -> Status {
    auto found = r.outbox().markRead(actor.name, id, now);
    if (!found.ok()) return found.error();
    if (!*found) return Error::notFound("you have no notification " + std::to_string(id), "id");
    return {};
  });
}

Result<Page<Notification>> listFailedNotifications(const Context& ctx, const Actor& actor, const PageRequest& page) {
  if (Status s = authorize(actor, Action::kManageAccounts); !s.ok()) return s.error();
  return transact<Page<Notification>>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) {
    return r.outbox().listByState(DeliveryState::kFailed, page);
  });
}

}  // namespace accord::app
