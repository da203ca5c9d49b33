// A whole file's bytes as a string: the templates, catalogues and static files
// read once at start.
#pragma once

#include <string>

namespace accord::base {

// The file's bytes; "" when it cannot be opened (callers check existence first
// and say what is missing in their own words).
std::string fileText(const std::string& path);

}  // namespace accord::base
