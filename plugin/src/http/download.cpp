#include "download.h"

#include "csv_reply.h"

#include "accord/http/document_download.h"

#include "api_state.h"
#include "etag.h"
#include "handler_support.h"
#include "openapi_enums.h"
#include "query.h"

namespace accord::http {

using namespace accord::domain;

Reply download(const Call& call, const app::DocumentAsk& what) {
  auto doc = app::renderDocument(call.context(), call.services().documents, call.actor(), what);
  if (!doc.ok()) return failed(doc.error());
  call.api().metrics->rendered(toString(what.document), toString(what.format));
  Reply r;
  r.contentType = doc->mediaType;
  r.headers = downloadHeaders(*doc);
  r.body = std::move(doc->bytes);
  return r;
}

Result<std::optional<int>> revisionParam(const std::optional<std::string>& text) {
  return revisionParam("revision", text);
}

Result<std::optional<int>> revisionParam(const std::string& name, const std::optional<std::string>& text) {
  auto n = parseInteger(name, text, 1, 100000);
  if (!n.ok()) return n.error();
  if (!*n) return std::optional<int>();
  return std::optional<int>(static_cast<int>(**n));
}

std::vector<std::pair<std::string, std::string>> downloadHeaders(const app::RenderedDocument& doc) {
  return {{"Content-Disposition", "attachment; filename=\"" + doc.fileName + "\""},
          {"ETag", contentTag(doc.bytes)}};
}

Result<DocumentFormat> documentFormatParam(const Call& call) {
  auto format = call.query().optional<DocumentFormat>("format", parseDocumentFormat);
  if (!format.ok()) return format.error();
  return format->value_or(DocumentFormat::kDocx);
}

namespace {

// The status views' own format: their data as JSON rather than as a document.
// Not a DocumentFormat, since no renderer makes it.
constexpr const char* kJsonView = "json";

std::vector<const char*> viewFormatNames() {
  std::vector<const char*> names{kJsonView};
  for (const char* n : enumNames<DocumentFormat>()) names.push_back(n);
  names.push_back(kCsvView);  // the view's table; handlers answer it before asking for a document
  return names;
}

}  // namespace

Result<std::optional<DocumentFormat>> viewFormatParam(const Call& call) {
  auto f = call.query().get("format");
  if (!f || *f == kJsonView) return std::optional<DocumentFormat>();
  if (auto format = parseDocumentFormat("format", *f); format.ok()) return std::optional<DocumentFormat>(*format);
  std::string choices;
  for (const char* n : viewFormatNames()) choices += (choices.empty() ? "" : "|") + std::string(n);
  return Error::invalid("format", "must be one of " + choices + ", got '" + f->substr(0, 40) + "'");
}

std::string documentFormatSchema() { return enumParam<DocumentFormat>(); }

Result<DocumentKind> documentKindParam(const Call& call) {
  auto kind = call.query().optional<DocumentKind>("document", parseDocumentKind);
  if (!kind.ok()) return kind.error();
  return kind->value_or(DocumentKind::kDeclaration);
}

std::string documentKindSchema() { return enumParam<DocumentKind>(); }

std::string viewFormatSchema() {
  std::string schema = enumSchema(viewFormatNames(), true);
  schema.pop_back();  // the closing brace, to add the default
  return schema + R"(,"default":")" + kJsonView + R"("})";
}

}  // namespace accord::http
