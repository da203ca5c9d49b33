// A user's own notifications, newest first, each with the link to the page where
// to act, and a button to mark it read.
#include "accord/app/notification_use_cases.h"
#include "delivery_words.h"
#include "page.h"
#include "pages.h"

namespace accord::web {

namespace {
// What a notification says in the list: the same sentences the mail's subject
// lines carry, short.
std::string headline(const domain::Notification& n) {
  std::string country = n.event.country ? n.event.country->str() : std::string();
  switch (n.event.kind) {
    case domain::NotificationKind::kConsultationOpened: return "Open for consultation: " + n.event.title;
    case domain::NotificationKind::kEndorsementOpened: return "Open for endorsement: " + n.event.title;
    case domain::NotificationKind::kCommitmentProposed: return "Commitment proposed to " + country + ": " + n.event.title;
    case domain::NotificationKind::kReportSubmitted: return "Report submitted by " + country + " for review";
    case domain::NotificationKind::kReportReturned: return "Report returned to " + country;
    case domain::NotificationKind::kReportValidated: return "Report validated for " + country;
    case domain::NotificationKind::kDeadlineApproaching: return "Deadline approaching for " + country + ": " + n.event.title;
    case domain::NotificationKind::kDeadlinePassed: return "Deadline passed for " + country + ": " + n.event.title;
    case domain::NotificationKind::kAccountCreated: return "Your account was created";
    case domain::NotificationKind::kPasswordReset: return "Your password was reset";
    case domain::NotificationKind::kReminder: return "Reminder for " + country + ": " + n.event.title;
  }
  return n.event.title;
}
}  // namespace

Reply notificationsPage(const Site& site, Visit& v) {
  auto inbox = app::listNotifications(site.ctx, v.actor(), {50, v.queryOr("after")});
  if (!inbox.ok()) return errorPage(site, v, inbox.error());
  Data view = baseView(site, v, "Notifications");
  List rows;
  for (const domain::Notification& n : inbox->page.items) {
    Data r;
    r.set("headline", headline(n));
    r.set("at", longDateTime(n.createdAt, site.zone));
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
  return redirectTo(site, v, "/notifications", Flash{"Notification marked as read"});
}

}  // namespace accord::web
