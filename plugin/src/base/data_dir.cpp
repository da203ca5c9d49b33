#include "accord/base/data_dir.h"

#include <cstdlib>

#ifndef ACCORD_DEFAULT_DATA_DIR
#define ACCORD_DEFAULT_DATA_DIR "."
#endif

namespace accord::base {

std::string dataDir() {
  const char* home = std::getenv("ACCORD_HOME");
  return home && *home ? home : ACCORD_DEFAULT_DATA_DIR;
}

std::string dataPath(const std::string& relative) { return dataDir() + "/" + relative; }

}  // namespace accord::base
