// The documents Accord renders and the formats it renders them in are the
// domain's (domain/document.h); what only a renderer knows of a format is here.
#pragma once

#include "accord/domain/document.h"

namespace accord::render {

using DocumentKind = domain::DocumentKind;
using Format = domain::DocumentFormat;

// The command line's reading of --document and --format: the domain's names, and
// for anything else kInvalidArgument naming `field` in its own words ("must be one
// of docx|xml, not 'pdf'").
domain::Result<DocumentKind> parseDocumentKind(std::string_view field, std::string_view text);
domain::Result<Format> parseFormat(std::string_view field, std::string_view text);

// The media type a download carries.
const char* mediaType(Format format);
// The file name extension, with its dot: ".docx", ".xml", ".akn.xml".
const char* fileExtension(Format format);

}  // namespace accord::render
