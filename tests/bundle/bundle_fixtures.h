// Shared by the bundle suites: the shipped reference countries and sample.
#pragma once

#include <string>

#include "accord/bundle/bundle.h"

namespace accord::test {

const domain::CountryCatalog& referenceCountries();
std::string readText(const std::string& path);
std::string skopjePath();  // samples/skopje-2016/skopje-2016.json

}  // namespace accord::test
