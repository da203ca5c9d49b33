// A user's own notifications, newest first, each with the link to the page where
// to act, and a button to mark it read.
#include "accord/app/notification_use_cases.h"
#include "delivery_words.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

namespace {
// What a notification says in the list: the same sentences the mail's subject
// lines carry, short.
// (notification.kind.<kind> in the catalogue, with the event's title and country).
std::string headline(const Site& site, const Visit& v, const domain::Notification& n) {
  std::string country = n.event.country ? countryName(site, *n.event.country) : std::string();
  return v.words(std::string("notification.kind.") + domain::toString(n.event.kind),
                 {{"title", n.event.title}, {"country", country}});
}
}  // namespace

Reply notificationsPage(const Site& site, Visit& v) {
  auto inbox = app::listNotifications(site.ctx, v.actor(), {50, v.queryOr("after")});
  if (!inbox.ok()) return errorPage(site, v, inbox.error());
  Data view = baseView(site, v, v.words("nav.notifications"));
  List rows;
  for (const domain::Notification& n : inbox->page.items) {
    Data r;
    r.set("headline", headline(site, v, n));
    r.set("at", longDateTime(n.createdAt, site.zone, v.language));
    r.set("href", link(v, n.event.link));
    r.set("unread", !n.readAt.has_value());
    r.set("markAction", link(v, "/notifications/" + std::to_string(n.id) + "/read"));
    r.set("delivery", deliveryWords(site, v, n));
    rows.push_back(r);
  }
  view.set("rows", rows);
  view.set("empty", rows.empty());
  view.set("unreadCount", std::to_string(inbox->unread));
  view.set("calendarHref", link(v, "/calendar"));
  view.set("nextHref", inbox->page.next.empty() ? Data(false)
                                                 : Data(link(v, "/notifications?after=" + pathSegment(inbox->page.next))));
  return renderPage(site, v, "notifications", view);
}

Reply markNotificationReadForm(const Site& site, Visit& v) {
  auto id = domain::parseNotificationId("id", v.param("id"));
  if (!id.ok()) return errorPage(site, v, id.error());
  domain::Status s = app::markNotificationRead(site.ctx, v.actor(), *id);
  if (!s.ok()) return errorPage(site, v, s.error());
  return redirectTo(site, v, "/notifications", Flash{v.words("flash.notification_read")});
}

}  // namespace accord::web
