// Notifications: a user's own list with the unread count, marking one read, and
// for administrators the ones whose delivery failed. Never cached: delivery and
// reading change them without an audited change.
#include <cerrno>
#include <cstdlib>

#include "accord/app/notification_use_cases.h"
#include "accord/json/writers.h"
#include "api_state.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

void notification(base::JsonWriter& w, const Notification& n) { json::writeNotification(w, n); }

Reply noStore(Reply r) {
  r.header("Cache-Control", "no-store");
  return r;
}

Reply listMine(Call& call) {
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto inbox = app::listNotifications(call.context(), call.actor(), *request);
  if (!inbox.ok()) return failed(inbox.error());
  return noStore(json(encode::object([&](base::JsonWriter& w) {
    w.beginObject().key("items").beginArray();
    for (const auto& n : inbox->page.items) notification(w, n);
    w.endArray();
    w.field("next", inbox->page.next.empty() ? std::optional<std::string>() : inbox->page.next);
    w.field("unread", inbox->unread).endObject();
  })));
}

Reply markRead(Call& call) {
  auto id = parseNotificationId("id", call.param("id"));
  if (!id.ok()) return problem(id.error());
  Status s = app::markNotificationRead(call.context(), call.actor(), *id);
  if (!s.ok()) return failed(s.error());
  Reply r;
  r.status = 204;
  return r;
}

Reply listFailed(Call& call) {
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto page = app::listFailedNotifications(call.context(), call.actor(), *request);
  if (!page.ok()) return failed(page.error());
  return noStore(json(encode::page(page->items, page->next, notification)));
}

}  // namespace

void addNotificationRoutes(Router& r) {
  r.add(Route::get("/api/v1/notifications", listMine)
      .describe("listNotifications", "notifications",
                "Your own notifications, newest first, with how many you have not read")
      .query(pagingParams())
      .uncached()
      .responds({ok(200, "NotificationInbox")}, {400}));
  r.add(Route::post("/api/v1/notifications/{id}/read", markRead)
      .describe("markNotificationRead", "notifications", "Mark one of your notifications read")
      .responds({{204, "marked read", "", ""}}, {400, 404}));
  r.add(Route::get("/api/v1/notifications/failed", listFailed)
      .describe("listFailedNotifications", "notifications",
                "Notifications whose delivery was given up, newest first, with the last error (admins)")
      .query(pagingParams())
      .uncached()
      .responds({ok(200, "NotificationPage")}, {400, 403}));
}

}  // namespace accord::http
