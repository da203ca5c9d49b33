// The documents Accord renders and the file formats they come in, with the names
// the API's `document` and `format` parameters, the pages, the command line and
// the template folders share.
#pragma once

#include <string_view>
#include <vector>

#include "accord/domain/enum_names.h"
#include "accord/domain/result.h"

namespace accord::domain {

enum class DocumentKind {
  kDeclaration,        // the text itself: draft or final, with the endorsement table when final
  kEndorsementStatus,  // where endorsement stands, country by country
  kImplementation,     // commitments x countries: acceptance, status, assessment, timeliness
  kRedline,            // what changed from one revision to another, as Word's tracked changes
};
// "declaration", "status", "implementation", "redline": the names of the template folders too.
const char* toString(DocumentKind k);
template <>
const std::vector<const char*>& enumNames<DocumentKind>();
// Returns kInvalidArgument naming `field` and listing the names for any other text.
Result<DocumentKind> parseDocumentKind(std::string_view field, std::string_view text);

enum class DocumentFormat {
  kDocx,  // Word, what delegations print and sign
  kXml,   // the XSD-valid text, for other systems
  kAkn,   // Akoma Ntoso 3.0 (OASIS LegalDocML): the declaration for parliaments and registries
  kPdf,   // the DOCX as printed, for readers: converted by LibreOffice
};
// "docx", "xml", "akn", "pdf".
const char* toString(DocumentFormat f);
template <>
const std::vector<const char*>& enumNames<DocumentFormat>();
// Returns kInvalidArgument naming `field` and listing the format names for any other text.
Result<DocumentFormat> parseDocumentFormat(std::string_view field, std::string_view text);

// Whether `document` comes in `format`. Every document comes as DOCX and as PDF
// (the DOCX as LibreOffice prints it). A redline is Word's tracked changes and
// nothing else: our XML schemas describe a text, not a change between two texts,
// and a consumer of XML compares two revisions' XML itself (or reads the compare
// API's JSON). Akoma Ntoso describes legal texts: the declaration only. Returns
// kInvalidArgument naming "format" for a redline other than DOCX or PDF and for a report
// as AKN.
Status checkRendition(DocumentKind document, DocumentFormat format);

}  // namespace accord::domain
