// What the API's document downloads and the pages' downloads share, so that both
// answer alike: reading the revision asked for, and the headers sent with the bytes.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "accord/app/document_port.h"
#include "accord/domain/result.h"

namespace accord::http {

// The `revision` query value, `text` (nullopt when the parameter is absent).
// Returns nullopt when absent (the declaration's shown revision is meant), the
// number when it is a whole number from 1 to 100000, else kInvalidArgument naming
// "revision" (a 400: a typo must not silently download another revision).
domain::Result<std::optional<int>> revisionParam(const std::optional<std::string>& text);
// The same for a parameter of another name ("from", "to"), which the error names.
domain::Result<std::optional<int>> revisionParam(const std::string& name, const std::optional<std::string>& text);

// The headers sent with a rendered document: Content-Disposition (an attachment
// under the file name app::renderDocument chose) and an ETag of its bytes.
std::vector<std::pair<std::string, std::string>> downloadHeaders(const app::RenderedDocument& doc);

}  // namespace accord::http
