// Every stored field of a dossier as a "path = value" line, written here and not by
// the production writers, so that two dossiers compare equal exactly when nothing
// was lost, and a difference names its field.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/dossier.h"

namespace accord::test {

std::vector<std::string> fields(const domain::Dossier& d);

}  // namespace accord::test
