// The use cases' DocumentPort (app/document_port.h) over the render adapter: the built-in templates,
// plus named sets of an organization's templates (each a folder under one
// directory), each compiled once at start-up, and the PDF converter that turns
// any document's DOCX into a PDF.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "accord/domain/country.h"
#include "accord/app/document_port.h"
#include "accord/render/pdf_converter.h"
#include "accord/render/renderer.h"

namespace accord::plugin {

class RenderAdapter final : public app::DocumentPort {
 public:
  // Loads the built-in templates from `builtinDir` and, when `setsDir` is not
  // empty, every sub-folder of it as a named set. Returns the renderer's error
  // (kNotFound, kInvalidArgument naming the template file) for the first set that
  // does not load; kInvalidArgument naming "templates.sets" for a missing folder
  // or a set whose name is not an id. `footnotes` (country code -> text) replace
  // the footnotes of those countries in every document.
  static domain::Result<std::unique_ptr<RenderAdapter>> load(const std::string& builtinDir, const std::string& setsDir,
                                                             const std::string& schemaDir,
                                                             const domain::CountryCatalog& reference,
                                                             const render::PdfSettings& pdf = {},
                                                             std::map<std::string, std::string> footnotes = {});

  // A PDF is the document's DOCX converted; the converter's errors (503 without
  // LibreOffice or past the timeout, 500 for a failed conversion) pass through.
  domain::Result<app::RenderedDocument> render(const app::DocumentRequest& request) const override;
  app::ConversionStats conversionStats() const override;

 private:
  RenderAdapter(render::Renderer builtin, const domain::CountryCatalog& reference, const render::PdfSettings& pdf,
                std::map<std::string, std::string> footnotes);
  render::Renderer builtin_;
  render::PdfConverter pdf_;
  std::map<std::string, render::Renderer> sets_;
  const domain::CountryCatalog& reference_;
  // The organization's footnotes by country code (settings countries.footnote.*),
  // applied over whatever a dossier says.
  std::map<std::string, std::string> footnotes_;
};

}  // namespace accord::plugin
