// Document downloads: render through the DocumentPort and answer with the media
// type and a file name that says what the document is and which revision or date.
#pragma once

#include <optional>
#include <string>

#include "accord/domain/dossier.h"
#include "call.h"
#include "reply.h"

namespace accord::http {

// "skopje-joint-declaration-r3-final.docx", "...-r1-draft.xml",
// "...-endorsement-status-2017-10-15.docx", "...-implementation-2017-10-15.xml".
std::string downloadName(const domain::Declaration& d, const std::string& document, std::optional<int> revision,
                         domain::Date today, const std::string& extension);

// Renders `document` of declaration `d` (which `slice` holds) in `format`.
// Answers 404 (field "revision") for a revision the declaration lacks, 400 (field
// "template") for an unknown template set, 500 when rendering fails.
Reply download(const Call& call, const domain::Dossier& slice, const domain::Declaration& d,
               const std::string& document, const std::string& format, std::optional<int> revision,
               const std::string& templateSet);

// The `format` query parameter: one of `allowed` ("json", "docx", "xml"), else
// `fallback` when absent. Returns kInvalidArgument naming "format".
domain::Result<std::string> formatParam(const Call& call, std::initializer_list<const char*> allowed,
                                        const char* fallback);

}  // namespace accord::http
