#include "accord/base/file_text.h"

#include <fstream>
#include <sstream>

namespace accord::base {

std::string fileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace accord::base
