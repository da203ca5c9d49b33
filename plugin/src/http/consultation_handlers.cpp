// The consultation on a revision: comments (and replies) and amendment proposals
// anchored to its units, and the decisions on amendments.
#include "accord/app/consultation_use_cases.h"
#include "accord/json/consultation.h"
#include "api_state.h"
#include "handler_support.h"
#include "openapi_enums.h"
#include "paging.h"
#include "query.h"

namespace accord::http {

using namespace accord::domain;

namespace {

// A number in the path ({n}, {aid}); kInvalidArgument naming it otherwise.
Result<int> pathNumber(const Call& call, const std::string& name) {
  auto n = parseInteger(name, call.param(name), 1, 1000000000);
  if (!n.ok()) return n.error();
  return static_cast<int>(**n);
}

// The list filters: unit, country and (amendments) state.
Result<app::RemarkFilter> filterOf(const Call& call, bool withState) {
  app::RemarkFilter f;
  if (auto unit = call.query().get("unit")) {
    if (Status s = validateId("unit", *unit); !s.ok()) return s.error();
    f.unit = ClauseId(*unit);
  }
  auto country = call.query().optional<CountryCode>("country", CountryCode::parse);
  if (!country.ok()) return country.error();
  f.country = *country;
  if (withState) {
    auto state = call.query().optional<AmendmentState>("state", parseAmendmentState);
    if (!state.ok()) return state.error();
    f.state = *state;
  }
  return f;
}

void amendmentJson(base::JsonWriter& w, const app::AmendmentView& v) {
  json::writeAmendment(w, v.amendment, json::kStandalone, [&](base::JsonWriter& m) {
    m.field("unitFate", toString(v.fate)).field("outdated", v.outdated);
  });
}

std::string remarksPath(const Call& call, int revision, const char* kind) {
  return call.mounted("/api/v1/declarations/" + call.param("id") + "/revisions/" + std::to_string(revision) + "/" +
                      kind);
}

Reply listComments(Call& call) {
  auto n = pathNumber(call, "n");
  if (!n.ok()) return problem(n.error());
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto filter = filterOf(call, false);
  if (!filter.ok()) return problem(filter.error());
  auto all = app::listComments(call.context(), call.actor(), DeclarationId(call.param("id")), *n, *filter);
  if (!all.ok()) return failed(all.error());
  auto page = pageOf(std::move(all).value(), *request, [](const Comment& c) { return std::to_string(c.number); });
  if (!page.ok()) return problem(page.error());
  return view(encode::page(page->items, page->next,
                           [](base::JsonWriter& w, const Comment& c) { json::writeComment(w, c); }));
}

Reply addComment(Call& call) {
  auto n = pathNumber(call, "n");
  if (!n.ok()) return problem(n.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::newComment(*body);
  if (!in.ok()) return problem(in.errors);
  Comment c = in.value.comment;
  c.anchor.revision = *n;
  auto stored = app::addComment(call.context(), call.actor(), DeclarationId(call.param("id")), c, in.value.country);
  if (!stored.ok()) return failed(stored.error(), "comment");
  // A comment never changes, so its tag is that of its bytes.
  std::string out = encode::object([&](base::JsonWriter& w) { json::writeComment(w, *stored); });
  std::string tag = contentTag(out);
  return created(std::move(out), remarksPath(call, *n, "comments") + "?unit=" + stored->anchor.unit.str(), tag);
}

Reply listAmendments(Call& call) {
  auto n = pathNumber(call, "n");
  if (!n.ok()) return problem(n.error());
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto filter = filterOf(call, true);
  if (!filter.ok()) return problem(filter.error());
  auto all = app::listAmendments(call.context(), call.actor(), DeclarationId(call.param("id")), *n, *filter);
  if (!all.ok()) return failed(all.error());
  auto page = pageOf(std::move(all).value(), *request,
                     [](const app::AmendmentView& v) { return std::to_string(v.amendment.number); });
  if (!page.ok()) return problem(page.error());
  return view(encode::page(page->items, page->next, amendmentJson));
}

Reply proposeAmendment(Call& call) {
  auto n = pathNumber(call, "n");
  if (!n.ok()) return problem(n.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::newAmendment(*body);
  if (!in.ok()) return problem(in.errors);
  Amendment a = in.value.amendment;
  a.anchor.revision = *n;
  auto stored =
      app::proposeAmendment(call.context(), call.actor(), DeclarationId(call.param("id")), a, in.value.country);
  if (!stored.ok()) return failed(stored.error(), "amendment");
  return created(encode::object([&](base::JsonWriter& w) { amendmentJson(w, *stored); }),
                 remarksPath(call, *n, "amendments") + "/" + std::to_string(stored->amendment.number),
                 versionTag(stored->amendment.version));
}

Reply getAmendment(Call& call) {
  auto n = pathNumber(call, "n");
  if (!n.ok()) return problem(n.error());
  auto aid = pathNumber(call, "aid");
  if (!aid.ok()) return problem(aid.error());
  auto a = app::getAmendment(call.context(), call.actor(), DeclarationId(call.param("id")), *n, *aid);
  if (!a.ok()) return failed(a.error());
  return record(a->amendment.version, [&](base::JsonWriter& w) { amendmentJson(w, *a); });
}

Reply decideAmendment(Call& call) {
  auto n = pathNumber(call, "n");
  if (!n.ok()) return problem(n.error());
  auto aid = pathNumber(call, "aid");
  if (!aid.ok()) return problem(aid.error());
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::amendmentDecision(*body);
  if (!in.ok()) return problem(in.errors);
  auto a = app::decideAmendment(call.context(), call.actor(), DeclarationId(call.param("id")), *n, *aid,
                                in.value.state, in.value.reason, *version);
  if (!a.ok()) return failed(a.error());
  return record(a->amendment.version, [&](base::JsonWriter& w) { amendmentJson(w, *a); });
}

std::vector<ParamDoc> filterParams(bool withState) {
  auto params = pagingParams();
  params.push_back(optionalParam("unit", R"({"type":"string"})", "only remarks on this recital, clause or sub-item"));
  params.push_back(optionalParam("country", R"({"type":"string","pattern":"^[A-Z]{2}$"})",
                                 "only remarks written for this country"));
  if (withState)
    params.push_back(optionalParam("state", enumParam<AmendmentState>(), "only amendments in this state"));
  return params;
}

}  // namespace

void addConsultationRoutes(Router& r) {
  const std::string revision = "/api/v1/declarations/{id}/revisions/{n}";
  r.add(Route::get(revision + "/comments", listComments)
      .describe("listComments", "consultation",
                "The comments on a revision that the caller may read, in order (threads: replyTo...)")
      .query(filterParams(false))
      .responds({ok(200, "CommentPage")}, {304, 400, 403, 404}));
  r.add(Route::post(revision + "/comments", addComment)
      .describe("addComment", "consultation",
                "Comment on a unit of the revision, or reply to a comment or an amendment (a coordinator for "
                "their own country while in consultation; the secretariat while drafting or in consultation)")
      .body("NewComment")
      .responds({ok(201, "Comment")}, {400, 403, 404, 409, 411, 413})
      .allows({app::Action::kComment}));
  r.add(Route::get(revision + "/amendments", listAmendments)
      .describe("listAmendments", "consultation",
                "The amendments proposed on a revision that the caller may read, each with whether it is outdated")
      .query(filterParams(true))
      .responds({ok(200, "AmendmentPage")}, {304, 400, 403, 404}));
  r.add(Route::post(revision + "/amendments", proposeAmendment)
      .describe("proposeAmendment", "consultation",
                "Propose wording for a unit: replace it, insert a new unit after it, or delete it, with a "
                "justification (who may: as for comments)")
      .body("NewAmendment")
      .responds({ok(201, "Amendment")}, {400, 403, 404, 409, 411, 413})
      .allows({app::Action::kComment}));
  r.add(Route::get(revision + "/amendments/{aid}", getAmendment)
      .describe("getAmendment", "consultation", "One amendment, with its ETag")
      .responds({ok(200, "Amendment")}, {304, 400, 403, 404}));
  r.add(Route::post(revision + "/amendments/{aid}/state", decideAmendment)
      .describe("decideAmendment", "consultation",
                "Accept or reject (with a reason) a proposed amendment (the secretariat), or withdraw it (its "
                "author); If-Match the amendment's ETag. Incorporation is recorded by cutting a revision")
      .body("AmendmentDecision")
      .needsIfMatch()
      .responds({ok(200, "Amendment")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kComment}));
}

}  // namespace accord::http
