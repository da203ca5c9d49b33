// The setting http.corsOrigins: which other origins' browser pages may call the
// API (see plugin/src/http/cors.h).
#pragma once

#include <string>
#include <vector>

#include "accord/domain/result.h"

namespace accord::http {

// Parses a list of origins separated by commas or spaces. Returns
// kInvalidArgument naming `field` for an entry that is not scheme://host[:port]
// with scheme http or https (no path, no trailing slash, no "*").
domain::Result<std::vector<std::string>> parseOrigins(const std::string& field, const std::string& text);

}  // namespace accord::http
