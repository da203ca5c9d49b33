#include "accord/render/renderer.h"

#include <filesystem>
#include <map>

#include "accord/render/xml_validator.h"
#include "docx_package.h"
#include "template_set.h"
#include "view_model.h"

namespace accord::render {
namespace fs = std::filesystem;

namespace {

// zlib level for rendered parts: level 1 deflates a 30 KB document.xml several
// times faster than the default 6, for a package a few percent larger.
constexpr int kRenderedLevel = 1;
// Room for a typical rendered part, so that appending to it rarely reallocates.
constexpr std::size_t kPartReserve = 128 * 1024;

constexpr DocumentKind kKinds[] = {DocumentKind::kDeclaration, DocumentKind::kEndorsementStatus,
                                   DocumentKind::kImplementation, DocumentKind::kRedline};

// The XSD a rendition's XML is validated against; "" for DOCX.
const char* schemaFile(DocumentKind kind, Format format) {
  if (format == Format::kDocx || format == Format::kPdf) return "";
  // AKN is the declaration's only (domain::checkRendition); the OASIS schema
  // lives in its own folder with the xml.xsd it imports (XmlValidator::load).
  if (format == Format::kAkn) return "akoma-ntoso/akomantoso30.xsd";
  switch (kind) {
    case DocumentKind::kDeclaration: return "declaration.xsd";
    case DocumentKind::kEndorsementStatus: return "endorsement-status.xsd";
    case DocumentKind::kImplementation: return "implementation.xsd";
    case DocumentKind::kRedline: return "";  // DOCX only (domain::checkRendition)
  }
  return "";
}

// The custom folder's version of a document when it has one, else the built-in.
std::string pick(const TemplateDirs& dirs, const std::string& relative) {
  std::error_code ec;
  if (!dirs.custom.empty() && fs::exists(fs::path(dirs.custom) / relative, ec))
    return (fs::path(dirs.custom) / relative).string();
  return (fs::path(dirs.builtin) / relative).string();
}

domain::Result<const domain::Revision*> revisionToRender(const domain::Declaration& d,
                                                         const std::optional<int>& wanted) {
  if (wanted) {
    if (const domain::Revision* r = d.revision(*wanted)) return r;
    return domain::Error::invalid("revision", "declaration '" + d.id.str() + "' has no revision " +
                                                  std::to_string(*wanted) + " (it has " +
                                                  std::to_string(d.revisions.size()) + ")");
  }
  if (const domain::Revision* r = d.shownRevision()) return r;
  return domain::Error::state("declaration '" + d.id.str() + "' has no revision to render", "revision");
}

// One of the two revisions a redline compares, named by its own field.
domain::Result<const domain::Revision*> comparedRevision(const domain::Declaration& d, const char* field,
                                                         const std::optional<int>& number) {
  if (!number) return domain::Error::invalid(field, "a redline needs the revision to compare " +
                                                        std::string(field) + " (a number)");
  if (const domain::Revision* r = d.revision(*number)) return r;
  return domain::Error::invalid(field, "declaration '" + d.id.str() + "' has no revision " +
                                           std::to_string(*number) + " (it has " +
                                           std::to_string(d.revisions.size()) + ")");
}

}  // namespace

struct Renderer::Impl {
  std::map<std::pair<DocumentKind, Format>, TemplateSet> templates;
  std::optional<XmlValidator> validator;  // loaded with the first XML rendition
  std::optional<TemplateSet> parallel;    // loaded with the declaration's DOCX

  const TemplateSet* set(DocumentKind kind, Format format) const {
    auto it = templates.find({kind, format});
    return it == templates.end() ? nullptr : &it->second;
  }
};

Renderer::Renderer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Renderer::Renderer(Renderer&&) noexcept = default;
Renderer& Renderer::operator=(Renderer&&) noexcept = default;
Renderer::~Renderer() = default;

domain::Result<Renderer> Renderer::load(const TemplateDirs& dirs, const std::string& schemaDir,
                                       const std::vector<Rendition>& only) {
  std::vector<Rendition> wanted = only;
  if (wanted.empty())
    for (DocumentKind kind : kKinds)
      for (Format format : {Format::kDocx, Format::kXml, Format::kAkn})
        if (domain::checkRendition(kind, format).ok()) wanted.push_back({kind, format});
  auto impl = std::make_unique<Impl>();
  for (const Rendition& r : wanted) {
    if (domain::Status s = domain::checkRendition(r.document, r.format); !s.ok()) return s.error();
    if (impl->set(r.document, r.format)) continue;
    std::string name = toString(r.document);
    auto set = r.format == Format::kDocx ? TemplateSet::loadDocx(pick(dirs, "docx/" + name))
               : r.format == Format::kAkn ? TemplateSet::loadXml(pick(dirs, "akn/" + name + ".xml.mustache"))
                                          : TemplateSet::loadXml(pick(dirs, "xml/" + name + ".xml.mustache"));
    if (!set.ok()) return set.error();
    impl->templates.emplace(std::make_pair(r.document, r.format), std::move(set).value());
    if (r.document == DocumentKind::kDeclaration && r.format == Format::kDocx) {
      auto parallel = TemplateSet::loadDocx(pick(dirs, "docx/parallel"));
      if (!parallel.ok()) return parallel.error();
      impl->parallel.emplace(std::move(parallel).value());
    }
    if (r.format != Format::kDocx && !impl->validator) {
      auto validator = XmlValidator::load(schemaDir);
      if (!validator.ok()) return validator.error();
      impl->validator.emplace(std::move(validator).value());
    }
  }
  return Renderer(std::move(impl));
}

std::string Renderer::templateSource(DocumentKind document, Format format) const {
  const TemplateSet* set = impl_->set(document, format);
  return set ? set->source() : std::string();
}

namespace {

domain::Result<std::string> renderXml(const TemplateSet& set, const Data& view, const XmlValidator& validator,
                                      const char* schema) {
  std::string xml;
  xml.reserve(kPartReserve);
  set.parts().front().renderTo(view, xml);
  XmlValidation check = validator.validateWith(xml, schema);
  if (!check.ok()) {
    const XmlIssue& first = check.issues.front();
    return domain::Error{domain::ErrorCode::kInternal,
                         std::string("the rendered XML does not validate against ") + schema +
                             " (template " + set.source() + "): line " + std::to_string(first.line) + ": " +
                             first.message,
                         std::string()};
  }
  return domain::Result<std::string>(std::move(xml));
}

std::string renderDocx(const TemplateSet& set, const Data& view) {
  std::vector<DeflatedPart> rendered;
  rendered.reserve(set.parts().size());  // stable addresses for `parts`
  std::vector<const DeflatedPart*> parts;
  // Rendered text only lives until it is deflated, so one buffer per thread keeps
  // its capacity from document to document instead of growing anew each time.
  thread_local std::string text;
  text.reserve(kPartReserve);
  for (const TemplatePart& part : set.parts()) {
    if (!part.rendered()) {
      parts.push_back(&part.deflated);
      continue;
    }
    text.clear();
    part.renderTo(view, text);
    rendered.push_back(deflatePart(part.name, text, kRenderedLevel));
    parts.push_back(&rendered.back());
  }
  return packDocx(parts);
}

}  // namespace

domain::Result<std::string> Renderer::render(const RenderRequest& request) const {
  if (domain::Status s = domain::checkRendition(request.document, request.format); !s.ok()) return s.error();
  if (request.format == Format::kPdf)
    return domain::Error::invalid("format", "a PDF is the DOCX converted by a PdfConverter (pdf_converter.h): "
                                            "render the DOCX, then convert it");
  const TemplateSet* set = impl_->set(request.document, request.format);
  if (!set)
    return domain::Error::state(std::string("this renderer was loaded without the ") + toString(request.document) +
                                " " + toString(request.format) + " templates");
  const domain::Declaration* declaration = request.dossier.declaration(request.declaration);
  if (!declaration)
    return domain::Error::notFound("the dossier has no declaration '" + request.declaration.str() + "'",
                                   "declaration");
  const bool redline = request.document == DocumentKind::kRedline;
  auto older = redline ? comparedRevision(*declaration, "from", request.from)
                       : domain::Result<const domain::Revision*>(nullptr);
  if (!older.ok()) return older.error();
  auto revision = redline ? comparedRevision(*declaration, "to", request.revision)
                          : revisionToRender(*declaration, request.revision);
  if (!revision.ok()) return revision.error();

  // The view model is built once, then every part of the document reads it.
  // AKN, like DOCX, marks a line break in user text with an element (<eol/>), so
  // it too takes multi-line text as runs.
  ViewInput in{request.dossier, request.catalog, *declaration, **revision, request.today,
               request.format != Format::kXml};
  if (request.parallel) {
    if (request.document != DocumentKind::kDeclaration || request.format != Format::kDocx || !impl_->parallel)
      return domain::Error::invalid("parallel", "two languages side by side are for the declaration's DOCX");
    auto view = parallelView(in, *request.parallel);
    if (!view.ok()) return view.error();
    return renderDocx(*impl_->parallel, *view);
  }
  domain::Result<Data> view = redline ? redlineView(in, **older)
                              : request.format == Format::kAkn ? aknView(in, declaration->baseLanguage)
                              : request.document == DocumentKind::kDeclaration ? declarationView(in)
                              : request.document == DocumentKind::kEndorsementStatus ? statusView(in)
                                                                                      : implementationView(in);
  if (!view.ok()) return view.error();
  if (request.format != Format::kDocx)
    return renderXml(*set, *view, *impl_->validator, schemaFile(request.document, request.format));
  return renderDocx(*set, *view);
}

}  // namespace accord::render
