#include "accord/app/permissions.h"

#include <algorithm>

#include "accord/app/authorization.h"

namespace accord::app {

using namespace accord::domain;

namespace {

bool may(const Actor& actor, Action action, const std::optional<CountryCode>& country = std::nullopt) {
  return authorize(actor, action, country).ok();
}

// The order the lifecycle steps are offered in.
const DeclarationStatus kStepOrder[] = {DeclarationStatus::kDrafting, DeclarationStatus::kConsultation,
                                        DeclarationStatus::kFinal, DeclarationStatus::kOpenForEndorsement,
                                        DeclarationStatus::kClosed};
// The order a coordinator is offered the implementation statuses in: onwards first.
const ImplementationStatus kStatusOrder[] = {ImplementationStatus::kInProgress, ImplementationStatus::kCompleted,
                                             ImplementationStatus::kOnHold, ImplementationStatus::kNotStarted,
                                             ImplementationStatus::kCancelled};

}  // namespace

bool DeclarationPermissions::mayEndorseFor(const CountryCode& c) const {
  return std::find(endorsesFor.begin(), endorsesFor.end(), c) != endorsesFor.end();
}

bool recordsOnBehalf(const Actor& actor) {
  // Only the secretariat may record on behalf; any country answers the same.
  return authorizeEndorsement(actor, CountryCode(), true).ok();
}

DeclarationPermissions permissionsFor(const Actor& actor, const Declaration& d) {
  DeclarationPermissions p;
  Status drafts = authorize(actor, Action::kDraft);
  if (!drafts.ok())
    p.whyNotEditText = drafts;
  else if (!d.isEditable())
    p.whyNotEditText = Error::state("the text of a declaration that is " + std::string(toString(d.status)) +
                                    " can no longer change");
  p.editText = p.whyNotEditText.ok();
  if (drafts.ok())
    for (DeclarationStatus to : kStepOrder)
      if (isLegalTransition(d.status, to)) p.steps.push_back(to);
  p.invite = drafts.ok() && d.status != DeclarationStatus::kClosed;
  p.uninvite = drafts.ok() && (d.status == DeclarationStatus::kDrafting ||
                               d.status == DeclarationStatus::kConsultation || d.status == DeclarationStatus::kFinal);
  p.recordsOnBehalf = recordsOnBehalf(actor);
  if (actor.country && authorizeEndorsement(actor, *actor.country, false).ok()) p.ownCountry = actor.country;
  p.endorseOwnCountry =
      d.status == DeclarationStatus::kOpenForEndorsement && p.ownCountry && d.isInvited(*p.ownCountry);
  // Withdrawing after endorsing stays possible once endorsement is closed.
  p.endorsementsOpen = d.status == DeclarationStatus::kOpenForEndorsement || d.status == DeclarationStatus::kClosed;
  if (p.endorsementsOpen)
    for (const CountryCode& c : d.invitedCountries)
      if (authorizeEndorsement(actor, c, p.recordsOnBehalf).ok()) p.endorsesFor.push_back(c);
  return p;
}

ConferencePermissions conferencePermissionsFor(const Actor& actor) {
  ConferencePermissions p;
  p.manage = may(actor, Action::kManageConference);
  p.createDeclaration = may(actor, Action::kDraft);
  return p;
}

AssignmentPermissions permissionsFor(const Actor& actor, const Assignment& a) {
  AssignmentPermissions p;
  p.decide = may(actor, Action::kDecideAssignment, a.country) && a.acceptance == Acceptance::kProposed;
  if (may(actor, Action::kUpdateImplementation, a.country) && a.acceptance == Acceptance::kAccepted)
    for (ImplementationStatus to : kStatusOrder)
      if (isLegalTransition(a.status, to)) p.nextStatuses.push_back(to);
  p.moveImplementation = !p.nextStatuses.empty();
  p.assess = may(actor, Action::kAssess, a.country) && a.assessable();
  p.draftReport = may(actor, Action::kWriteReport, a.country) && a.acceptance == Acceptance::kAccepted;
  p.recordPastReport = may(actor, Action::kRecordPast) && a.acceptance == Acceptance::kAccepted;
  p.trackProgress = may(actor, Action::kUpdateImplementation, a.country) && a.acceptance == Acceptance::kAccepted;
  return p;
}

ReportPermissions permissionsFor(const Actor& actor, const Assignment& a, const ProgressReport& r) {
  ReportPermissions p;
  if (r.commitment != a.commitment || r.country != a.country) return p;
  // The same checks as the use cases make: the author is the report's country, a
  // reviewer is any monitor.
  bool open = r.state == ReportState::kDraft || r.state == ReportState::kReturned;
  bool writes = may(actor, Action::kWriteReport, r.country);
  p.rework = writes && open;
  p.submit = writes && open;
  bool reviews = may(actor, Action::kReviewReport) && r.state == ReportState::kSubmitted;
  p.validate = reviews;
  p.giveBack = reviews;
  return p;
}

}  // namespace accord::app
