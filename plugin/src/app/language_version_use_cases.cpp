#include "accord/app/language_version_use_cases.h"

#include <algorithm>
#include <map>

#include "accord/app/authorization.h"
#include "readable.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

namespace {
std::string entityId(const DeclarationId& d, int revision, const std::string& language) {
  return d.str() + "/" + std::to_string(revision) + "/" + language;
}

Error noRevision(const DeclarationId& id, int revision) {
  return Error::notFound("declaration " + id.str() + " has no revision " + std::to_string(revision), "revision");
}

// The declaration with revision `revision` as `actor` may read it: a hidden
// declaration or revision is answered as a missing one.
Result<Declaration> readableAt(Repositories& r, const Actor& actor, const DeclarationId& id, int revision) {
  auto d = r.declarations().get(id);
  if (!d.ok()) return d.error();
  if (Status s = detail::expectReadable(actor, *d); !s.ok()) return s.error();
  if (!d->revision(revision) || !mayReadRevision(actor, *d, revision)) return noRevision(id, revision);
  return d;
}

Result<LanguageVersionView> viewOf(const Declaration& d, LanguageVersion v, bool stored, std::optional<int> from) {
  auto c = coverage(v, d);
  if (!c.ok()) return c.error();
  return LanguageVersionView{std::move(v), std::move(c).value(), stored, from};
}

// A version carried over from a revision `actor` may not read (a viewer's view
// of the final text, carried from a draft) keeps only the units still current:
// an outdated unit's translation would show the draft's wording.
void keepReadable(const Actor& actor, const Declaration& d, LanguageVersionView& view) {
  if (view.stored || !view.carriedFrom || mayReadRevision(actor, d, *view.carriedFrom)) return;
  auto& v = view.version;
  for (const auto& u : view.coverage.units) {
    if (u.status != UnitTranslationStatus::kOutdated) continue;
    if (u.unit.empty()) {
      v.closingFormula.clear();
      v.closingSourceRevision = 0;
    } else {
      v.units.erase(std::remove_if(v.units.begin(), v.units.end(),
                                   [&](const UnitTranslation& t) { return t.unit == u.unit; }),
                    v.units.end());
    }
  }
  view.coverage = coverage(v, d).value();
}

// For each language, the version of `revision` or else that of the newest older
// revision, carried over; the versions of later revisions play no part.
Result<std::vector<LanguageVersionView>> viewsAt(const Actor& actor, const Declaration& d,
                                                 const std::vector<LanguageVersion>& all, int revision) {
  std::map<std::string, const LanguageVersion*> newest;
  for (const auto& v : all) {
    if (v.revision > revision) continue;
    const LanguageVersion*& best = newest[v.language];
    if (!best || best->revision < v.revision) best = &v;
  }
  std::vector<LanguageVersionView> out;
  for (const auto& [language, v] : newest) {
    bool stored = v->revision == revision;
    auto view = viewOf(d, stored ? *v : carryOver(*v, revision), stored,
                       stored ? std::nullopt : std::optional<int>(v->revision));
    if (!view.ok()) return view.error();
    keepReadable(actor, d, *view);
    out.push_back(std::move(view).value());
  }
  return out;
}

Result<LanguageVersionView> findView(const Actor& actor, const Declaration& d,
                                     const std::vector<LanguageVersion>& all, int revision,
                                     const std::string& language) {
  auto views = viewsAt(actor, d, all, revision);
  if (!views.ok()) return views.error();
  for (auto& v : *views)
    if (v.version.language == language) return std::move(v);
  return Error::notFound("revision " + std::to_string(revision) + " has no '" + language + "' version", "language");
}

// Who may write the version of `revision` of `d` in `language` at all.
Status checkWritable(const Declaration& d, int revision, const std::string& language) {
  if (Status s = validateLanguage("language", language); !s.ok()) return s;
  if (language == d.baseLanguage)
    return Error::invalid("language", "'" + language + "' is the declaration's base language: its text is the "
                                      "revision itself");
  if (d.status == DeclarationStatus::kClosed)
    return Error::state("the declaration is closed: its language versions no longer change", "status");
  if (!d.revision(revision)) return noRevision(d.id, revision);
  return {};
}

// The declaration whose version of `revision` in `language` may be written.
Result<Declaration> writable(Repositories& r, const DeclarationId& id, int revision, const std::string& language) {
  auto d = r.declarations().get(id);
  if (!d.ok()) return d.error();
  if (Status s = checkWritable(*d, revision, language); !s.ok()) return s.error();
  return d;
}

Status apply(LanguageVersion& v, const Revision& original, const LanguageVersionChange& change) {
  if (change.translator) v.translator = *change.translator;
  if (change.authentic) v.authentic = *change.authentic;
  if (change.title) v.title = *change.title;
  for (std::size_t i = 0; i < change.units.size(); ++i) {
    Status s = v.setUnit(original, change.units[i]);
    if (!s.ok()) {
      Error e = s.error();
      e.field = "units[" + std::to_string(i) + "]." + e.field;
      return e;
    }
  }
  if (change.closingFormula)
    if (Status s = v.setClosingFormula(original, *change.closingFormula); !s.ok()) return s;
  v.state = TranslationState::kDraft;
  v.verifiedBy.clear();
  v.verifiedAt.reset();
  return normalize(v, "languageVersion");
}
}  // namespace

Result<std::vector<LanguageVersionView>> listLanguageVersions(const Context& ctx, const Actor& actor,
                                                              const DeclarationId& id, int revision) {
  return transact<std::vector<LanguageVersionView>>(
      ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<std::vector<LanguageVersionView>> {
        auto d = readableAt(r, actor, id, revision);
        if (!d.ok()) return d.error();
        auto all = r.languageVersions().list(id);
        if (!all.ok()) return all.error();
        return viewsAt(actor, *d, *all, revision);
      });
}

Result<LanguageVersionView> getLanguageVersion(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                               int revision, const std::string& language) {
  if (Status s = validateLanguage("language", language); !s.ok()) return s.error();
  return transact<LanguageVersionView>(ctx.store, TxMode::kReadOnly, [&](Repositories& r)
                                                                          -> Result<LanguageVersionView> {
    auto d = readableAt(r, actor, id, revision);
    if (!d.ok()) return d.error();
    auto all = r.languageVersions().list(id);
    if (!all.ok()) return all.error();
    return findView(actor, *d, *all, revision, language);
  });
}

Result<LanguageVersionView> saveLanguageVersion(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                                int revision, const std::string& language,
                                                const LanguageVersionChange& change, long expectedVersion) {
  if (Status s = authorize(actor, Action::kTranslate); !s.ok()) return s.error();
  return transact<LanguageVersionView>(ctx.store, TxMode::kReadWrite, [&](Repositories& r)
                                                                           -> Result<LanguageVersionView> {
    auto d = writable(r, id, revision, language);
    if (!d.ok()) return d.error();
    auto all = r.languageVersions().list(id);
    if (!all.ok()) return all.error();
    auto current = findView(actor, *d, *all, revision, language);
    bool stored = current.ok() && current->stored;
    // A version not stored yet is version 0, as an endorsement merely invited.
    if (Status s = detail::expectVersion("the '" + language + "' version of revision " + std::to_string(revision),
                                         stored ? current->version.version : 0, expectedVersion);
        !s.ok())
      return s.error();
    LanguageVersion v;
    std::string before;
    if (current.ok()) {
      v = current->version;
      if (stored) {
        bool frozen = d->finalRevision == revision && d->status != DeclarationStatus::kDrafting &&
                      d->status != DeclarationStatus::kConsultation;
        if (frozen && v.state == TranslationState::kVerified)
          return Error::state("the verified '" + language + "' text of the final revision no longer changes", "state");
        before = ctx.snapshots.of(v);
      }
    } else {
      v.declaration = id;
      v.revision = revision;
      v.language = language;
    }
    if (Status s = apply(v, *d->revision(revision), change); !s.ok()) return s.error();
    if (stored) {
      auto version = r.languageVersions().update(v, v.version);
      if (!version.ok()) return version.error();
      v.version = *version;
    } else {
      if (Status s = r.languageVersions().insert(v); !s.ok()) return s.error();
      v.version = 1;
    }
    if (Status s = detail::audit(r, ctx, actor, stored ? "language_version.updated" : "language_version.created",
                                 "language_version", entityId(id, revision, language), before, ctx.snapshots.of(v));
        !s.ok())
      return s.error();
    return viewOf(*d, std::move(v), true, std::nullopt);
  });
}

Result<LanguageVersionView> verifyLanguageVersion(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                                  int revision, const std::string& language, long expectedVersion) {
  if (Status s = authorize(actor, Action::kTranslate); !s.ok()) return s.error();
  return transact<LanguageVersionView>(ctx.store, TxMode::kReadWrite, [&](Repositories& r)
                                                                           -> Result<LanguageVersionView> {
    auto d = writable(r, id, revision, language);
    if (!d.ok()) return d.error();
    auto v = r.languageVersions().get(id, revision, language);
    if (!v.ok()) return v.error();
    if (Status s = detail::expectVersion("the '" + language + "' version", v->version, expectedVersion); !s.ok())
      return s.error();
    std::string before = ctx.snapshots.of(*v);
    if (Status s = verify(*v, *d, actor.name, ctx.clock.now()); !s.ok()) return s.error();
    auto version = r.languageVersions().update(*v, expectedVersion);
    if (!version.ok()) return version.error();
    v->version = *version;
    if (Status s = detail::audit(r, ctx, actor, "language_version.verified", "language_version",
                                 entityId(id, revision, language), before, ctx.snapshots.of(*v));
        !s.ok())
      return s.error();
    return viewOf(*d, std::move(v).value(), true, std::nullopt);
  });
}

}  // namespace accord::app
