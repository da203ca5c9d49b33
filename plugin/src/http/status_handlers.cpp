// The two status views of a declaration, as JSON or as a document: where
// endorsement stands country by country, and the implementation matrix.

#include "accord/app/read_models.h"
#include "accord/app/status_tables.h"
#include "api_state.h"
#include "csv_reply.h"
#include "download.h"
#include "handler_support.h"
#include "openapi_enums.h"
#include "paging.h"

namespace accord::http {

using namespace accord::domain;

namespace {

// A status view as a document: the reports are whole, as of today, in the
// built-in templates, so only what, how and in which language vary.
app::DocumentAsk reportAsk(Call& call, const DeclarationId& id, domain::DocumentKind kind, DocumentFormat format) {
  app::DocumentAsk what;
  what.declaration = id;
  what.document = kind;
  what.format = format;
  what.language = call.query().get("language").value_or("");
  return what;
}

// The JSON and CSV views carry codes and the data as stored; labels, dates and
// country names in a language are for the documents.
Status refuseLanguage(Call& call) {
  if (call.query().has("language"))
    return Error::invalid("language", "applies to the documents (docx, xml, pdf) only; the JSON and CSV views carry codes");
  return Status{};
}

Reply endorsementStatus(Call& call) {
  DeclarationId id(call.param("id"));
  if (wantsCsv(call)) {
    if (Status s = refuseLanguage(call); !s.ok()) return problem(s.error());
    auto rows = app::endorsementTable(call.context(), call.actor(), id, call.services().countries);
    if (!rows.ok()) return failed(rows.error());
    return csvReply(*rows, id.str() + "-endorsements.csv");
  }
  auto format = viewFormatParam(call);
  if (!format.ok()) return problem(format.error());
  if (*format) return download(call, reportAsk(call, id, domain::DocumentKind::kEndorsementStatus, **format));
  if (Status s = refuseLanguage(call); !s.ok()) return problem(s.error());
  auto t = app::endorsementTally(call.context(), call.actor(), id);
  if (!t.ok()) return failed(t.error());
  std::vector<const EndorsementRow*> rows;
  for (const auto& row : t->tally.rows) rows.push_back(&row);
  return view(encode::object([&](base::JsonWriter& w) {
    encode::tally(w, *t->declaration, t->tally, call.services().countries, rows);
  }));
}

Reply implementationStatus(Call& call) {
  if (wantsCsv(call)) {
    if (Status s = refuseJsonOnly(call, {"country", "status", "limit", "cursor"}); !s.ok()) return problem(s.error());
    if (Status s = refuseLanguage(call); !s.ok()) return problem(s.error());
    DeclarationId id(call.param("id"));
    auto rows = app::implementationTable(call.context(), call.actor(), id, call.services().countries);
    if (!rows.ok()) return failed(rows.error());
    return csvReply(*rows, id.str() + "-implementation.csv");
  }
  auto format = viewFormatParam(call);
  if (!format.ok()) return problem(format.error());
  auto countryAsked = call.query().optional<CountryCode>("country", CountryCode::parse);
  if (!countryAsked.ok()) return problem(countryAsked.error());
  std::optional<CountryCode> country = *countryAsked;
  auto statusAsked = call.query().optional<ImplementationStatus>("status", parseImplementationStatus);
  if (!statusAsked.ok()) return problem(statusAsked.error());
  std::optional<ImplementationStatus> status = *statusAsked;
  for (const char* jsonOnly : {"country", "status", "limit", "cursor"})
    if (*format && call.query().has(jsonOnly))
      return problem(Error::invalid(jsonOnly, "applies to the JSON view only; documents are whole"));
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  DeclarationId id(call.param("id"));
  if (*format) return download(call, reportAsk(call, id, domain::DocumentKind::kImplementation, **format));
  if (Status s = refuseLanguage(call); !s.ok()) return problem(s.error());
  // A large declaration has tens of thousands of cells: the view pages by
  // commitment (rows), keeping every cell of a row together, and reads the page alone.
  auto m = app::implementationMatrixPage(call.context(), call.actor(), id, app::MatrixFilter{country, status}, *request);
  if (!m.ok()) return failed(m.error());
  auto filter = [&](const MatrixCell& c) {
    if (country && c.country != *country) return false;
    if (status && (!c.assignment || c.assignment->status != *status)) return false;
    return true;
  };
  return view(encode::object([&](base::JsonWriter& w) {
    encode::matrix(w, *m->declaration, m->matrix, call.services().clock.today(), call.services().countries, filter,
                   m->overdue, m->next);
  }));
}

const char* kDocx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

}  // namespace

void addStatusRoutes(Router& r) {
  r.add(Route::get("/api/v1/declarations/{id}/status/endorsements", endorsementStatus)
      .describe("getEndorsementStatus", "status",
                "Where endorsement stands, one row per invited country, with counts")
      .query({optionalParam("format", viewFormatSchema(),
                            "json (default), docx, xml, pdf (503 when the server has no LibreOffice) or csv (text/csv, UTF-8 with BOM, formulas neutralised)"),
              optionalParam("language", R"({"type":"string","maxLength":35})",
                            "documents only: labels, dates and country names in this language (fr, ru, sr-Latn, "
                            "...; a regional form such as fr-CA prints in its language); 400 naming `language` "
                            "with the JSON or CSV view, or for a language the documents have no labels for")})
      .responds({ok(200, "EndorsementStatusReport"),
                 documentBody(kDocx, "the report"),
                 documentBody("application/xml", "the report"),
                 documentBody("application/pdf", "the report"),
                 documentBody("text/csv", "the table: UTF-8 with a BOM; a cell starting with =, +, -, @ (not a "
                                          "number) gets a leading apostrophe")}, {304, 400, 404}));
  r.add(Route::get("/api/v1/declarations/{id}/status/implementation", implementationStatus)
      .describe("getImplementationStatus", "status",
                "The implementation matrix (commitments x countries) as of today, with the overdue count; the JSON "
                "view pages by commitment")
      .query({optionalParam("format", viewFormatSchema(),
                            "json (default), docx, xml, pdf (503 when the server has no LibreOffice) or csv (text/csv, UTF-8 with BOM, formulas neutralised)"),
              optionalParam("language", R"({"type":"string","maxLength":35})",
                            "documents only: labels, dates and country names in this language (fr, ru, sr-Latn, "
                            "...; a regional form such as fr-CA prints in its language); 400 naming `language` "
                            "with the JSON or CSV view, or for a language the documents have no labels for"),
              optionalParam("limit", schemas::kLimit, "JSON only: commitments (rows) per page (1-500, default 50)"),
              optionalParam("cursor", schemas::kString, "JSON only: the `next` value of the previous page"),
              optionalParam("country", schemas::kCountry, "JSON only: only this country's cells"),
              optionalParam("status", enumParam<ImplementationStatus>(),
                            "JSON only: only cells with this implementation status")})
      .responds({ok(200, "ImplementationMatrix"),
                 documentBody(kDocx, "the report"),
                 documentBody("application/xml", "the report"),
                 documentBody("application/pdf", "the report"),
                 documentBody("text/csv", "the table: UTF-8 with a BOM; a cell starting with =, +, -, @ (not a "
                                          "number) gets a leading apostrophe")}, {304, 400, 404}));
}

}  // namespace accord::http
