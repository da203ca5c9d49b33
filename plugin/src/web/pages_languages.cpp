// Language versions in the browser: a revision's languages with what each misses,
// and the translation page, the original beside the translation unit by unit,
// each unit marked missing, outdated or current. A unit is sent only when the
// translator changed it or confirmed that an outdated translation still holds, so
// that saving the page never passes an old translation off as a new one.
#include <map>

#include "accord/app/authorization.h"
#include "accord/app/language_version_use_cases.h"
#include "accord/app/read_models.h"
#include "accord/domain/comment.h"
#include "consultation_view.h"
#include "error_words.h"
#include "labels.h"
#include "page.h"
#include "pages.h"
#include "translation_form.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

std::string languagesPath(const DeclarationId& id, int revision) {
  return "/declarations/" + pathSegment(id.str()) + "/revisions/" + std::to_string(revision) + "/languages";
}

Data statusBadge(const Wording& w, UnitTranslationStatus s) {
  switch (s) {
    case UnitTranslationStatus::kCurrent: return badgeData({w("translation.unit.current"), Tone::kGood});
    case UnitTranslationStatus::kOutdated: return badgeData({w("translation.unit.outdated"), Tone::kWarn});
    case UnitTranslationStatus::kMissing: return badgeData({w("translation.unit.missing"), Tone::kBad});
  }
  return badgeData({"?", Tone::kNeutral});
}

Data stateBadge(const Wording& w, TranslationState s) {
  return s == TranslationState::kVerified ? badgeData({w("translation.state.verified"), Tone::kGood})
                                          : badgeData({w("translation.state.draft"), Tone::kPending});
}

const Recital* recitalOf(const Revision& r, const ClauseId& id) {
  for (const auto& x : r.preamble)
    if (x.id == id) return &x;
  return nullptr;
}

// Whether `actor` may write translations of `d` now.
bool mayTranslate(const Actor& actor, const Declaration& d) {
  return app::authorize(actor, app::Action::kTranslate).ok() && d.status != DeclarationStatus::kClosed;
}

// The translation page; `error` beside the form when a save failed, the posted
// texts refilled.
Reply translationView(const Site& site, Visit& v, const Error* error) {
  auto n = revisionOfPath(v);
  if (!n.ok()) return errorPage(site, v, n.error());
  DeclarationId id(v.param("id"));
  const std::string language = v.param("language");
  auto d = app::getDeclaration(site.ctx, v.actor(), id);
  if (!d.ok()) return errorPage(site, v, d.error());
  const Revision* r = d->revision(*n);
  if (!r) return errorPage(site, v, Error::notFound("This declaration has no such revision.", "revision"));
  auto got = app::getLanguageVersion(site.ctx, v.actor(), id, *n, language);
  app::LanguageVersionView shown;
  if (got.ok()) {
    shown = std::move(got).value();
  } else if (got.error().code == ErrorCode::kNotFound && got.error().field == "language") {
    // No version yet: every unit is missing, and saving creates it.
    shown.version.declaration = id;
    shown.version.revision = *n;
    shown.version.language = language;
    shown.stored = false;
    shown.coverage = coverage(shown.version, *d).value();
  } else {
    return errorPage(site, v, got.error());
  }
  const LanguageVersion& lv = shown.version;
  const bool edit = mayTranslate(v.actor(), *d) && language != d->baseLanguage;
  const bool posted = error != nullptr;
  std::map<std::string, std::string> labels;
  for (const auto& row : unitsOf(*r)) labels[row.id.str()] = row.label;
  // A refused save names every bad box at once, each beside its box (showEveryError).
  std::vector<Error> errors;
  Error refusal = error ? onTranslationForm(*error, v.form, labels) : Error();
  if (error) {
    std::vector<Error> checks = translationFormErrors(v.form, labels);
    errors = everyError(refusal, checks);
    showEveryError(v, refusal, std::move(checks));
  }
  auto errorOf = [&errors, &v](const std::string& field) -> Data {
    for (const Error& e : errors)
      if (fieldKey(e.field) == fieldKey(field)) return Data(messageInWords(v.words, e.message));
    return Data(false);
  };

  Data view = baseView(site, v, v.words("title.translation", {{"language", language}, {"revision", std::to_string(*n)}, {"title", d->title}}));
  view.set("decl", declarationHeader(site, v, *d, "text"));
  view.set("language", language);
  view.set("baseLanguage", d->baseLanguage);
  view.set("revision", std::to_string(*n));
  view.set("state", stateBadge(v.words, lv.state));
  view.set("authentic", lv.authentic);
  view.set("translator", posted ? v.field("translator") : lv.translator);
  view.set("versionTitle", posted ? v.field("versionTitle") : lv.title);
  view.set("originalTitle", d->title);
  view.set("carriedFrom", shown.carriedFrom ? Data(std::to_string(*shown.carriedFrom)) : Data(false));
  view.set("current", std::to_string(shown.coverage.current));
  view.set("outdated", std::to_string(shown.coverage.outdated));
  view.set("missing", std::to_string(shown.coverage.missing));
  view.set("edit", edit);
  view.set("version", std::to_string(shown.stored ? lv.version : 0));
  view.set("mayVerify", edit && shown.stored && lv.state == TranslationState::kDraft && shown.coverage.complete());
  const std::string here = link(v, languagesPath(id, *n) + "/" + pathSegment(language));
  view.set("saveAction", here);
  view.set("verifyAction", here + "/verification");
  view.set("indexHref", link(v, languagesPath(id, *n)));
  List units;
  for (const auto& u : shown.coverage.units) {
    Data row;
    const bool closing = u.unit.empty();
    const std::string key = closing ? "closing" : u.unit.str();
    row.set("key", key);
    row.set("label", closing ? v.words("field.closingFormula") : labels[key]);
    const Recital* recital = closing ? nullptr : recitalOf(*r, u.unit);
    row.set("originalLead", recital ? text(recital->leadPhrase) : Data(false));
    row.set("original", closing ? r->closingFormula : *unitText(*r, u.unit));
    const UnitTranslation* t = closing ? nullptr : lv.find(u.unit);
    std::string was = closing ? lv.closingFormula : t ? t->text : "";
    std::string wasLead = t ? t->leadPhrase : "";
    row.set("was", was);
    row.set("wasLead", wasLead);
    row.set("text", posted ? v.field("text:" + key) : was);
    row.set("lead", posted ? v.field("lead:" + key) : wasLead);
    row.set("isRecital", recital != nullptr);
    // Ids are the error keys (fieldKey), so that the summary's links reach the boxes.
    row.set("textId", fieldKey("text:" + key));
    row.set("leadId", fieldKey("lead:" + key));
    row.set("textError", errorOf("text:" + key));
    row.set("leadError", errorOf("lead:" + key));
    row.set("status", statusBadge(v.words, u.status));
    row.set("outdatedUnit", u.status == UnitTranslationStatus::kOutdated);
    row.set("statusName", toString(u.status));
    units.push_back(row);
  }
  view.set("units", units);
  view.set("error_translator", false);
  view.set("error_versionTitle", false);
  if (error) putError(v.words, view, refusal);
  return renderPage(site, v, "translation", view, error ? statusOf(error->code) : 200);
}

}  // namespace

Reply languagesPage(const Site& site, Visit& v) {
  auto n = revisionOfPath(v);
  if (!n.ok()) return errorPage(site, v, n.error());
  DeclarationId id(v.param("id"));
  // The form to open a language sends ?open=fr; the page for it is its own address.
  if (std::string open = v.queryOr("open"); !open.empty())
    return redirectTo(v, languagesPath(id, *n) + "/" + pathSegment(open));
  auto d = app::getDeclaration(site.ctx, v.actor(), id);
  if (!d.ok()) return errorPage(site, v, d.error());
  auto versions = app::listLanguageVersions(site.ctx, v.actor(), id, *n);
  if (!versions.ok()) return errorPage(site, v, versions.error());
  Data view = baseView(site, v, v.words("title.languages", {{"revision", std::to_string(*n)}, {"title", d->title}}));
  view.set("decl", declarationHeader(site, v, *d, "text"));
  view.set("revision", std::to_string(*n));
  view.set("baseLanguage", d->baseLanguage);
  view.set("rule", d->finalNeedsAuthenticVersions);
  List rows;
  for (const auto& lv : *versions) {
    Data row;
    row.set("language", lv.version.language);
    row.set("href", link(v, languagesPath(id, *n) + "/" + pathSegment(lv.version.language)));
    row.set("state", stateBadge(v.words, lv.version.state));
    row.set("authentic", lv.version.authentic);
    row.set("translator", text(lv.version.translator));
    row.set("carriedFrom", lv.carriedFrom ? Data(std::to_string(*lv.carriedFrom)) : Data(false));
    row.set("current", std::to_string(lv.coverage.current));
    row.set("outdated", std::to_string(lv.coverage.outdated));
    row.set("missing", std::to_string(lv.coverage.missing));
    // Downloads only of a complete version: an incomplete one would be refused.
    const std::string download = "/declarations/" + pathSegment(id.str()) + "/download?revision=" +
                                 std::to_string(*n);
    row.set("complete", lv.coverage.complete());
    row.set("docxHref", link(v, download + "&language=" + lv.version.language));
    row.set("parallelHref", link(v, download + "&parallel=" + d->baseLanguage + "," + lv.version.language));
    rows.push_back(row);
  }
  view.set("versions", rows);
  view.set("none", rows.empty());
  view.set("edit", mayTranslate(v.actor(), *d));
  view.set("openAction", link(v, languagesPath(id, *n)));
  return renderPage(site, v, "languages", view);
}

Reply translationPage(const Site& site, Visit& v) { return translationView(site, v, nullptr); }

Reply saveTranslationForm(const Site& site, Visit& v) {
  auto n = revisionOfPath(v);
  if (!n.ok()) return errorPage(site, v, n.error());
  DeclarationId id(v.param("id"));
  const std::string language = v.param("language");
  // 0 for a version not stored yet.
  std::optional<long> expected = parseNumber(v.field("version"));
  if (!expected) return errorPage(site, v, Error::invalid("version", "the form lacks the version it was made from"));
  app::LanguageVersionChange change = translationChange(v.form);
  auto saved = app::saveLanguageVersion(site.ctx, v.actor(), id, *n, language, change, *expected);
  if (!saved.ok()) return translationView(site, v, &saved.error());
  return redirectTo(site, v, languagesPath(id, *n) + "/" + pathSegment(language),
                    Flash{v.words("flash.translation_saved", {{"language", language}, {"revision", std::to_string(*n)}})});
}

Reply verifyTranslationForm(const Site& site, Visit& v) {
  auto n = revisionOfPath(v);
  if (!n.ok()) return errorPage(site, v, n.error());
  DeclarationId id(v.param("id"));
  const std::string language = v.param("language");
  auto version = parseNumber(v.field("version"));
  if (!version) return errorPage(site, v, Error::invalid("version", "the form lacks the version it was made from"));
  auto verified = app::verifyLanguageVersion(site.ctx, v.actor(), id, *n, language, *version);
  if (!verified.ok()) return translationView(site, v, &verified.error());
  return redirectTo(site, v, languagesPath(id, *n) + "/" + pathSegment(language),
                    Flash{v.words("flash.translation_verified", {{"language", language}, {"revision", std::to_string(*n)}})});
}

}  // namespace accord::web
