// Seeding: the embedded default starts with the Skopje sample, so that a
// newcomer's first ./run shows a conference rather than an empty list.
#pragma once

#include <string>

#include <Poco/Logger.h>

#include "accord/app/context.h"
#include "accord/domain/country.h"

namespace accord::plugin {

// Imports the bundle at `path` when the store holds no conference yet; does
// nothing when `path` is empty or a conference exists. Returns the bundle's
// first problem (with its JSON path) or the import's error.
domain::Status seedIfEmpty(const app::Context& ctx, const std::string& path, const domain::CountryCatalog& reference,
                           Poco::Logger& logger);

}  // namespace accord::plugin
