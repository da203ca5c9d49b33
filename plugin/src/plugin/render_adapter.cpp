#include "render_adapter.h"

#include <filesystem>

#include "accord/bundle/bundle.h"
#include "accord/domain/text.h"

namespace accord::plugin {

namespace fs = std::filesystem;
using domain::Error;

RenderAdapter::RenderAdapter(render::Renderer builtin, const domain::CountryCatalog& reference,
                             const render::PdfSettings& pdf, std::map<std::string, std::string> footnotes)
    : builtin_(std::move(builtin)), pdf_(pdf), reference_(reference), footnotes_(std::move(footnotes)) {}

domain::Result<std::unique_ptr<RenderAdapter>> RenderAdapter::load(const std::string& builtinDir,
                                                                   const std::string& setsDir,
                                                                   const std::string& schemaDir,
                                                                   const domain::CountryCatalog& reference,
                                                                   const render::PdfSettings& pdf,
                                                                   std::map<std::string, std::string> footnotes) {
  auto builtin = render::Renderer::load({"", builtinDir}, schemaDir);
  if (!builtin.ok()) return builtin.error();
  std::unique_ptr<RenderAdapter> adapter(
      new RenderAdapter(std::move(builtin).value(), reference, pdf, std::move(footnotes)));
  if (setsDir.empty()) return adapter;
  std::error_code ec;
  if (!fs::is_directory(setsDir, ec))
    return Error::invalid("templates.sets", "is not a folder: " + setsDir);
  for (const auto& entry : fs::directory_iterator(setsDir, ec)) {
    if (!entry.is_directory()) continue;
    std::string name = entry.path().filename().string();
    if (auto s = domain::validateId("templates.sets", name); !s.ok())
      return Error::invalid("templates.sets", "template set folder '" + name + "' is not a valid name (" +
                                                   s.error().message + ")");
    auto set = render::Renderer::load({entry.path().string(), builtinDir}, schemaDir);
    if (!set.ok()) return set.error();
    adapter->sets_.emplace(name, std::move(set).value());
  }
  return adapter;
}

domain::Result<app::RenderedDocument> RenderAdapter::render(const app::DocumentRequest& request) const {
  const render::Renderer* renderer = &builtin_;
  if (!request.templateSet.empty()) {
    auto it = sets_.find(request.templateSet);
    if (it == sets_.end())
      // A bad request, not a missing resource: the declaration is there, the name
      // asked for is wrong.
      return Error::invalid("template", "no template set named '" + request.templateSet.substr(0, 64) + "'");
    renderer = &it->second;
  }
  const bool pdf = request.format == domain::DocumentFormat::kPdf;
  // Without LibreOffice a PDF is refused before anything is rendered.
  if (pdf && !pdf_.available()) return pdf_.convert("").error();
  domain::CountryCatalog catalog = domain::catalogFor(request.dossier, reference_);
  for (const auto& [code, text] : footnotes_) {
    auto parsed = domain::CountryCode::parse("countries.footnote", code);
    const domain::Country* c = parsed.ok() ? catalog.find(*parsed) : nullptr;
    if (!c) continue;
    domain::Country withNote = *c;
    withNote.footnote = text;
    catalog.put(std::move(withNote));
  }
  auto bytes = renderer->render(render::RenderRequest{request.dossier, catalog, request.declaration,
                                                      request.document,
                                                      pdf ? domain::DocumentFormat::kDocx : request.format,
                                                      request.revision, request.today, request.from, request.parallel});
  if (!bytes.ok()) return bytes.error();
  if (pdf) {
    bytes = pdf_.convert(*bytes);
    if (!bytes.ok()) return bytes.error();
  }
  return app::RenderedDocument{std::move(bytes).value(), render::mediaType(request.format),
                               render::fileExtension(request.format), ""};
}

app::ConversionStats RenderAdapter::conversionStats() const {
  render::PdfStats s = pdf_.stats();
  return app::ConversionStats{s.available, s.conversions, s.cacheHits, s.failures, s.timeouts, s.started,
                              s.seconds,   s.running,     s.peakRunning};
}

}  // namespace accord::plugin
