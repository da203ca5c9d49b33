// The declaration's text as a document (DOCX or XML), draft or final.
#include "accord/app/read_models.h"
#include "api_state.h"
#include "download.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

Reply render(Call& call) {
  auto format = formatParam(call, {"docx", "xml"}, "docx");
  if (!format.ok()) return problem(format.error());
  auto revision = call.query().integer("revision", 1, 100000);
  if (!revision.ok()) return problem(revision.error());
  DeclarationId id(call.param("id"));
  // The slice holds what the document prints: the text, and for a final text
  // the endorsements of its table.
  auto view = app::implementationMatrix(call.context(), call.actor(), id);
  if (!view.ok()) return failed(view.error());
  std::optional<int> n;
  if (*revision) n = static_cast<int>(**revision);
  return download(call, *view->slice, *view->declaration, "declaration", *format, n,
                  call.query().get("template").value_or(""));
}

}  // namespace

void addDocumentRoutes(Router& r) {
  r.add(Route::get("/api/v1/declarations/{id}/render", render)
      .describe("renderDeclaration", "documents",
                "The declaration as DOCX or XML: a draft carries \"DRAFT - revision N - date\", the final text its "
                "endorsement table")
      .query({optionalParam("format", schemas::kFormatDocs, "docx (default) or xml"),
              optionalParam("revision", schemas::kPositive,
                            "which revision (default: the final one when frozen, else the latest)"),
              optionalParam("template", schemas::kId,
                            "a named set of custom templates (default: the built-in ones)")})
      .responds({{200, "the document", "", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
                 {200, "the document", "", "application/xml"}}, {304, 400, 404}));
}

}  // namespace accord::http
