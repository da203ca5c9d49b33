// What the HTTP layer needs from a renderer, stated in its own terms so that the
// adapter it talks to is chosen where adapters are wired (src/plugin), never here.
#pragma once

#include <optional>
#include <string>

#include "accord/domain/dossier.h"
#include "accord/domain/result.h"

namespace accord::http {

struct DocumentRequest {
  const domain::Dossier& dossier;  // at least the declaration's slice
  domain::DeclarationId declaration;
  std::string document;            // "declaration", "status" or "implementation"
  std::string format;              // "docx" or "xml"
  std::optional<int> revision;     // declaration only; default: final, else latest
  std::string templateSet;         // a named set of custom templates; empty: built-in
  domain::Date today;              // the "as of" date of status and implementation reports
};

struct RenderedDocument {
  std::string bytes;
  std::string mediaType;  // application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/xml
  std::string extension;  // ".docx", ".xml"
};

class DocumentPort {
 public:
  virtual ~DocumentPort() = default;
  // Returns the document, or kNotFound naming "template" for an unknown template
  // set, kNotFound/kInvalidArgument naming "declaration"/"revision" as the
  // renderer says, kInternal when rendering fails. Safe to call from several
  // threads at once.
  virtual domain::Result<RenderedDocument> render(const DocumentRequest& request) const = 0;
};

}  // namespace accord::http
