#include "download.h"

#include "accord/http/document_download.h"

#include "api_state.h"
#include "etag.h"
#include "handler_support.h"
#include "query.h"

namespace accord::http {

using namespace accord::domain;

Reply download(const Call& call, const app::DocumentAsk& what) {
  auto doc = app::renderDocument(call.context(), call.services().documents, call.actor(), what);
  if (!doc.ok()) return failed(doc.error());
  call.api().metrics->rendered(app::toString(what.document), what.format);
  Reply r;
  r.contentType = doc->mediaType;
  r.headers = downloadHeaders(*doc);
  r.body = std::move(doc->bytes);
  return r;
}

Result<std::optional<int>> revisionParam(const std::optional<std::string>& text) {
  auto n = parseInteger("revision", text, 1, 100000);
  if (!n.ok()) return n.error();
  if (!*n) return std::optional<int>();
  return std::optional<int>(static_cast<int>(**n));
}

std::vector<std::pair<std::string, std::string>> downloadHeaders(const app::RenderedDocument& doc) {
  return {{"Content-Disposition", "attachment; filename=\"" + doc.fileName + "\""},
          {"ETag", contentTag(doc.bytes)}};
}

Result<std::string> formatParam(const Call& call, std::initializer_list<const char*> allowed, const char* fallback) {
  auto f = call.query().get("format");
  if (!f) return std::string(fallback);
  std::string choices;
  for (const char* a : allowed) {
    if (*f == a) return *f;
    choices += (choices.empty() ? "" : "|") + std::string(a);
  }
  return Error::invalid("format", "must be one of " + choices + ", got '" + f->substr(0, 40) + "'");
}

}  // namespace accord::http
