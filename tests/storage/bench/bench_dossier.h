// The benchmark's generated conference: one declaration, `countries` countries
// from the reference list, `commitments` commitments each assigned to every
// country, `reportsPer` progress reports per assignment.
#pragma once

#include "accord/domain/dossier.h"

namespace accord::bench {

domain::Dossier generate(const domain::CountryCatalog& reference, std::size_t countries, int commitments,
                         int reportsPer);

}  // namespace accord::bench
