#include "accord/domain/document.h"

namespace accord::domain {
namespace {
const std::pair<DocumentKind, const char*> kKinds[] = {
    {DocumentKind::kDeclaration, "declaration"},
    {DocumentKind::kEndorsementStatus, "status"},
    {DocumentKind::kImplementation, "implementation"},
    {DocumentKind::kRedline, "redline"},
};
const std::pair<DocumentFormat, const char*> kFormats[] = {{DocumentFormat::kDocx, "docx"},
                                                           {DocumentFormat::kXml, "xml"},
                                                           {DocumentFormat::kAkn, "akn"},
                                                           {DocumentFormat::kPdf, "pdf"}};
}  // namespace

const char* toString(DocumentKind k) { return enumName(kKinds, k); }
template <>
const std::vector<const char*>& enumNames<DocumentKind>() {
  static const auto names = enumNameList(kKinds);
  return names;
}
Result<DocumentKind> parseDocumentKind(std::string_view field, std::string_view text) {
  return parseEnum(kKinds, field, text);
}

const char* toString(DocumentFormat f) { return enumName(kFormats, f); }
template <>
const std::vector<const char*>& enumNames<DocumentFormat>() {
  static const auto names = enumNameList(kFormats);
  return names;
}
Result<DocumentFormat> parseDocumentFormat(std::string_view field, std::string_view text) {
  return parseEnum(kFormats, field, text);
}

Status checkRendition(DocumentKind document, DocumentFormat format) {
  if (document == DocumentKind::kRedline && format != DocumentFormat::kDocx && format != DocumentFormat::kPdf)
    return Error::invalid("format", "a redline is rendered as docx (Word's tracked changes) or pdf only; for "
                                    "machines, compare two revisions' XML or read the compare API's JSON");
  if (format == DocumentFormat::kAkn && document != DocumentKind::kDeclaration)
    return Error::invalid("format", "akn (Akoma Ntoso) is the declaration's text only; the reports are not "
                                    "legal documents: ask for them as docx or xml");
  return Status();
}

}  // namespace accord::domain
