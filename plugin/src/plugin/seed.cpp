#include "seed.h"

#include "accord/app/dossier_use_cases.h"
#include "accord/bundle/bundle.h"

namespace accord::plugin {

domain::Status seedIfEmpty(const app::Context& ctx, const std::string& path, const domain::CountryCatalog& reference,
                           Poco::Logger& logger) {
  if (path.empty()) return {};
  auto stored = app::storedConferences(ctx, 1);
  if (!stored.ok()) return stored.error();
  if (!stored->empty()) return {};
  auto bundle = bundle::readBundleFile(path, reference);
  if (!bundle.ok()) {
    domain::Error first = bundle.errors.front();
    first.message = "seed " + path + ": " + first.message;
    return first;
  }
  // Seeding is the installation's own act, recorded as such in the audit trail.
  domain::Actor installer{"accord-server:seed", domain::Role::kAdmin, std::nullopt};
  auto summary = app::importDossier(ctx, installer, bundle.dossier, domain::catalogFor(bundle.dossier, reference));
  if (!summary.ok()) return summary.error();
  logger.information("seeded empty storage with conference %s from %s (%z declarations, %z endorsements, "
                     "%z commitments)",
                     summary->conference.str(), path, summary->declarations, summary->endorsements,
                     summary->commitments);
  return {};
}

}  // namespace accord::plugin
