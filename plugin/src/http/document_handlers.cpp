// The declaration's text as a document (DOCX, XML, Akoma Ntoso or PDF), draft or final.
#include "accord/http/document_download.h"
#include "api_state.h"
#include "download.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

Reply render(Call& call) {
  auto document = documentKindParam(call);
  if (!document.ok()) return problem(document.error());
  auto format = documentFormatParam(call);
  if (!format.ok()) return problem(format.error());
  const bool redline = *document == DocumentKind::kRedline;
  // A redline names the revision it shows "to", beside the one it compares "from".
  auto revision = redline ? revisionParam("to", call.query().get("to")) : revisionParam(call.query().get("revision"));
  if (!revision.ok()) return problem(revision.error());
  auto from = revisionParam("from", call.query().get("from"));
  if (!from.ok()) return problem(from.error());
  app::DocumentAsk what;
  what.declaration = DeclarationId(call.param("id"));
  what.document = *document;
  what.format = *format;
  what.revision = *revision;
  what.from = redline ? *from : std::nullopt;
  what.templateSet = call.query().get("template").value_or("");
  what.language = call.query().get("language").value_or("");
  what.parallel = call.query().get("parallel").value_or("");
  return download(call, what);
}

}  // namespace

void addDocumentRoutes(Router& r) {
  r.add(Route::get("/api/v1/declarations/{id}/render", render)
      .describe("renderDeclaration", "documents",
                "The declaration as DOCX, XML, Akoma Ntoso 3.0 (akn: an OASIS LegalDocML statement valid against "
                "akomantoso30.xsd) or PDF (the DOCX printed by LibreOffice): a draft carries \"DRAFT - revision N - "
                "date\", the final text its endorsement table; with document=redline, the changes from revision "
                "`from` to revision `to` as Word tracked changes (DOCX or PDF)")
      .query({optionalParam("document", documentKindSchema(),
                            "declaration (default), redline, status or implementation"),
              optionalParam("format", documentFormatSchema(),
                            "docx (default), xml, akn (the declaration's text only) or pdf (503 when the server has "
                            "no LibreOffice); a redline is docx or pdf"),
              optionalParam("from", schemas::kPositive, "redline (required): the older revision"),
              optionalParam("to", schemas::kPositive, "redline (required): the newer revision"),
              optionalParam("revision", schemas::kPositive,
                            "which revision (default: the final one when frozen, else the latest)"),
              optionalParam("template", schemas::kId,
                            "a named set of custom templates (default: the built-in ones)"),
              optionalParam("language", R"({"type":"string","maxLength":35})",
                            "print in this language (fr, ru, sr-Latn, ...): the text from the revision's complete "
                            "language version (409 while a unit is missing or outdated), labels, dates and country "
                            "names in it; the reports take only the labels, dates and names (400 naming `language` for one the "
                            "documents have no labels for); format=akn gives that version as its own Expression"),
              optionalParam("parallel", R"({"type":"string","maxLength":71})",
                            "two languages side by side, e.g. en,ru: the declaration's DOCX as a table without "
                            "borders, one row per unit")})
      .responds({documentBody("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "the document"),
                 documentBody("application/xml", "the document"),
                 documentBody("application/akn+xml", "the declaration as Akoma Ntoso"),
                 documentBody("application/pdf", "the document")}, {304, 400, 404, 409}));
}

}  // namespace accord::http
