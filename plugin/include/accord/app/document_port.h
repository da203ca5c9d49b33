// What the use cases need from a renderer, stated in their own terms so that the
// adapter behind it is chosen where adapters are wired (src/plugin), never here.
// A port: app and the adapters that download documents (http, web) share it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "accord/domain/document.h"
#include "accord/domain/dossier.h"
#include "accord/domain/result.h"

namespace accord::app {

struct DocumentRequest {
  const domain::Dossier& dossier;  // at least what the document prints (see renderDocument)
  domain::DeclarationId declaration;
  domain::DocumentKind document;
  domain::DocumentFormat format;
  std::optional<int> revision;     // declaration only; default: Declaration::shownRevision;
                                   // a redline's newer revision
  std::string templateSet;         // a named set of custom templates; empty: built-in
  domain::Date today;              // the "as of" date of status and implementation reports
  std::optional<int> from;         // a redline's older revision
  // The same declaration in a second language, for the right-hand column of a
  // parallel text (the dossier's is the left-hand one); null: one language.
  const domain::Declaration* parallel = nullptr;
};

struct RenderedDocument {
  std::string bytes;
  std::string mediaType;  // application/vnd.openxmlformats-officedocument.wordprocessingml.document,
                          // application/xml, application/akn+xml, application/pdf
  std::string extension;  // ".docx", ".xml", ".akn.xml", ".pdf"
  // What a download saves it as; set by app::renderDocument, empty from a renderer.
  std::string fileName;
};

// How the PDF converter has fared since start, for /metrics.
struct ConversionStats {
  bool available = false;         // LibreOffice is installed
  std::uint64_t conversions = 0;  // PDFs made
  std::uint64_t cacheHits = 0;    // PDFs served without converting again
  std::uint64_t failures = 0;     // conversions that gave no PDF (timeouts included)
  std::uint64_t timeouts = 0;
  std::uint64_t started = 0;      // converter processes started
  double seconds = 0;             // time spent converting
  int running = 0;                // converter processes running now
  int peakRunning = 0;            // the most ever running at once
};

class DocumentPort {
 public:
  virtual ~DocumentPort() = default;
  // Returns the document, or kInvalidArgument naming "template" for an unknown template
  // set, kNotFound/kInvalidArgument naming "declaration"/"revision" as the
  // renderer says, kInternal when rendering fails, kUnavailable for a PDF when
  // the converter is missing or timed out. Safe to call from several
  // threads at once.
  virtual domain::Result<RenderedDocument> render(const DocumentRequest& request) const = 0;
  // The PDF converter's counters; a port without one reports it unavailable.
  virtual ConversionStats conversionStats() const { return {}; }
};

}  // namespace accord::app
