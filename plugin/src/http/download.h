// Document downloads: app::renderDocument answered with the media type, the file
// name it chose and an ETag of the bytes.
#pragma once

#include <optional>
#include <string>

#include "accord/domain/document.h"

#include "accord/app/render_document.h"
#include "call.h"
#include "reply.h"

namespace accord::http {

// Renders `what` for the caller. Answers with renderDocument's errors through the
// one table: 404 (field "revision") for a revision the declaration lacks, 400
// (field "template") for an unknown template set, 500 when rendering fails.
Reply download(const Call& call, const app::DocumentAsk& what);

// The `format` query parameter of a download: docx when absent. Returns
// kInvalidArgument naming "format" and listing docx|xml for any other name.
domain::Result<domain::DocumentFormat> documentFormatParam(const Call& call);

// The `document` query parameter of the declaration's render route: the text
// (declaration) when absent. Returns kInvalidArgument naming "document" and listing
// the domain's document names for any other name.
domain::Result<domain::DocumentKind> documentKindParam(const Call& call);

// The `format` query parameter of a status view, which is JSON unless a document
// is asked for: nullopt for "json" or when absent. Returns kInvalidArgument
// naming "format" and listing json|docx|xml for any other name.
domain::Result<std::optional<domain::DocumentFormat>> viewFormatParam(const Call& call);

// The OpenAPI schemas of those two parameters, from the domain's names.
std::string documentFormatSchema();
std::string viewFormatSchema();
std::string documentKindSchema();

}  // namespace accord::http
