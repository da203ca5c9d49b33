#include "accord/render/document.h"

#include "accord/domain/enum_names.h"

namespace accord::render {
namespace {

const std::pair<DocumentKind, const char*> kKinds[] = {
    {DocumentKind::kDeclaration, "declaration"},
    {DocumentKind::kEndorsementStatus, "status"},
    {DocumentKind::kImplementation, "implementation"},
};
const std::pair<Format, const char*> kFormats[] = {{Format::kDocx, "docx"}, {Format::kXml, "xml"}};

}  // namespace

const char* toString(DocumentKind kind) { return domain::enumName(kKinds, kind); }

domain::Result<DocumentKind> parseDocumentKind(std::string_view field, std::string_view text) {
  if (auto k = domain::enumParse(kKinds, text)) return *k;
  return domain::Error::invalid(std::string(field), "must be one of " + domain::enumChoices(kKinds) +
                                                        ", not '" + std::string(text) + "'");
}

const char* toString(Format format) { return domain::enumName(kFormats, format); }

domain::Result<Format> parseFormat(std::string_view field, std::string_view text) {
  if (auto f = domain::enumParse(kFormats, text)) return *f;
  return domain::Error::invalid(std::string(field), "must be one of " + domain::enumChoices(kFormats) +
                                                        ", not '" + std::string(text) + "'");
}

const char* mediaType(Format format) {
  return format == Format::kDocx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                                 : "application/xml";
}

const char* fileExtension(Format format) { return format == Format::kDocx ? ".docx" : ".xml"; }

}  // namespace accord::render
