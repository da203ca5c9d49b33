#include "accord/app/render_document.h"

#include <tuple>

#include "accord/app/authorization.h"
#include "accord/domain/translated_text.h"
#include "readable.h"

namespace accord::app {

using namespace accord::domain;

namespace {

// The declaration with what its text and its endorsement status print: the
// conference header, the directory (signers' names, country overrides) and the
// endorsements. The commitments' slice, which can be a hundred thousand rows, is
// left out.
Result<Dossier> loadText(Repositories& r, const DeclarationId& id) {
  auto d = r.declarations().get(id);
  if (!d.ok()) return d.error();
  auto conference = r.conferences().get(d->conference);
  if (!conference.ok()) return conference.error();
  auto directory = r.conferences().directory(d->conference);
  if (!directory.ok()) return directory.error();
  auto endorsements = r.endorsements().listByDeclaration(id);
  if (!endorsements.ok()) return endorsements.error();
  Dossier out;
  out.illustrative = std::move(directory->illustrative);
  out.countries = std::move(directory->countries);
  out.organizations = std::move(directory->organizations);
  out.people = std::move(directory->people);
  out.conference = std::move(conference).value();
  out.declarations.push_back(std::move(d).value());
  out.endorsements = std::move(endorsements).value();
  auto versions = r.languageVersions().list(id);
  if (!versions.ok()) return versions.error();
  out.languageVersions = std::move(versions).value();
  return out;
}

}  // namespace

std::string documentFileName(const Declaration& d, DocumentKind document, const Revision* revision, Date today,
                             const std::string& extension, const Revision* from) {
  if (document == DocumentKind::kRedline)
    return d.id.str() + "-r" + std::to_string(from ? from->number : 0) + "-r" +
           std::to_string(revision ? revision->number : 0) + "-redline" + extension;
  if (document == DocumentKind::kDeclaration) {
    int n = revision ? revision->number : 0;
    bool final = d.finalRevision && *d.finalRevision == n;
    return d.id.str() + "-r" + std::to_string(n) + (final ? "-final" : "-draft") + extension;
  }
  std::string what = document == DocumentKind::kEndorsementStatus ? "-endorsement-status-" : "-implementation-";
  return d.id.str() + what + today.iso() + extension;
}

Result<RenderedDocument> renderDocument(const Context& ctx, const DocumentPort& documents, const Actor& actor,
                                        const DocumentAsk& what) {
  if (Status s = authorize(actor, Action::kRead); !s.ok()) return s.error();
  if (Status s = checkRendition(what.document, what.format); !s.ok()) return s.error();
  const bool redline = what.document == DocumentKind::kRedline;
  if (redline && !what.from) return Error::invalid("from", "a redline needs the older revision's number");
  if (redline && !what.revision) return Error::invalid("to", "a redline needs the newer revision's number");
  auto languages = parseLanguages(what.language, what.parallel);
  if (!languages.ok()) return languages.error();
  if (redline && !languages->empty())
    return Error::invalid(what.language.empty() ? "parallel" : "language",
                          "a redline shows the declaration's own language only");
  if (languages->size() == 2 &&
      (what.document != DocumentKind::kDeclaration || what.format != DocumentFormat::kDocx))
    return Error::invalid("parallel", "two languages side by side are for the declaration's DOCX");
  std::optional<Declaration> right;
  auto slice = transact<Dossier>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<Dossier> {
    auto got = what.document == DocumentKind::kImplementation ? r.dossiers().loadDeclarationSlice(what.declaration)
                                                              : loadText(r, what.declaration);
    if (!got.ok()) return got.error();
    Declaration& d = got->declarations.front();
    if (Status s = detail::expectReadable(actor, d); !s.ok()) return s.error();
    // Languages are resolved before the revisions the actor may not read are left
    // out: whether a unit's translation is current depends on the text it was made from.
    if (!languages->empty()) {
      std::optional<int> n = what.revision;
      if (!n && d.shownRevision()) n = d.shownRevision()->number;
      if (n && !mayReadRevision(actor, d, *n))
        return Error::notFound("declaration " + d.id.str() + " has no revision " + std::to_string(*n), "revision");
      if (languages->size() == 2) {
        auto second = printedIn(d, what.document, n, (*languages)[1], got->languageVersions);
        if (!second.ok()) return second.error();
        right = std::move(second).value();
      }
      auto first = printedIn(d, what.document, n, (*languages)[0], got->languageVersions);
      if (!first.ok()) return first.error();
      d = std::move(first).value();
    }
    detail::keepReadable(actor, *got);
    if (right) detail::keepReadable(actor, *right);
    return got;
  });
  if (!slice.ok()) return slice.error();
  const Declaration& d = slice->declarations.front();
  std::optional<int> revision;
  const Revision* shown = nullptr;
  const Revision* from = nullptr;
  if (redline) {
    from = d.revision(*what.from);
    shown = d.revision(*what.revision);
    for (auto [field, number, found] : {std::tuple{"from", *what.from, from}, {"to", *what.revision, shown}})
      if (!found)
        return Error::notFound("declaration " + d.id.str() + " has no revision " + std::to_string(number), field);
    revision = shown->number;
  } else if (what.document == DocumentKind::kDeclaration) {
    shown = what.revision ? d.revision(*what.revision) : d.shownRevision();
    if (what.revision && !shown)
      return Error::notFound("declaration " + d.id.str() + " has no revision " + std::to_string(*what.revision),
                             "revision");
    if (shown) revision = shown->number;
  }
  Date today = ctx.clock.today();
  auto doc = documents.render(
      DocumentRequest{*slice, what.declaration, what.document, what.format, revision, what.templateSet, today,
                      what.from, right ? &*right : nullptr});
  if (!doc.ok()) return doc.error();
  doc->fileName = documentFileName(d, what.document, shown, today, doc->extension, from);
  // "...-r3-final-fr.docx", "...-r3-final-en-ru.docx": tags are letters, digits and hyphens.
  std::string tags;
  for (const auto& tag : *languages) tags += "-" + tag;
  doc->fileName.insert(doc->fileName.size() - doc->extension.size(), tags);
  return doc;
}

}  // namespace accord::app
