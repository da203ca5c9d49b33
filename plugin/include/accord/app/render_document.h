// Rendering one of a declaration's documents for a download: the one use case the
// API's downloads and the browser's share, so that both pick the same revision,
// refuse the same requests and name the file alike.
#pragma once

#include <optional>
#include <string>

#include "accord/app/context.h"
#include "accord/app/document_port.h"
#include "accord/domain/actor.h"

namespace accord::app {

struct DocumentAsk {
  domain::DeclarationId declaration;
  domain::DocumentKind document = domain::DocumentKind::kDeclaration;
  domain::DocumentFormat format = domain::DocumentFormat::kDocx;
  std::optional<int> revision;   // the declaration's text only (the reports ignore it);
                                 // default: Declaration::shownRevision; a redline's newer
                                 // revision ("to"), which it requires
  std::string templateSet;       // empty: the built-in templates
  std::optional<int> from;       // a redline's older revision, which it requires
  // The language to print in (a language tag; empty: the declaration's own). The
  // text takes the revision's complete language version; the reports take the
  // language's labels, dates and country names.
  std::string language;
  // "en,ru": the text in two languages side by side, one row per unit (DOCX of the
  // declaration only); empty: one language.
  std::string parallel;
};

// "skopje-joint-declaration-r3-final.docx", "...-r1-draft.xml", "...-r1-r3-redline.docx",
// "...-endorsement-status-2017-10-15.docx", "...-implementation-2017-10-15.xml":
// what the document is, and which revision or as of which day. `revision` is the
// one rendered (nullptr for the reports), `from` a redline's older one.
std::string documentFileName(const domain::Declaration& d, domain::DocumentKind document,
                             const domain::Revision* revision, domain::Date today, const std::string& extension,
                             const domain::Revision* from = nullptr);

// Renders `what` as of the clock's today, reading no more than it prints: the
// declaration with its conference, directory and endorsements for the text and the
// endorsement status, the declaration's whole slice only for the implementation
// report. Returns kForbidden if `actor` may not read, kNotFound naming
// "declaration" for an unknown declaration, kNotFound naming "revision" for a
// revision it lacks, kInvalidArgument naming "template" for an unknown template
// set, kInternal when rendering fails. A redline (DOCX only: else kInvalidArgument
// naming "format") needs both revisions: kInvalidArgument naming "from" or "to"
// when one is missing, kNotFound naming it when the declaration lacks it. A
// language (or the two of `parallel`) must be a language tag, else kInvalidArgument
// naming "language" ("parallel"); the text in a language other than the
// declaration's needs that language's complete version of the revision
// (domain::inLanguage: kNotFound or kInvalidState naming "language"); a redline is
// in the declaration's language only; parallel is for the declaration's DOCX.
Result<RenderedDocument> renderDocument(const Context& ctx, const DocumentPort& documents,
                                        const domain::Actor& actor, const DocumentAsk& what);

}  // namespace accord::app
