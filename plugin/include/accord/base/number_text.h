// A number as people write it in a table or a form: "12", "12.5", "-3", without
// the trailing zeros or exponent a fixed format would add for ordinary values.
#pragma once

#include <string>

namespace accord::base {

std::string numberText(double x);

}  // namespace accord::base
