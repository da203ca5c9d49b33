#include "accord/render/document.h"

namespace accord::render {

namespace {
template <class E>
domain::Result<E> choice(std::string_view field, std::string_view text,
                         domain::Result<E> (*parse)(std::string_view, std::string_view)) {
  auto parsed = parse(field, text);
  if (parsed.ok()) return parsed;
  std::string choices;
  for (const char* name : domain::enumNames<E>()) choices += (choices.empty() ? "" : "|") + std::string(name);
  return domain::Error::invalid(std::string(field), "must be one of " + choices + ", not '" + std::string(text) + "'");
}
}  // namespace

domain::Result<DocumentKind> parseDocumentKind(std::string_view field, std::string_view text) {
  return choice<DocumentKind>(field, text, domain::parseDocumentKind);
}

domain::Result<Format> parseFormat(std::string_view field, std::string_view text) {
  return choice<Format>(field, text, domain::parseDocumentFormat);
}

const char* mediaType(Format format) {
  switch (format) {
    case Format::kDocx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case Format::kXml: return "application/xml";
    // The type the Akoma Ntoso naming convention gives its XML manifestations.
    case Format::kAkn: return "application/akn+xml";
    case Format::kPdf: return "application/pdf";
  }
  return "application/octet-stream";
}

// ".akn.xml": still opens as XML anywhere, and says which XML it is.
const char* fileExtension(Format format) {
  switch (format) {
    case Format::kDocx: return ".docx";
    case Format::kXml: return ".xml";
    case Format::kAkn: return ".akn.xml";
    case Format::kPdf: return ".pdf";
  }
  return "";
}

}  // namespace accord::render
