// The renderer turns a dossier into the documents the secretariat hands out: DOCX
// for people and schema-valid XML for machines. Templates are compiled once when
// the renderer is loaded; one Renderer serves any number of renders.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "accord/domain/country.h"
#include "accord/domain/date.h"
#include "accord/domain/dossier.h"
#include "accord/domain/id.h"
#include "accord/domain/result.h"
#include "accord/render/document.h"

namespace accord::render {

// Where templates come from. A document the custom folder provides (its whole
// docx/<document>/ folder or its xml/<document>.xml.mustache file) replaces the
// built-in one; every other document falls back to the built-in templates.
struct TemplateDirs {
  std::string custom;   // an organization's own folder; empty for none
  std::string builtin;  // the shipped templates/ folder
};

struct RenderRequest {
  const domain::Dossier& dossier;
  const domain::CountryCatalog& catalog;  // reference countries plus the dossier's own
  domain::DeclarationId declaration;
  DocumentKind document = DocumentKind::kDeclaration;
  Format format = Format::kDocx;
  std::optional<int> revision;  // default: the final revision when frozen, else the latest;
                                // a redline's newer revision, which it requires
  domain::Date today;           // "as of" date; timeliness is derived against it
  std::optional<int> from;      // a redline's older revision, which it requires; ignored otherwise
  // The same declaration in another language: the declaration's DOCX then prints
  // both side by side (templates docx/parallel), `declaration` on the left.
  const domain::Declaration* parallel = nullptr;
};

// One document in one format.
struct Rendition {
  DocumentKind document;
  Format format;
};

class Renderer {
 public:
  // Loads and compiles the templates of every document in both formats, or only
  // the renditions in `only` (a command that renders one document need not compile
  // the others), and, when an XML rendition is loaded, the XSDs in `schemaDir`.
  // Returns kNotFound naming the path for a missing template or schema, and
  // kInvalidArgument naming the template file (field) with line and column in the
  // message for a template that does not parse as Mustache, uses a tag that could
  // print user text unescaped (triple braces, &, partials, delimiter changes), or
  // has a part that is not well-formed XML.
  static domain::Result<Renderer> load(const TemplateDirs& dirs, const std::string& schemaDir,
                                       const std::vector<Rendition>& only = {});

  Renderer(Renderer&&) noexcept;
  Renderer& operator=(Renderer&&) noexcept;
  ~Renderer();

  // Renders one document and returns its bytes (a DOCX package or an XML text).
  // Returns kNotFound (field "declaration") for a declaration the dossier lacks,
  // kInvalidArgument (field "revision") for a revision the declaration lacks,
  // for a redline kInvalidArgument naming "from" or "to" when either is missing or
  // the declaration lacks it and naming "format" when not asked as DOCX, for a
  // parallel text kInvalidArgument naming "parallel" unless it is the declaration's
  // DOCX and both languages have the revision's units,
  // kInvalidState for a rendition load() was told to leave out, kInvalidArgument
  // naming "format" for PDF (render the DOCX and convert it: pdf_converter.h), kInternal for
  // text holding a character XML forbids (the domain refuses such text, so this
  // is a bug upstream) and for XML output that fails its XSD, with libxml2's
  // message and line. Safe to call from several threads at once.
  domain::Result<std::string> render(const RenderRequest& request) const;

  // The template file or folder a document is rendered from: custom or built-in;
  // empty for a rendition not loaded.
  std::string templateSource(DocumentKind document, Format format) const;

 private:
  struct Impl;
  explicit Renderer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace accord::render
