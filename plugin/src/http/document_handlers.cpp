// The declaration's text as a document (DOCX or XML), draft or final.
#include "accord/http/document_download.h"
#include "api_state.h"
#include "download.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

Reply render(Call& call) {
  auto format = documentFormatParam(call);
  if (!format.ok()) return problem(format.error());
  auto revision = revisionParam(call.query().get("revision"));
  if (!revision.ok()) return problem(revision.error());
  app::DocumentAsk what;
  what.declaration = DeclarationId(call.param("id"));
  what.document = domain::DocumentKind::kDeclaration;
  what.format = *format;
  what.revision = *revision;
  what.templateSet = call.query().get("template").value_or("");
  return download(call, what);
}

}  // namespace

void addDocumentRoutes(Router& r) {
  r.add(Route::get("/api/v1/declarations/{id}/render", render)
      .describe("renderDeclaration", "documents",
                "The declaration as DOCX or XML: a draft carries \"DRAFT - revision N - date\", the final text its "
                "endorsement table")
      .query({optionalParam("format", documentFormatSchema(), "docx (default) or xml"),
              optionalParam("revision", schemas::kPositive,
                            "which revision (default: the final one when frozen, else the latest)"),
              optionalParam("template", schemas::kId,
                            "a named set of custom templates (default: the built-in ones)")})
      .responds({documentBody("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "the document"),
                 documentBody("application/xml", "the document")}, {304, 400, 404}));
}

}  // namespace accord::http
