#include "accord/base/number_text.h"

#include <sstream>

namespace accord::base {

std::string numberText(double x) {
  std::ostringstream s;
  s << x;  // the shortest of %g at 6 significant digits: what a person typed, for indicator values
  return s.str();
}

}  // namespace accord::base
