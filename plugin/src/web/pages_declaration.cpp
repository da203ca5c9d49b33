// The declaration page: its text as it will print, its state and what this person
// may do next, its revisions, downloads; moving the lifecycle on.
#include <map>

#include "accord/app/consultation_rules.h"
#include "accord/app/consultation_use_cases.h"
#include "accord/app/declaration_use_cases.h"
#include "accord/app/permissions.h"
#include "accord/app/read_models.h"
#include "accord/app/render_document.h"
#include "accord/http/document_download.h"
#include "accord/http/error_status.h"
#include "consultation_view.h"
#include "invitations_view.h"
#include "labels.h"
#include "names_shown.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"
#include "view_text.h"
#include "words.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// The catalogue key of a lifecycle step's button.
const char* stepWords(DeclarationStatus to) {
  switch (to) {
    case DeclarationStatus::kDrafting: return "step.drafting";
    case DeclarationStatus::kConsultation: return "step.consultation";
    case DeclarationStatus::kFinal: return "step.final";
    case DeclarationStatus::kOpenForEndorsement: return "step.open_for_endorsement";
    case DeclarationStatus::kClosed: return "step.closed";
  }
  return "?";
}

// The lifecycle steps offered, with button words.
List nextSteps(const Wording& w, const std::vector<DeclarationStatus>& steps) {
  List out;
  for (DeclarationStatus to : steps) {
    Data s;
    s.set("to", toString(to));
    s.set("words", w(stepWords(to)));
    out.push_back(s);
  }
  return out;
}

// The `?revision=` (or `?from=`, `?to=`) asked for, read as the API reads it
// (http::revisionParam): nullopt when absent, kInvalidArgument naming the
// parameter when it is not a revision number.
Result<std::optional<int>> revisionAsked(const Visit& v, const std::string& name = "revision") {
  auto it = v.query.find(name);
  return http::revisionParam(name, it == v.query.end() ? std::nullopt : std::optional<std::string>(it->second));
}

// Each unit's comment and amendment counts on `shown`, linking to its discussion,
// for a person who may read the consultation; nothing for anyone else.
DecorateUnit consultationCounts(const Site& site, const Visit& v, const Declaration& d, const Revision& shown) {
  if (!app::consultationPermissionsFor(v.actor(), d).read) return {};
  auto comments = app::listComments(site.ctx, v.actor(), d.id, shown.number, {});
  auto amendments = app::listAmendments(site.ctx, v.actor(), d.id, shown.number, {});
  if (!comments.ok() || !amendments.ok()) return {};
  std::map<std::string, std::pair<int, int>> counts;
  for (const auto& c : *comments) ++counts[c.anchor.unit.str()].first;
  for (const auto& a : *amendments) ++counts[a.amendment.anchor.unit.str()].second;
  return [&v, &d, number = shown.number, counts](const ClauseId& unit, Data& row) {
    auto it = counts.find(unit.str());
    Data r;
    r.set("comments", count(it == counts.end() ? 0 : it->second.first, "comment", "comments"));
    r.set("amendments", count(it == counts.end() ? 0 : it->second.second, "amendment", "amendments"));
    r.set("href", unitHref(v, d.id, number, unit));
    row.set("remarks", r);
  };
}

}  // namespace

Reply declarationPage(const Site& site, Visit& v) {
  auto d = app::getDeclaration(site.ctx, v.actor(), DeclarationId(v.param("id")));
  if (!d.ok()) return errorPage(site, v, d.error());
  auto asked = revisionAsked(v);
  if (!asked.ok()) return errorPage(site, v, asked.error(), http::httpStatus(asked.error().code));
  const Revision* shown = *asked ? d->revision(**asked) : d->shownRevision();
  // A new declaration has no text yet: its page says so and leads to the editor.
  const bool noText = !*asked && d->revisions.empty();
  if (!shown && !noText)
    return errorPage(site, v, Error::notFound("This declaration has no such revision.", "revision"));
  const Actor& actor = v.actor();
  std::string base = "/declarations/" + pathSegment(d->id.str());

  Data view = baseView(site, v, d->title);
  view.set("decl", declarationHeader(site, v, *d, "text"));
  view.set("noText", noText);
  if (shown) view.set("text", revisionText(*shown, consultationCounts(site, v, *d, *shown)));
  view.set("isLatest", shown == d->latest());
  view.set("isFinal", shown && d->finalRevision && *d->finalRevision == shown->number);
  view.set("latestHref", link(v, base));
  view.set("version", std::to_string(d->version));
  app::DeclarationPermissions may = app::permissionsFor(actor, *d);
  view.set("mayEdit", may.editText);
  view.set("editHref", link(v, base + "/edit"));
  view.set("steps", nextSteps(v.words, may.steps));
  view.set("statusAction", link(v, base + "/status"));
  view.set("mayEndorse", may.endorseOwnCountry);
  view.set("endorseHref", link(v, base + "/endorsements#country-" + (actor.country ? actor.country->str() : "")));
  view.set("invitations", invitationsView(site, v, *d, may));
  if (shown) {
    std::string rev = std::to_string(shown->number);
    Data downloads;
    downloads.set("docxHref", link(v, base + "/download?format=docx&revision=" + rev));
    downloads.set("xmlHref", link(v, base + "/download?format=xml&revision=" + rev));
    downloads.set("pdfHref", link(v, base + "/download?format=pdf&revision=" + rev));
    downloads.set("aknHref", link(v, base + "/download?format=akn&revision=" + rev));
    view.set("downloads", downloads);
  }

  std::vector<std::string> authors;
  for (const auto& r : d->revisions) authors.push_back(r.author);
  const NamesShown who = namesShown(site, v, authors);
  List history;
  for (auto it = d->revisions.rbegin(); it != d->revisions.rend(); ++it) {
    Data h;
    std::string n = std::to_string(it->number);
    h.set("number", n);
    h.set("author", who(it->author));
    h.set("createdAt", longDateTime(it->createdAt, site.zone, v.language));
    h.set("changeNote", text(it->changeNote));
    h.set("href", link(v, base + "?revision=" + n));
    h.set("docxHref", link(v, base + "/download?format=docx&revision=" + n));
    h.set("xmlHref", link(v, base + "/download?format=xml&revision=" + n));
    h.set("languagesHref", link(v, base + "/revisions/" + n + "/languages"));
    h.set("current", shown && it->number == shown->number);
    h.set("final", d->finalRevision && *d->finalRevision == it->number);
    // Only the revisions the reader may read are here (a viewer has the final one).
    if (d->revision(it->number - 1))
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
  return redirectTo(site, v, "/declarations/" + pathSegment(id.str()),
                    Flash{v.words("flash.status_changed", {{"state", badge(v.words, moved->status).label}})});
}

// The same use case, revision parsing and headers as the API's downloads
// (http/document_download.h); its errors shown on a page with the API's status
// (400 for a revision that is not a number, 404 for one the declaration lacks).
// Not counted in the API's accord_renders_total metric: the metrics belong to
// the http::Api object, which the pages cannot reach.
Reply downloadDocument(const Site& site, Visit& v) {
  auto failed = [&](const Error& e) { return errorPage(site, v, e, http::httpStatus(e.code)); };
  auto document = domain::parseDocumentKind("document", v.queryOr("document", "declaration"));
  if (!document.ok()) return failed(document.error());
  auto format = domain::parseDocumentFormat("format", v.queryOr("format", "docx"));
  if (!format.ok()) return failed(format.error());
  // A redline names the revision it shows "to", beside the one it compares "from".
  const bool redline = *document == DocumentKind::kRedline;
  auto revision = revisionAsked(v, redline ? "to" : "revision");
  if (!revision.ok()) return failed(revision.error());
  auto from = revisionAsked(v, "from");
  if (!from.ok()) return failed(from.error());
  app::DocumentAsk what;
  what.declaration = DeclarationId(v.param("id"));
  what.document = *document;
  what.format = *format;
  what.revision = *revision;
  what.from = redline ? *from : std::nullopt;
  what.language = v.queryOr("language");
  what.parallel = v.queryOr("parallel");
  auto doc = app::renderDocument(site.ctx, site.services.documents, v.actor(), what);
  if (!doc.ok()) return failed(doc.error());
  Reply r;
  r.contentType = doc->mediaType;
  r.headers = http::downloadHeaders(*doc);
  r.body = std::move(doc->bytes);
  return r;
}

}  // namespace accord::web
