#include "accord/domain/translated_text.h"

#include "accord/domain/account.h"

namespace accord::domain {

namespace {
void translateClauses(std::vector<Clause>& clauses, const LanguageVersion& v) {
  for (auto& c : clauses) {
    if (const UnitTranslation* t = v.find(c.id)) c.text = t->text;
    translateClauses(c.items, v);
  }
}
}  // namespace

Result<Declaration> inLanguage(const Declaration& d, int revision, const std::string& language,
                               const std::vector<LanguageVersion>& versions) {
  if (!d.revision(revision))
    return Error::notFound("declaration " + d.id.str() + " has no revision " + std::to_string(revision), "revision");
  if (language.empty() || language == d.baseLanguage) return d;
  const LanguageVersion* v = nullptr;
  for (const auto& candidate : versions)
    if (candidate.declaration == d.id && candidate.revision == revision && candidate.language == language)
      v = &candidate;
  if (!v)
    return Error::notFound("revision " + std::to_string(revision) + " has no '" + language + "' version", "language");
  auto c = coverage(*v, d);
  if (!c.ok()) return c.error();
  if (!c->complete())
    return Error::state("the '" + language + "' version of revision " + std::to_string(revision) + " is not complete (" +
                            std::to_string(c->missing) + " missing, " + std::to_string(c->outdated) +
                            " outdated): translate them first",
                        "language");
  Declaration out = d;
  for (auto& r : out.revisions) {
    if (r.number != revision) continue;
    for (auto& rec : r.preamble)
      if (const UnitTranslation* t = v->find(rec.id)) {
        rec.text = t->text;
        rec.leadPhrase = t->leadPhrase;
      }
    translateClauses(r.operative, *v);
    if (!r.closingFormula.empty()) r.closingFormula = v->closingFormula;
  }
  if (!v->title.empty()) out.title = v->title;
  out.translatedFrom = d.baseLanguage;
  out.baseLanguage = language;
  return out;
}

bool hasDocumentLabels(std::string_view language) {
  std::string_view primary = language.substr(0, language.find('-'));
  for (const auto& l : accountLanguages())
    if (l == language || l == primary) return true;
  return false;
}

Result<Declaration> printedIn(const Declaration& d, DocumentKind document, std::optional<int> revision,
                              const std::string& language, const std::vector<LanguageVersion>& versions) {
  if (document != DocumentKind::kDeclaration) {
    // A report is its labels, dates and country names: a language without them would
    // print in English under another language's name.
    if (!language.empty() && !hasDocumentLabels(language)) {
      std::string known;
      for (const auto& l : accountLanguages()) known += (known.empty() ? "" : ", ") + l;
      return Error::invalid("language", "the reports print in " + known + " (or a regional form of one, such as "
                                        "fr-CA); there are no labels in '" + language + "'");
    }
    Declaration out = d;
    if (!language.empty()) out.baseLanguage = language;
    return out;
  }
  if (!revision) return Error::notFound("declaration " + d.id.str() + " has no revision to print", "revision");
  return inLanguage(d, *revision, language, versions);
}

Result<std::vector<std::string>> parseLanguages(const std::string& language, const std::string& parallel) {
  if (!language.empty() && !parallel.empty())
    return Error::invalid("parallel", "asks for two languages side by side; leave out language");
  if (parallel.empty()) {
    if (language.empty()) return std::vector<std::string>{};
    if (Status s = validateLanguage("language", language); !s.ok()) return s.error();
    return std::vector<std::string>{language};
  }
  auto comma = parallel.find(',');
  std::vector<std::string> two{parallel.substr(0, comma),
                               comma == std::string::npos ? std::string() : parallel.substr(comma + 1)};
  for (const auto& tag : two)
    if (!validateLanguage("parallel", tag).ok())
      return Error::invalid("parallel", "must be two language tags such as en,ru");
  if (two[0] == two[1]) return Error::invalid("parallel", "names the same language twice");
  return two;
}

}  // namespace accord::domain
