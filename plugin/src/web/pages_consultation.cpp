// The consultation in the browser: one unit's discussion beside its text (its
// comments and replies, its amendments, the forms to comment and to propose
// wording), the secretariat's consolidation view of every proposal, and the
// decisions on amendments. Every change goes through the consultation use cases.
#include "accord/app/read_models.h"
#include "consultation_view.h"
#include "error_words.h"
#include "page.h"
#include "pages.h"
#include "labels.h"
#include "view_common.h"
#include "words.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// The coordinator writes for their country, the secretariat for none.
std::optional<CountryCode> writesFor(const Actor& a) {
  return a.role == Role::kCoordinator ? a.country : std::nullopt;
}

std::optional<int> optionalNumber(const std::string& text) {
  if (auto n = parseNumber(text)) return static_cast<int>(*n);
  return std::nullopt;
}

// The unit page, with `error` beside the form it came from and the posted values
// refilled when a post failed.
Reply unitView(const Site& site, Visit& v, const Error* error) {
  auto n = revisionOfPath(v);
  if (!n.ok()) return errorPage(site, v, n.error());
  DeclarationId id(v.param("id"));
  ClauseId unit(v.param("unit"));
  auto d = app::getDeclaration(site.ctx, v.actor(), id);
  if (!d.ok()) return errorPage(site, v, d.error());
  const Revision* r = d->revision(*n);
  if (!r) return errorPage(site, v, Error::notFound("This declaration has no such revision.", "revision"));
  std::optional<UnitRow> row;
  for (auto& u : unitsOf(*r))
    if (u.id == unit) row = u;
  if (!row) return errorPage(site, v, Error::notFound("Revision " + std::to_string(*n) + " has no such unit.", "unit"));
  app::RemarkFilter filter;
  filter.unit = unit;
  auto comments = app::listComments(site.ctx, v.actor(), id, *n, filter);
  if (!comments.ok()) return errorPage(site, v, comments.error());
  auto amendments = app::listAmendments(site.ctx, v.actor(), id, *n, filter);
  if (!amendments.ok()) return errorPage(site, v, amendments.error());
  app::ConsultationPermissions may = app::consultationPermissionsFor(v.actor(), *d);

  Data view = baseView(site, v, row->label + " — " + d->title);
  view.set("decl", declarationHeader(site, v, *d, "consultation"));
  view.set("label", row->label);
  view.set("unit", unit.str());
  view.set("unitText", row->text);
  view.set("revision", std::to_string(*n));
  view.set("isLatest", r == d->latest());
  view.set("textHref", link(v, "/declarations/" + pathSegment(id.str()) + "?revision=" + std::to_string(*n) +
                                   "#clause-" + unit.str()));
  // The unit page's address (with the mount prefix), for its forms.
  const std::string here = unitHref(v, id, *n, unit);
  // Which of the page's forms a refused post came from: the error goes beside its box.
  const bool amendPosted = error && v.field("form") == "amend";
  const bool commentPosted = error && v.field("form") == "comment";
  const std::string replyPosted = error ? v.field("replyToComment") : "";
  const Data refusal = error ? Data(messageInWords(v.words, error->message)) : Data(false);
  List threads;
  for (const auto& c : *comments) {
    if (c.replyToComment || c.replyToAmendment) continue;
    Data t = commentData(site, v.words, c);
    List replies;
    for (const auto& reply : *comments)
      if (reply.replyToComment == c.number) replies.push_back(commentData(site, v.words, reply));
    t.set("replies", replies);
    t.set("replyAction", here + "/comments");
    const bool refused = !replyPosted.empty() && replyPosted == std::to_string(c.number);
    t.set("replyError", refused ? refusal : Data(false));
    t.set("replyText", refused ? v.field("text") : "");
    threads.push_back(t);
  }
  view.set("comments", threads);
  view.set("noComments", threads.empty());
  List proposals;
  const std::string decisionPosted = error ? v.param("aid") : "";  // a refused accept/reject/withdraw
  for (const auto& a : *amendments) {
    Data x = amendmentData(site, v, a, may, *comments, "unit");
    const bool refused = !decisionPosted.empty() && decisionPosted == std::to_string(a.amendment.number);
    x.set("reasonError", refused ? refusal : Data(false));
    x.set("typedReason", refused ? v.field("reason") : "");
    proposals.push_back(x);
  }
  view.set("amendments", proposals);
  view.set("noAmendments", proposals.empty());
  view.set("contribute", may.contribute && r == d->latest());
  view.set("commentAction", here + "/comments");
  view.set("amendAction", here + "/amendments");
  const bool posted = error != nullptr;
  view.set("commentText", commentPosted ? v.field("text") : "");
  view.set("commentError", commentPosted ? refusal : Data(false));
  view.set("proposedText", posted && v.field("form") == "amend" ? v.field("text") : row->text);
  view.set("justification", posted ? v.field("justification") : "");
  view.set("newUnit", posted ? v.field("newUnit") : "");
  std::string kind = posted ? v.field("kind") : "replace";
  List kinds;
  for (const char* k : {"replace", "insert_after", "delete"}) {
    kinds.push_back(choice(k, v.words(std::string("unit.propose.") + k), kind == k));
  }
  view.set("kinds", kinds);
  view.set("error_text", false);
  view.set("error_justification", false);
  view.set("error_newUnit", false);
  view.set("error_reason", false);
  if (error) {
    Error shown = *error;
    if (auto dot = shown.field.find_last_of('.'); dot != std::string::npos) shown.field = shown.field.substr(dot + 1);
    // Beside the amendment form's own boxes only when it was that form; a comment's
    // or a reply's error is beside its box (above), with the summary at the top.
    if (amendPosted) putError(v.words, view, shown);
    else view.set("formError", errorSentence(v.words, shown));
  }
  return renderPage(site, v, "unit", view, error ? statusOf(error->code) : 200);
}

Reply backTo(const Site& site, const Visit& v, const DeclarationId& id, int revision, const ClauseId& unit,
             const std::string& said) {
  return redirectTo(site, v,
                    "/declarations/" + pathSegment(id.str()) + "/revisions/" + std::to_string(revision) + "/units/" +
                        pathSegment(unit.str()),
                    Flash{said});
}

}  // namespace

Reply unitPage(const Site& site, Visit& v) { return unitView(site, v, nullptr); }

Reply commentForm(const Site& site, Visit& v) {
  auto n = revisionOfPath(v);
  if (!n.ok()) return errorPage(site, v, n.error());
  DeclarationId id(v.param("id"));
  ClauseId unit(v.param("unit"));
  Comment c;
  c.anchor = {*n, unit, v.field("quote")};
  c.text = v.field("text");
  c.replyToComment = optionalNumber(v.field("replyToComment"));
  c.replyToAmendment = optionalNumber(v.field("replyToAmendment"));
  c.supports = v.field("supports") == "1";
  auto stored = app::addComment(site.ctx, v.actor(), id, c, writesFor(v.actor()));
  if (!stored.ok()) return unitView(site, v, &stored.error());
  return backTo(site, v, id, *n, unit, v.words(c.replyToComment || c.replyToAmendment ? "flash.reply_posted" : "flash.comment_posted"));
}

Reply amendmentForm(const Site& site, Visit& v) {
  auto n = revisionOfPath(v);
  if (!n.ok()) return errorPage(site, v, n.error());
  DeclarationId id(v.param("id"));
  ClauseId unit(v.param("unit"));
  auto kind = parseAmendmentKind("kind", v.field("kind"));
  if (!kind.ok()) return unitView(site, v, &kind.error());
  Amendment a;
  a.anchor = {*n, unit, v.field("quote")};
  a.kind = *kind;
  a.text = a.kind == AmendmentKind::kDelete ? "" : v.field("text");
  a.newUnit = ClauseId(a.kind == AmendmentKind::kInsertAfter ? v.field("newUnit") : "");
  a.justification = v.field("justification");
  auto stored = app::proposeAmendment(site.ctx, v.actor(), id, a, writesFor(v.actor()));
  if (!stored.ok()) return unitView(site, v, &stored.error());
  return backTo(site, v, id, *n, unit, v.words("flash.amendment_proposed"));
}

Reply amendmentStateForm(const Site& site, Visit& v) {
  auto n = revisionOfPath(v);
  if (!n.ok()) return errorPage(site, v, n.error());
  DeclarationId id(v.param("id"));
  auto aid = parseNumber(v.param("aid"));
  if (!aid) return errorPage(site, v, Error::notFound("There is no such amendment.", "amendment"));
  auto to = parseAmendmentState("state", v.field("state"));
  if (!to.ok()) return errorPage(site, v, to.error());
  auto version = parseNumber(v.field("version"));
  if (!version) return errorPage(site, v, Error::invalid("version", "the form lacks the version it was made from"));
  auto decided = app::decideAmendment(site.ctx, v.actor(), id, *n, static_cast<int>(*aid), *to, v.field("reason"),
                                      *version);
  if (!decided.ok()) {
    // A decision refused for what was typed (no reason to reject) comes back on the
    // amendment's unit page with the error beside its reason box; anything else, or
    // a decision made from the consultation page, is an error page.
    auto shown = app::getAmendment(site.ctx, v.actor(), id, *n, static_cast<int>(*aid));
    if (decided.error().code != ErrorCode::kInvalidArgument || !shown.ok() || v.field("back") == "consultation")
      return errorPage(site, v, decided.error());
    v.params["unit"] = shown->amendment.anchor.unit.str();
    return unitView(site, v, &decided.error());
  }
  std::string said = v.words("flash.amendment_decided", {{"number", std::to_string(*aid)}, {"state", lowered(badge(v.words, decided->amendment.state).label)}});
  if (v.field("back") == "consultation")
    return redirectTo(site, v, "/declarations/" + pathSegment(id.str()) + "/consultation", Flash{said});
  return backTo(site, v, id, *n, decided->amendment.anchor.unit, said);
}

// Every proposal of the declaration, per unit of the latest text (and the units
// gone from it at the end), with who proposed and who replied, and the
// secretariat's accept and reject forms.
Reply consultationPage(const Site& site, Visit& v) {
  DeclarationId id(v.param("id"));
  auto d = app::getDeclaration(site.ctx, v.actor(), id);
  if (!d.ok()) return errorPage(site, v, d.error());
  auto amendments = app::listAmendments(site.ctx, v.actor(), id, std::nullopt, {});
  if (!amendments.ok()) return errorPage(site, v, amendments.error());
  auto comments = app::listComments(site.ctx, v.actor(), id, std::nullopt, {});
  if (!comments.ok()) return errorPage(site, v, comments.error());
  app::ConsultationPermissions may = app::consultationPermissionsFor(v.actor(), *d);
  Data view = baseView(site, v, v.words("title.consultation", {{"title", d->title}}));
  view.set("decl", declarationHeader(site, v, *d, "consultation"));
  view.set("visibility", d->consultationVisibility == ConsultationVisibility::kOpen
                             ? v.words("consultation.visibility.open")
                             : v.words("consultation.visibility.closed"));
  List units;
  std::vector<bool> shown(amendments->size(), false);
  auto group = [&](const ClauseId& unit, const std::string& label, const std::string& current, int revision) {
    Data u;
    List proposals;
    std::size_t commentCount = 0;
    for (const auto& c : *comments)
      if (c.anchor.unit == unit && !c.replyToAmendment) ++commentCount;
    for (std::size_t i = 0; i < amendments->size(); ++i)
      if ((*amendments)[i].amendment.anchor.unit == unit) {
        proposals.push_back(amendmentData(site, v, (*amendments)[i], may, *comments, "consultation"));
        shown[i] = true;
      }
    if (proposals.empty() && commentCount == 0) return;
    u.set("label", label);
    u.set("text", text(current));
    u.set("unit", unit.str());
    u.set("href", unitHref(v, id, revision, unit));
    u.set("amendments", proposals);
    u.set("comments", count(static_cast<long>(commentCount), "comment", "comments"));
    units.push_back(u);
  };
  if (const Revision* latest = d->latest())
    for (const auto& u : unitsOf(*latest)) group(u.id, u.label, u.text, latest->number);
  for (std::size_t i = 0; i < amendments->size(); ++i)
    if (!shown[i]) {
      const Amendment& a = (*amendments)[i].amendment;
      group(a.anchor.unit, v.words("consultation.unit_gone", {{"unit", a.anchor.unit.str()}}), "", a.anchor.revision);
    }
  view.set("units", units);
  view.set("empty", units.empty());
  return renderPage(site, v, "consultation", view);
}

}  // namespace accord::web
