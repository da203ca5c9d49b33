// "Subscribe in your calendar program": a person makes a secret address for their
// own calendar feed (shown once: only its hash is kept), replaces or stops it;
// a calendar program then fetches /calendar/{token}.ics without a session.
#include "accord/app/calendar.h"
#include "accord/security/jwt_token_service.h"
#include "page.h"
#include "pages.h"

namespace accord::web {

namespace {
// Calendar programs open the links, so they carry the site's whole address.
std::string siteUrlOf(const Site& site, const Visit& v) {
  return (site.services.secureCookies ? "https://" : "http://") + v.host + v.prefix;
}

Reply feedPage(const Site& site, Visit& v, const std::string& newAddress) {
  auto since = app::calendarFeedSince(site.ctx, v.actor());
  if (!since.ok()) return errorPage(site, v, since.error());
  Data view = baseView(site, v, v.words("title.calendar"));
  view.set("address", newAddress.empty() ? Data(false) : Data(newAddress));
  view.set("since", *since ? Data((*since)->iso()) : Data(false));
  view.set("action", link(v, "/calendar"));
  view.set("stopAction", link(v, "/calendar/stop"));
  return renderPage(site, v, "calendar_feed", view);
}

// No session here and no page chrome: a calendar program reads the answer.
Reply plainNotFound() {
  Reply r;
  r.status = 404;
  r.contentType = "text/plain; charset=utf-8";
  r.body = "No calendar at this address.\n";
  return r;
}
}  // namespace

Reply calendarFeedPage(const Site& site, Visit& v) { return feedPage(site, v, ""); }

Reply startCalendarFeedForm(const Site& site, Visit& v) {
  std::string token = security::newTokenId() + security::newTokenId();  // 256 random bits
  domain::Status s = app::startCalendarFeed(site.ctx, v.actor(), token);
  if (!s.ok()) return errorPage(site, v, s.error());
  return feedPage(site, v, siteUrlOf(site, v) + "/calendar/" + token + ".ics");
}

Reply stopCalendarFeedForm(const Site& site, Visit& v) {
  domain::Status s = app::stopCalendarFeed(site.ctx, v.actor());
  if (!s.ok()) return errorPage(site, v, s.error());
  return redirectTo(v, "/calendar");
}

Reply personalCalendarFeed(const Site& site, Visit& v) {
  const std::string file = v.param("file");
  const std::string suffix = ".ics";
  if (file.size() <= suffix.size() || file.compare(file.size() - suffix.size(), suffix.size(), suffix) != 0)
    return plainNotFound();
  auto feed = app::personalCalendar(site.ctx, file.substr(0, file.size() - suffix.size()), siteUrlOf(site, v));
  if (!feed.ok()) {
    if (feed.error().code == domain::ErrorCode::kNotFound) return plainNotFound();
    Reply r = plainNotFound();
    r.status = 503;
    r.body = "The calendar cannot be read now; try again later.\n";
    return r;
  }
  std::string stamp = base::icalStamp(site.ctx.clock.now().iso());
  Reply r;
  r.contentType = "text/calendar; charset=utf-8";
  r.body = base::icalendar("Accord: " + feed->owner, feed->events, stamp);
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

}  // namespace accord::web
