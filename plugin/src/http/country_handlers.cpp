// The reference list of countries.
#include "api_state.h"
#include "handler_support.h"
#include "paging.h"

namespace accord::http {

namespace {

Reply listCountries(Call& call) {
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto page = pageOf(call.services().countries.all(), *request, [](const domain::Country& c) { return c.code.str(); });
  if (!page.ok()) return problem(page.error());
  return view(encode::page(page->items, page->next, encode::country));
}

}  // namespace

void addCountryRoutes(Router& r) {
  r.add(Route::get("/api/v1/countries", listCountries)
      .describe("listCountries", "countries",
                "The reference list of countries (ISO 3166-1 alpha-2 and user-defined codes)")
      .query(pagingParams())
      .responds({ok(200, "CountryPage")}, {304, 400}));
}

}  // namespace accord::http
