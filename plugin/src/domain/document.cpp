#include "accord/domain/document_format.h"

namespace accord::domain {
namespace {
const std::pair<DocumentFormat, const char*> kFormats[] = {{DocumentFormat::kDocx, "docx"},
                                                           {DocumentFormat::kXml, "xml"}};
}  // namespace

const char* toString(DocumentFormat f) { return enumName(kFormats, f); }
template <>
const std::vector<const char*>& enumNames<DocumentFormat>() {
  static const auto names = enumNameList(kFormats);
  return names;
}
Result<DocumentFormat> parseDocumentFormat(std::string_view field, std::string_view text) {
  return parseEnum(kFormats, field, text);
}

}  // namespace accord::domain
