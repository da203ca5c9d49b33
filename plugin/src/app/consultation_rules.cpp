#include "accord/app/consultation_rules.h"

#include <string>

namespace accord::app {

using namespace accord::domain;

Status authorizeConsultationRead(const Actor& actor, const Declaration& d) {
  switch (actor.role) {
    case Role::kSecretariat:
      return {};
    case Role::kCoordinator:
      if (actor.country && d.isInvited(*actor.country)) return {};
      return Error::forbidden("only coordinators of the invited countries read this consultation");
    case Role::kMonitor:
      if (d.consultationVisibility == ConsultationVisibility::kOpen) return {};
      return Error::forbidden("this consultation is shared with the secretariat only");
    case Role::kViewer:
    case Role::kAdmin:
      break;
  }
  return Error::forbidden(std::string("a ") + toString(actor.role) +
                          " may not read consultations: they are not published material");
}

bool seesRemarkOf(const Actor& actor, const Declaration& d, const std::optional<CountryCode>& country) {
  if (!authorizeConsultationRead(actor, d).ok()) return false;
  if (actor.role != Role::kCoordinator || d.consultationVisibility == ConsultationVisibility::kOpen) return true;
  return !country || country == actor.country;
}

Status authorizeContribution(const Actor& actor, const Declaration& d, const std::optional<CountryCode>& country) {
  if (actor.role == Role::kSecretariat) {
    if (country) return Error::forbidden("the secretariat comments in its own name, not for a country");
    if (!d.isEditable())
      return Error::state(std::string("the consultation is over: the declaration is ") + toString(d.status));
    return {};
  }
  if (actor.role != Role::kCoordinator)
    return Error::forbidden(std::string("a ") + toString(actor.role) +
                            " may not do this: the secretariat and coordinators comment and propose");
  if (!country || !actor.actsFor(*country) || !d.isInvited(*country)) {
    std::string c = country ? country->str() : std::string("a country");
    return Error::forbidden("only the coordinator of " + c + ", an invited country, may comment for " + c);
  }
  if (d.status != DeclarationStatus::kConsultation)
    return Error::state(std::string("coordinators comment while the declaration is in consultation; it is ") +
                        toString(d.status));
  return {};
}

Status authorizeAmendmentDecision(const Actor& actor, const Declaration& d, const Amendment& a, AmendmentState to) {
  if (to == AmendmentState::kWithdrawn) {
    if (actor.name != a.author) return Error::forbidden("only its author may withdraw an amendment");
  } else if (actor.role != Role::kSecretariat) {
    return Error::forbidden("only the secretariat accepts or rejects amendments");
  }
  if (!d.isEditable())
    return Error::state(std::string("the consultation is over: the declaration is ") + toString(d.status));
  return {};
}

bool ConsultationPermissions::mayWithdraw(const Actor& actor, const Amendment& a) const {
  return open && a.author == actor.name && isLegalTransition(a.state, AmendmentState::kWithdrawn);
}

ConsultationPermissions consultationPermissionsFor(const Actor& actor, const Declaration& d) {
  ConsultationPermissions p;
  p.read = authorizeConsultationRead(actor, d).ok();
  p.contribute = authorizeContribution(actor, d, actor.role == Role::kCoordinator ? actor.country : std::nullopt).ok();
  p.open = d.isEditable();
  p.decide = p.open && actor.role == Role::kSecretariat;
  return p;
}

}  // namespace accord::app
