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
  return format == Format::kDocx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                                 : "application/xml";
}

const char* fileExtension(Format format) { return format == Format::kDocx ? ".docx" : ".xml"; }

}  // namespace accord::render
