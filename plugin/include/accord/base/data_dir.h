// Where Accord's shipped data lives (templates/, schema/, samples/): $ACCORD_HOME if
// set, else the directory the build was configured from (running from a checkout).
#pragma once

#include <string>

namespace accord::base {

std::string dataDir();
// dataDir() + "/" + relative.
std::string dataPath(const std::string& relative);

}  // namespace accord::base
