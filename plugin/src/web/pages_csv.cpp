// The "Download CSV" links of the pages: the same tables as the API's
// `?format=csv` (app/status_tables.h), with the reader's own read rules; and a
// conference's calendar (.ics) with its dates, deadlines and milestones.
#include "accord/app/calendar.h"
#include "accord/app/status_tables.h"
#include "accord/base/csv.h"
#include "accord/http/error_status.h"
#include "page.h"
#include "pages.h"

namespace accord::web {

using namespace accord::domain;

namespace {
Reply csvDownload(const Site& site, Visit& v, const Result<app::TableRows>& rows, const std::string& fileName) {
  if (!rows.ok()) return errorPage(site, v, rows.error(), http::httpStatus(rows.error().code));
  Reply r;
  r.contentType = "text/csv; charset=utf-8";
  r.body = base::csv::write(*rows);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
  return r;
}
}  // namespace

Reply endorsementsCsv(const Site& site, Visit& v) {
  DeclarationId id(v.param("id"));
  return csvDownload(site, v, app::endorsementTable(site.ctx, v.actor(), id, site.services.countries),
                     id.str() + "-endorsements.csv");
}

Reply implementationCsv(const Site& site, Visit& v) {
  DeclarationId id(v.param("id"));
  return csvDownload(site, v, app::implementationTable(site.ctx, v.actor(), id, site.services.countries),
                     id.str() + "-implementation.csv");
}

// Calendar programs open the links, so they carry the site's whole address.
Reply conferenceCalendarDownload(const Site& site, Visit& v) {
  ConferenceId id(v.param("id"));
  std::string siteUrl = (site.services.secureCookies ? "https://" : "http://") + v.host + v.prefix;
  auto events = app::conferenceCalendar(site.ctx, v.actor(), id, siteUrl);
  if (!events.ok()) return errorPage(site, v, events.error(), http::httpStatus(events.error().code));
  std::string stamp = base::icalStamp(site.ctx.clock.now().iso());
  Reply r;
  r.contentType = "text/calendar; charset=utf-8";
  r.body = base::icalendar("Accord: " + id.str(), *events, stamp);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + id.str() + ".ics\"");
  return r;
}

Reply delegationsCsv(const Site& site, Visit& v) {
  ConferenceId id(v.param("id"));
  return csvDownload(site, v, app::delegationTable(site.ctx, v.actor(), id, site.services.countries),
                     id.str() + "-delegations.csv");
}

}  // namespace accord::web
