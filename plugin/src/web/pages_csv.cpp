// The "Download CSV" links of the pages: the same tables as the API's
// `?format=csv` (app/status_tables.h), with the reader's own read rules.
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

Reply delegationsCsv(const Site& site, Visit& v) {
  ConferenceId id(v.param("id"));
  return csvDownload(site, v, app::delegationTable(site.ctx, v.actor(), id, site.services.countries),
                     id.str() + "-delegations.csv");
}

}  // namespace accord::web
