// Document downloads: app::renderDocument answered with the media type, the file
// name it chose and an ETag of the bytes.
#pragma once

#include <string>

#include "accord/app/render_document.h"
#include "call.h"
#include "reply.h"

namespace accord::http {

// Renders `what` for the caller. Answers with renderDocument's errors through the
// one table: 404 (field "revision") for a revision the declaration lacks, 400
// (field "template") for an unknown template set, 500 when rendering fails.
Reply download(const Call& call, const app::DocumentAsk& what);

// The `format` query parameter: one of `allowed` ("json", "docx", "xml"), else
// `fallback` when absent. Returns kInvalidArgument naming "format".
domain::Result<std::string> formatParam(const Call& call, std::initializer_list<const char*> allowed,
                                        const char* fallback);

}  // namespace accord::http
