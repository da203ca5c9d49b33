// The documents Accord renders and the formats it renders them in, with the text
// forms the command line, the HTTP API and template folders use.
#pragma once

#include <string_view>

#include "accord/domain/result.h"

namespace accord::render {

enum class DocumentKind {
  kDeclaration,        // the text itself: draft or final, with the endorsement table when final
  kEndorsementStatus,  // where endorsement stands, country by country
  kImplementation,     // commitments x countries: acceptance, status, assessment, timeliness
};

enum class Format { kDocx, kXml };

// "declaration", "status", "implementation": the names of the template folders too.
const char* toString(DocumentKind kind);
// Returns kInvalidArgument naming `field` unless `text` is one of the names above.
domain::Result<DocumentKind> parseDocumentKind(std::string_view field, std::string_view text);

const char* toString(Format format);  // "docx", "xml"
// Returns kInvalidArgument naming `field` unless `text` is "docx" or "xml".
domain::Result<Format> parseFormat(std::string_view field, std::string_view text);

// The media type a download carries.
const char* mediaType(Format format);
// The file name extension, with its dot: ".docx", ".xml".
const char* fileExtension(Format format);

}  // namespace accord::render
