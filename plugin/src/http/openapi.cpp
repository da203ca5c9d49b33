#include "openapi.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "accord/base/json_writer.h"
#include "accord/http/error_status.h"

#ifndef ACCORD_VERSION
#define ACCORD_VERSION "0"
#endif

namespace accord::http {

namespace {

using base::JsonWriter;

constexpr const char* kDescription =
    "Accord manages conferences and the joint declarations they adopt: revisions of the text, endorsements by "
    "country, commitments and their implementation, and documents (DOCX, XML). JSON uses the field names of the "
    "bundle format. Every record has an ETag (its version); updates need If-Match with it (stale: 412, missing: "
    "428). Errors are application/problem+json with type, title, status, detail and the offending field. Sign in "
    "with POST /api/v1/session for a bearer token and send it as \"Authorization: Bearer <token>\" on every other "
    "request but /healthz, /metrics and this document; what each role may do is answered with 403 and a sentence "
    "saying who may.";

const char* pathParamSchema(const std::string& name) {
  if (name == "country") return R"({"type":"string","pattern":"^[A-Z]{2}$"})";
  if (name == "n") return R"({"type":"integer","minimum":1})";
  return R"({"type":"string","pattern":"^[A-Za-z0-9._-]{1,64}$"})";
}

std::string ref(const std::string& schema) { return R"({"$ref":"#/components/schemas/)" + schema + "\"}"; }

void parameter(JsonWriter& w, const std::string& name, const char* in, bool required, const std::string& schema,
               const std::string& description) {
  w.beginObject().field("name", name).field("in", in).field("required", required);
  if (!description.empty()) w.field("description", description);
  w.key("schema").raw(schema).endObject();
}

void response(JsonWriter& w, int status, const std::vector<const ResponseDoc*>& docs) {
  w.key(std::to_string(status)).beginObject();
  std::string description;
  for (const auto* d : docs) description += (description.empty() ? "" : "; ") + d->description;
  w.field("description", description.empty() ? std::string(reasonPhrase(status)) : description);
  bool success = status < 300;
  if (success && status != 204) {
    w.key("headers").beginObject().key("ETag").beginObject().field("description", "the representation's entity tag");
    w.key("schema").raw(R"({"type":"string"})").endObject().endObject();
  }
  if (status == 304 || status == 204) {
    w.endObject();
    return;
  }
  w.key("content").beginObject();
  for (const auto* d : docs) {
    std::string type = !d->mediaType.empty() ? d->mediaType : success ? "application/json" : "application/problem+json";
    w.key(type).beginObject().key("schema");
    if (!d->schema.empty()) w.raw(ref(d->schema));
    else if (type == "application/json") w.raw(R"({"type":"object"})");
    else w.raw(R"({"type":"string","format":"binary"})");
    w.endObject();
  }
  w.endObject().endObject();
}

void operation(JsonWriter& w, const Route& route) {
  const RouteDoc& doc = route.doc;
  std::string method = route.method;
  for (char& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  w.key(method).beginObject().field("operationId", doc.operationId).field("summary", doc.summary);
  w.key("tags").beginArray().value(doc.tag).endArray();
  w.key("security").beginArray();
  if (!doc.anonymous) w.beginObject().key("bearer").beginArray().endArray().endObject();
  w.endArray();
  w.key("parameters").beginArray();
  for (std::size_t open = route.path.find('{'); open != std::string::npos; open = route.path.find('{', open + 1)) {
    std::string name = route.path.substr(open + 1, route.path.find('}', open) - open - 1);
    parameter(w, name, "path", true, pathParamSchema(name), "");
  }
  for (const auto& p : doc.query) parameter(w, p.name, "query", p.required, p.schema, p.description);
  if (doc.ifMatch)
    parameter(w, "If-Match", "header", true, R"({"type":"string","pattern":"^\"v[0-9]+\"$"})",
              "the ETag of the version the change is based on");
  w.endArray();
  if (!doc.requestSchema.empty()) {
    w.key("requestBody").beginObject().field("required", true).key("content").beginObject();
    w.key(doc.requestMediaType.empty() ? "application/json" : doc.requestMediaType)
        .beginObject()
        .key("schema")
        .raw(ref(doc.requestSchema))
        .endObject();
    w.endObject().endObject();
  }
  std::map<int, std::vector<const ResponseDoc*>> byStatus;
  for (const auto& r : doc.responses) byStatus[r.status].push_back(&r);
  // Statuses every route can answer, whatever it does.
  static const ResponseDoc every[] = {{401, errorMeaning(401), "Problem", ""},
                                      {431, errorMeaning(431), "Problem", ""},
                                      {500, errorMeaning(500), "Problem", ""},
                                      {503, errorMeaning(503), "Problem", ""}};
  for (const auto& e : every)
    if (!byStatus.count(e.status)) byStatus[e.status].push_back(&e);
  w.key("responses").beginObject();
  for (const auto& [status, docs] : byStatus) response(w, status, docs);
  w.endObject().endObject();
}

}  // namespace

std::string openApiDocument(const Api::State& state, const std::string& mount) {
  JsonWriter w;
  w.beginObject().field("openapi", "3.1.0");
  w.key("info").beginObject().field("title", "Accord API").field("version", ACCORD_VERSION);
  w.field("description", kDescription).endObject();
  w.key("servers").beginArray().beginObject().field("url", mount.empty() ? "/" : mount).endObject().endArray();
  w.key("paths").beginObject();
  std::vector<std::string> paths;
  for (const auto& r : state.router.routes())
    if (std::find(paths.begin(), paths.end(), r.path) == paths.end()) paths.push_back(r.path);
  for (const auto& path : paths) {
    w.key(path).beginObject();
    for (const auto& r : state.router.routes())
      if (r.path == path) operation(w, r);
    w.endObject();
  }
  w.endObject();
  w.key("components").beginObject().key("schemas").raw(componentSchemas());
  w.key("securitySchemes").beginObject().key("bearer").beginObject().field("type", "http").field("scheme", "bearer");
  w.field("bearerFormat", "JWT").field("description", "the token POST /api/v1/session returns; 8 hours");
  w.endObject().endObject().endObject();
  w.endObject();
  return w.str();
}

}  // namespace accord::http
