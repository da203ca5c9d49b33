#include "csv_reply.h"

#include "accord/base/csv.h"
#include "etag.h"

namespace accord::http {

bool wantsCsv(const Call& call) {
  auto f = call.query().get("format");
  return f && *f == kCsvView;
}

domain::Status refuseJsonOnly(const Call& call, std::initializer_list<const char*> jsonOnly) {
  for (const char* key : jsonOnly)
    if (call.query().has(key))
      return domain::Error::invalid(key, "applies to the JSON view only; the CSV table is whole");
  return {};
}

Reply csvReply(const app::TableRows& rows, const std::string& fileName) {
  Reply r;
  r.contentType = "text/csv; charset=utf-8";
  r.body = base::csv::write(rows);
  r.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
  r.header("ETag", contentTag(r.body));
  return r;
}

}  // namespace accord::http
