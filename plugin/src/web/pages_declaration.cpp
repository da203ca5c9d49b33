// The declaration page: its text as it will print, its state and what this person
// may do next, its revisions, downloads; moving the lifecycle on.
#include "accord/app/authorization.h"
#include "accord/app/declaration_use_cases.h"
#include "accord/app/read_models.h"
#include "labels.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"
#include "view_text.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// The lifecycle steps the secretariat may take from `from`, with button words.
List nextSteps(const Declaration& d) {
  const std::pair<DeclarationStatus, const char*> steps[] = {
      {DeclarationStatus::kDrafting, "Back to drafting"},
      {DeclarationStatus::kConsultation, "Open consultation"},
      {DeclarationStatus::kFinal, "Freeze as final text"},
      {DeclarationStatus::kOpenForEndorsement, "Open for endorsement"},
      {DeclarationStatus::kClosed, "Close endorsement"}};
  List out;
  for (const auto& [to, words] : steps) {
    if (!isLegalTransition(d.status, to)) continue;
    Data s;
    s.set("to", toString(to));
    s.set("words", words);
    out.push_back(s);
  }
  return out;
}

std::optional<int> revisionAsked(const Visit& v) {
  auto n = parseNumber(v.queryOr("revision"));
  if (!n) return std::nullopt;
  return static_cast<int>(*n);
}

}  // namespace

Reply declarationPage(const Site& site, Visit& v) {
  auto d = app::getDeclaration(site.ctx, v.actor(), DeclarationId(v.param("id")));
  if (!d.ok()) return errorPage(site, v, d.error());
  const Revision* shown = d->latest();
  if (auto asked = revisionAsked(v)) shown = d->revision(*asked);
  if (!shown) return errorPage(site, v, Error::notFound("This declaration has no such revision."));
  const Actor& actor = v.actor();
  std::string base = "/declarations/" + pathSegment(d->id.str());

  Data view = baseView(site, v, d->title);
  view.set("decl", declarationHeader(site, v, *d, "text"));
  view.set("text", revisionText(*shown));
  view.set("isLatest", shown == d->latest());
  view.set("isFinal", d->finalRevision && *d->finalRevision == shown->number);
  view.set("latestHref", link(v, base));
  view.set("version", std::to_string(d->version));
  bool drafts = app::authorize(actor, app::Action::kDraft).ok();
  view.set("mayEdit", drafts && d->isEditable());
  view.set("editHref", link(v, base + "/edit"));
  view.set("steps", drafts ? nextSteps(*d) : List());
  view.set("statusAction", link(v, base + "/status"));
  bool invited = actor.country && d->isInvited(*actor.country);
  view.set("mayEndorse", actor.role == Role::kCoordinator && invited &&
                             d->status == DeclarationStatus::kOpenForEndorsement);
  view.set("endorseHref", link(v, base + "/endorsements#country-" + (actor.country ? actor.country->str() : "")));
  std::string rev = std::to_string(shown->number);
  view.set("docxHref", link(v, base + "/download?format=docx&revision=" + rev));
  view.set("xmlHref", link(v, base + "/download?format=xml&revision=" + rev));

  List history;
  for (auto it = d->revisions.rbegin(); it != d->revisions.rend(); ++it) {
    Data h;
    std::string n = std::to_string(it->number);
    h.set("number", n);
    h.set("author", it->author);
    h.set("createdAt", it->createdAt.iso());
    h.set("changeNote", text(it->changeNote));
    h.set("href", link(v, base + "?revision=" + n));
    h.set("docxHref", link(v, base + "/download?format=docx&revision=" + n));
    h.set("xmlHref", link(v, base + "/download?format=xml&revision=" + n));
    h.set("current", it->number == shown->number);
    h.set("final", d->finalRevision && *d->finalRevision == it->number);
    if (it->number > 1)
      h.set("compareHref", link(v, base + "/compare?from=" + std::to_string(it->number - 1) + "&to=" + n));
    else
      h.set("compareHref", false);
    history.push_back(h);
  }
  view.set("history", history);
  return renderPage(site, v, "declaration", view);
}

Reply moveDeclarationStatus(const Site& site, Visit& v) {
  DeclarationId id(v.param("id"));
  auto to = parseDeclarationStatus("to", v.field("to"));
  auto version = parseNumber(v.field("version"));
  if (!to.ok()) return errorPage(site, v, to.error());
  if (!version) return errorPage(site, v, Error::invalid("version", "the form lacks the version it was made from"));
  auto moved = app::moveDeclaration(site.ctx, v.actor(), id, *to, *version);
  if (!moved.ok()) return errorPage(site, v, moved.error());
  return redirectTo(v, "/declarations/" + pathSegment(id.str()));
}

Reply downloadDocument(const Site& site, Visit& v) {
  DeclarationId id(v.param("id"));
  std::string format = v.queryOr("format", "docx");
  std::string document = v.queryOr("document", "declaration");
  if (format != "docx" && format != "xml")
    return errorPage(site, v, Error::invalid("format", "the format must be docx or xml"));
  if (document != "declaration" && document != "status" && document != "implementation")
    return errorPage(site, v, Error::invalid("document", "no such document"));
  auto slice = app::implementationMatrix(site.ctx, v.actor(), id);  // the declaration's slice, authorized
  if (!slice.ok()) return errorPage(site, v, slice.error());
  std::optional<int> revision = revisionAsked(v);
  auto doc = site.services.documents.render(
      http::DocumentRequest{*slice->slice, id, document, format, revision, "", site.ctx.clock.today()});
  if (!doc.ok()) return errorPage(site, v, doc.error());
  Reply r;
  r.contentType = doc->mediaType;
  r.body = std::move(doc->bytes);
  std::string name = id.str() + (document == "declaration" ? "" : "-" + document) +
                     (revision ? "-r" + std::to_string(*revision) : "") + doc->extension;
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
  return r;
}

}  // namespace accord::web
