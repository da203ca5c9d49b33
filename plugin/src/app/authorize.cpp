#include "accord/app/authorize.h"

namespace accord::app {

using domain::Error;
using domain::Role;

domain::Status authorize(const domain::Actor& actor, Permission what,
                         const std::optional<domain::CountryCode>& country) {
  auto deny = [&](const std::string& why) {
    return Error::forbidden((actor.name.empty() ? std::string("this user") : actor.name) + " (" +
                            toString(actor.role) + ") " + why);
  };
  switch (what) {
    case Permission::kRead:
      return {};
    case Permission::kManageConferences:
      if (actor.role == Role::kSecretariat) return {};
      return deny("may not manage conferences, declarations or commitments: secretariat only");
    case Permission::kImportExport:
      if (actor.role == Role::kSecretariat || actor.role == Role::kAdmin) return {};
      return deny("may not import or export bundles: secretariat or admin only");
    case Permission::kActForCountry:
      if (country && actor.actsFor(*country)) return {};
      return deny("may not act for " + (country ? country->str() : std::string("this country")) +
                  ": only that country's coordinator may");
    case Permission::kRecordOnBehalf:
      if (actor.role == Role::kSecretariat) return {};
      return deny("may not record on behalf of a country: secretariat only");
    case Permission::kAssess:
      if (actor.role == Role::kMonitor) return {};
      return deny("may not assess implementation or review reports: monitors only");
  }
  return deny("is not allowed to do this");
}

}  // namespace accord::app
