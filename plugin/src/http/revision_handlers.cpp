// The revisions of a declaration: immutable, numbered snapshots of its text.
#include "accord/app/compare_revisions.h"
#include "accord/app/declaration_use_cases.h"
#include "accord/http/document_download.h"
#include "accord/app/read_models.h"
#include "api_state.h"
#include "handler_support.h"
#include "paging.h"

namespace accord::http {

using namespace accord::domain;

namespace {

// A revision never changes, but cutting it changed its declaration: the reply
// says which version the declaration is at now, for the next If-Match.
std::string revisionJson(const Declaration& d, const Revision& r) {
  std::string body = encode::object([&](base::JsonWriter& w) { encode::revision(w, d.id, r); });
  body.pop_back();
  return body + ",\"declarationVersion\":" + std::to_string(d.version) + "}";
}

Reply listRevisions(Call& call) {
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto d = app::getDeclaration(call.context(), call.actor(), DeclarationId(call.param("id")));
  if (!d.ok()) return failed(d.error());
  auto page = pageOf(d->revisions, *request, [](const Revision& r) { return std::to_string(r.number); });
  if (!page.ok()) return problem(page.error());
  return view(encode::page(page->items, page->next, encode::revisionSummary));
}

Reply cutRevision(Call& call) {
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::newRevision(*body);
  if (!in.ok()) return problem(in.errors);
  auto d = app::cutRevision(call.context(), call.actor(), DeclarationId(call.param("id")), in.value.text, *version,
                            in.value.incorporate, in.value.happenedOn);
  if (!d.ok()) return failed(d.error(), "revision");
  const Revision& cut = *d->latest();
  std::string body2 = revisionJson(*d, cut);
  std::string tag = contentTag(body2);
  return created(std::move(body2),
                 call.mounted("/api/v1/declarations/" + d->id.str() + "/revisions/" + std::to_string(cut.number)), tag);
}

Reply getRevision(Call& call) {
  std::string raw = call.param("n");
  auto n = Query::parse("n=" + raw);
  auto number = n.ok() ? n->integer("n", 1, 100000) : domain::Result<std::optional<long>>(n.error());
  if (!number.ok()) return problem(number.error());
  auto d = app::getDeclaration(call.context(), call.actor(), DeclarationId(call.param("id")));
  if (!d.ok()) return failed(d.error());
  const Revision* r = d->revision(static_cast<int>(**number));
  if (!r) return problem(Error::notFound("declaration " + d->id.str() + " has no revision " + raw, "n"));
  return view(revisionJson(*d, *r));
}

// Both revisions must be named: a comparison that silently picked another pair
// would mislead more than a 400.
Reply compare(Call& call) {
  std::optional<int> numbers[2];
  const char* names[2] = {"from", "to"};
  for (int i = 0; i < 2; ++i) {
    auto n = revisionParam(names[i], call.query().get(names[i]));
    if (!n.ok()) return problem(n.error());
    if (!*n) return problem(Error::invalid(names[i], "is required: a revision number (1, 2, ...)"));
    numbers[i] = *n;
  }
  DeclarationId id(call.param("id"));
  auto c = app::compareRevisions(call.context(), call.actor(), id, numbers[0], numbers[1]);
  if (!c.ok()) return failed(c.error());
  return view(encode::object([&](base::JsonWriter& w) { encode::comparison(w, id, c->comparison); }));
}

}  // namespace

void addRevisionRoutes(Router& r) {
  r.add(Route::get("/api/v1/declarations/{id}/revisions", listRevisions)
      .describe("listRevisions", "declarations",
                "The revisions of a declaration (number, author, time, note), oldest first")
      .query(pagingParams())
      .responds({ok(200, "RevisionSummaryPage")}, {304, 400, 404}));
  r.add(Route::post("/api/v1/declarations/{id}/revisions", cutRevision)
      .describe("cutRevision", "declarations",
                "Cut the next revision of the text (drafting or consultation only; If-Match the declaration's ETag)")
      .body("NewRevision")
      .needsIfMatch()
      .responds({ok(201, "Revision")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kDraft}));
  r.add(Route::get("/api/v1/declarations/{id}/revisions/{n}", getRevision)
      .describe("getRevision", "declarations", "The full text of one revision")
      .responds({ok(200, "Revision")}, {304, 400, 404}));
  r.add(Route::get("/api/v1/declarations/{id}/compare", compare)
      .describe("compareRevisions", "declarations",
                "What changed from revision `from` to revision `to`, unit by unit (added, deleted, changed, moved, "
                "unchanged, with numbers before and after) and word by word")
      .query({requiredParam("from", R"({"type":"integer","minimum":1,"example":1})", "the older revision"),
              requiredParam("to", R"({"type":"integer","minimum":1,"example":2})", "the newer revision")})
      .responds({ok(200, "RevisionComparison")}, {304, 400, 404}));
}

}  // namespace accord::http
