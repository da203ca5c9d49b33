// The file formats a declaration's documents come in: the names the API's
// `format` parameter, the pages and the renderer's file extensions share.
#pragma once

#include <string_view>
#include <vector>

#include "accord/domain/enum_names.h"
#include "accord/domain/result.h"

namespace accord::domain {

enum class DocumentFormat {
  kDocx,  // Word, what delegations print and sign
  kXml,   // the XSD-valid text, for other systems
};
// "docx", "xml".
const char* toString(DocumentFormat f);
template <>
const std::vector<const char*>& enumNames<DocumentFormat>();
// Returns kInvalidArgument naming `field` and listing docx|xml for any other text.
Result<DocumentFormat> parseDocumentFormat(std::string_view field, std::string_view text);

}  // namespace accord::domain
