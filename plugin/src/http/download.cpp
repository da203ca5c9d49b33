#include "download.h"

#include "api_state.h"
#include "etag.h"

namespace accord::http {

using namespace accord::domain;

std::string downloadName(const Declaration& d, const std::string& document, std::optional<int> revision,
                         Date today, const std::string& extension) {
  if (document == "declaration") {
    int n = revision.value_or(d.finalRevision.value_or(d.latest() ? d.latest()->number : 0));
    bool final = d.finalRevision && *d.finalRevision == n;
    return d.id.str() + "-r" + std::to_string(n) + (final ? "-final" : "-draft") + extension;
  }
  std::string what = document == "status" ? "-endorsement-status-" : "-implementation-";
  return d.id.str() + what + today.iso() + extension;
}

Reply download(const Call& call, const Dossier& slice, const Declaration& d, const std::string& document,
               const std::string& format, std::optional<int> revision, const std::string& templateSet) {
  if (revision && !d.revision(*revision))
    return problem(Error::notFound("declaration " + d.id.str() + " has no revision " + std::to_string(*revision),
                                   "revision"));
  Date today = call.services().clock.today();
  auto doc = call.services().documents.render(
      DocumentRequest{slice, d.id, document, format, revision, templateSet, today});
  if (!doc.ok()) {
    Error e = doc.error();
    if (e.field == "template") e.code = ErrorCode::kInvalidArgument;
    return problem(e);
  }
  call.api().metrics->rendered(document, format);
  Reply r;
  r.contentType = doc->mediaType;
  r.header("Content-Disposition",
           "attachment; filename=\"" + downloadName(d, document, revision, today, doc->extension) + "\"");
  r.header("ETag", contentTag(doc->bytes));
  r.body = std::move(doc->bytes);
  return r;
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
