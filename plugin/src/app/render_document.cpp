#include "accord/app/render_document.h"

#include <tuple>

#include "accord/app/authorization.h"
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
  auto slice = transact<Dossier>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<Dossier> {
    auto got = what.document == DocumentKind::kImplementation ? r.dossiers().loadDeclarationSlice(what.declaration)
                                                              : loadText(r, what.declaration);
    if (!got.ok()) return got.error();
    if (Status s = detail::expectReadable(actor, got->declarations.front()); !s.ok()) return s.error();
    detail::keepReadable(actor, *got);
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
                      what.from});
  if (!doc.ok()) return doc.error();
  doc->fileName = documentFileName(d, what.document, shown, today, doc->extension, from);
  return doc;
}

}  // namespace accord::app
