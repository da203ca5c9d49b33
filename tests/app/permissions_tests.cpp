// What the pages offer each person: app::permissionsFor over authorize() and the
// records' states.
#include <boost/test/unit_test.hpp>

#include <tuple>

#include "accord/app/permissions.h"

using namespace accord::app;
using namespace accord::domain;

namespace {
CountryCode cc(const char* c) { return CountryCode::parse("t", c).value(); }

Actor as(Role role, const char* country = nullptr) {
  Actor a;
  a.name = "someone";
  a.role = role;
  if (country) a.country = cc(country);
  return a;
}

Declaration declaration(DeclarationStatus status) {
  Declaration d;
  d.id = DeclarationId("decl");
  d.invitedCountries = {cc("AL"), cc("MK")};
  d.status = status;
  Revision r;
  r.number = 1;
  d.revisions.push_back(r);
  if (status != DeclarationStatus::kDrafting && status != DeclarationStatus::kConsultation) d.finalRevision = 1;
  return d;
}

Assignment assignment(Acceptance acceptance, ImplementationStatus status = ImplementationStatus::kNotStarted) {
  Assignment a;
  a.commitment = CommitmentId("cm");
  a.country = cc("MK");
  a.acceptance = acceptance;
  a.status = status;
  return a;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(permissions_tests)

BOOST_AUTO_TEST_CASE(secretariat_edits_a_draft_and_is_offered_the_legal_steps) {
  auto p = permissionsFor(as(Role::kSecretariat), declaration(DeclarationStatus::kDrafting));
  BOOST_TEST(p.editText);
  BOOST_TEST((p.steps == std::vector<DeclarationStatus>{DeclarationStatus::kConsultation}));
  BOOST_TEST(p.whyNotEditText.ok());
  BOOST_TEST(!p.endorsementsOpen);
  BOOST_TEST(p.endorsesFor.empty());  // not open for endorsement yet
}

BOOST_AUTO_TEST_CASE(secretariat_may_not_edit_a_frozen_text) {
  auto p = permissionsFor(as(Role::kSecretariat), declaration(DeclarationStatus::kFinal));
  BOOST_TEST(!p.editText);
  BOOST_TEST(!p.whyNotEditText.ok());
  BOOST_TEST((p.whyNotEditText.error().code == ErrorCode::kInvalidState));
  BOOST_TEST(p.whyNotEditText.error().message == "the text of a declaration that is final can no longer change");
  for (DeclarationStatus to : p.steps) BOOST_TEST(isLegalTransition(DeclarationStatus::kFinal, to));
  BOOST_TEST(!p.steps.empty());
}

BOOST_AUTO_TEST_CASE(a_new_declaration_without_text_opens_in_the_editor) {
  Declaration d = declaration(DeclarationStatus::kDrafting);
  d.revisions.clear();
  d.invitedCountries.clear();
  auto p = permissionsFor(as(Role::kSecretariat), d);
  BOOST_TEST(p.editText);
  BOOST_TEST(p.invite);
  BOOST_TEST(p.uninvite);
  BOOST_TEST(!permissionsFor(as(Role::kMonitor), d).editText);
}

BOOST_AUTO_TEST_CASE(invitations_change_only_by_the_secretariat_and_uninviting_stops_once_open) {
  using S = DeclarationStatus;
  const std::tuple<S, bool, bool> table[] = {{S::kDrafting, true, true},
                                             {S::kConsultation, true, true},
                                             {S::kFinal, true, true},
                                             {S::kOpenForEndorsement, true, false},
                                             {S::kClosed, false, false}};
  for (auto [status, invite, uninvite] : table) {
    auto p = permissionsFor(as(Role::kSecretariat), declaration(status));
    BOOST_TEST(p.invite == invite, toString(status));
    BOOST_TEST(p.uninvite == uninvite, toString(status));
    for (Role other : {Role::kCoordinator, Role::kMonitor, Role::kViewer, Role::kAdmin}) {
      auto q = permissionsFor(as(other, other == Role::kCoordinator ? "MK" : nullptr), declaration(status));
      BOOST_TEST(!q.invite);
      BOOST_TEST(!q.uninvite);
    }
  }
}

BOOST_AUTO_TEST_CASE(only_the_secretariat_is_offered_to_set_up_conferences_and_declarations) {
  BOOST_TEST(conferencePermissionsFor(as(Role::kSecretariat)).manage);
  BOOST_TEST(conferencePermissionsFor(as(Role::kSecretariat)).createDeclaration);
  for (Role other : {Role::kCoordinator, Role::kMonitor, Role::kViewer, Role::kAdmin}) {
    auto p = conferencePermissionsFor(as(other, other == Role::kCoordinator ? "MK" : nullptr));
    BOOST_TEST(!p.manage);
    BOOST_TEST(!p.createDeclaration);
  }
}

BOOST_AUTO_TEST_CASE(secretariat_records_on_behalf_of_every_invited_country) {
  auto p = permissionsFor(as(Role::kSecretariat), declaration(DeclarationStatus::kOpenForEndorsement));
  BOOST_TEST(p.recordsOnBehalf);
  BOOST_TEST(p.mayEndorseFor(cc("AL")));
  BOOST_TEST(p.mayEndorseFor(cc("MK")));
  BOOST_TEST(!p.mayEndorseFor(cc("SI")));  // not invited
  BOOST_TEST(!p.endorseOwnCountry);
  BOOST_TEST(!p.ownCountry.has_value());
  BOOST_TEST(p.endorsementsOpen);
}

BOOST_AUTO_TEST_CASE(coordinator_endorses_for_own_invited_country_while_open) {
  auto p = permissionsFor(as(Role::kCoordinator, "MK"), declaration(DeclarationStatus::kOpenForEndorsement));
  BOOST_TEST(p.endorseOwnCountry);
  BOOST_TEST(p.mayEndorseFor(cc("MK")));
  BOOST_TEST(!p.recordsOnBehalf);
  BOOST_TEST(p.isOwnCountry(cc("MK")));
  BOOST_TEST(!p.isOwnCountry(cc("AL")));
  BOOST_TEST(!p.editText);
  BOOST_TEST((p.whyNotEditText.error().code == ErrorCode::kForbidden));
  BOOST_TEST(p.steps.empty());
}

BOOST_AUTO_TEST_CASE(coordinator_may_not_endorse_for_another_country) {
  auto p = permissionsFor(as(Role::kCoordinator, "MK"), declaration(DeclarationStatus::kOpenForEndorsement));
  BOOST_TEST(!p.mayEndorseFor(cc("AL")));
  BOOST_TEST(p.endorsesFor.size() == 1u);
}

BOOST_AUTO_TEST_CASE(coordinator_of_an_uninvited_country_is_offered_no_endorsement) {
  auto p = permissionsFor(as(Role::kCoordinator, "SI"), declaration(DeclarationStatus::kOpenForEndorsement));
  BOOST_TEST(!p.endorseOwnCountry);
  BOOST_TEST(p.endorsesFor.empty());
}

BOOST_AUTO_TEST_CASE(a_closed_declaration_still_takes_a_withdrawal_but_offers_no_endorsement) {
  auto p = permissionsFor(as(Role::kCoordinator, "MK"), declaration(DeclarationStatus::kClosed));
  BOOST_TEST(!p.endorseOwnCountry);
  BOOST_TEST(p.endorsementsOpen);
  BOOST_TEST(p.mayEndorseFor(cc("MK")));
}

BOOST_AUTO_TEST_CASE(viewer_is_offered_nothing) {
  for (DeclarationStatus s : {DeclarationStatus::kDrafting, DeclarationStatus::kOpenForEndorsement}) {
    auto d = permissionsFor(as(Role::kViewer), declaration(s));
    BOOST_TEST(!d.editText);
    BOOST_TEST(d.steps.empty());
    BOOST_TEST(!d.endorseOwnCountry);
    BOOST_TEST(d.endorsesFor.empty());
    BOOST_TEST(!d.recordsOnBehalf);
    BOOST_TEST(!d.ownCountry.has_value());
    BOOST_TEST((d.whyNotEditText.error().code == ErrorCode::kForbidden));
  }
  for (Acceptance acc : {Acceptance::kProposed, Acceptance::kAccepted}) {
    auto a = permissionsFor(as(Role::kViewer), assignment(acc));
    BOOST_TEST(!a.decide);
    BOOST_TEST(!a.moveImplementation);
    BOOST_TEST(a.nextStatuses.empty());
    BOOST_TEST(!a.assess);
    BOOST_TEST(!a.draftReport);
  }
}

BOOST_AUTO_TEST_CASE(coordinator_decides_only_a_proposed_commitment_of_own_country) {
  BOOST_TEST(permissionsFor(as(Role::kCoordinator, "MK"), assignment(Acceptance::kProposed)).decide);
  BOOST_TEST(!permissionsFor(as(Role::kCoordinator, "MK"), assignment(Acceptance::kAccepted)).decide);
  BOOST_TEST(!permissionsFor(as(Role::kCoordinator, "AL"), assignment(Acceptance::kProposed)).decide);
  BOOST_TEST(!permissionsFor(as(Role::kSecretariat), assignment(Acceptance::kProposed)).decide);
}

BOOST_AUTO_TEST_CASE(coordinator_moves_implementation_once_accepted_to_legal_statuses_only) {
  auto proposed = permissionsFor(as(Role::kCoordinator, "MK"), assignment(Acceptance::kProposed));
  BOOST_TEST(!proposed.moveImplementation);
  BOOST_TEST(proposed.nextStatuses.empty());
  auto p = permissionsFor(as(Role::kCoordinator, "MK"),
                          assignment(Acceptance::kAccepted, ImplementationStatus::kInProgress));
  BOOST_TEST(p.moveImplementation);
  BOOST_TEST(!p.nextStatuses.empty());
  for (ImplementationStatus to : p.nextStatuses)
    BOOST_TEST(isLegalTransition(ImplementationStatus::kInProgress, to));
  BOOST_TEST(!permissionsFor(as(Role::kCoordinator, "AL"), assignment(Acceptance::kAccepted)).moveImplementation);
}

BOOST_AUTO_TEST_CASE(coordinator_drafts_reports_for_own_country_once_accepted) {
  auto proposed = permissionsFor(as(Role::kCoordinator, "MK"), assignment(Acceptance::kProposed));
  BOOST_TEST(!proposed.draftReport);
  BOOST_TEST(permissionsFor(as(Role::kCoordinator, "MK"), assignment(Acceptance::kAccepted)).draftReport);
  auto other = permissionsFor(as(Role::kCoordinator, "AL"), assignment(Acceptance::kAccepted));
  BOOST_TEST(!other.draftReport);
}

// Entering a report made earlier is the secretariat's (as app::recordPastReport
// decides), once the commitment is accepted; no one else's, the country's own
// coordinator included (they report today).
BOOST_AUTO_TEST_CASE(only_the_secretariat_enters_a_past_report_once_accepted) {
  BOOST_TEST(permissionsFor(as(Role::kSecretariat), assignment(Acceptance::kAccepted)).recordPastReport);
  BOOST_TEST(!permissionsFor(as(Role::kSecretariat), assignment(Acceptance::kProposed)).recordPastReport);
  for (Role role : {Role::kAdmin, Role::kMonitor, Role::kViewer})
    BOOST_TEST(!permissionsFor(as(role), assignment(Acceptance::kAccepted)).recordPastReport);
  BOOST_TEST(!permissionsFor(as(Role::kCoordinator, "MK"), assignment(Acceptance::kAccepted)).recordPastReport);
}

BOOST_AUTO_TEST_CASE(monitor_assesses_but_neither_decides_nor_reports) {
  auto p = permissionsFor(as(Role::kMonitor), assignment(Acceptance::kAccepted));
  BOOST_TEST(p.assess);
  BOOST_TEST(!p.decide);
  BOOST_TEST(!p.moveImplementation);
}

BOOST_AUTO_TEST_CASE(a_declined_commitment_is_not_assessed) {
  BOOST_TEST(!permissionsFor(as(Role::kMonitor), assignment(Acceptance::kDeclined)).assess);
}

ProgressReport report(ReportState state) {
  ProgressReport r;
  r.id = ReportId("rp");
  r.commitment = CommitmentId("cm");
  r.country = cc("MK");
  r.state = state;
  return r;
}

const ReportState kReportStates[] = {ReportState::kDraft, ReportState::kSubmitted, ReportState::kValidated,
                                     ReportState::kReturned};

BOOST_AUTO_TEST_CASE(coordinator_reworks_and_submits_only_an_open_report_of_own_country) {
  auto a = assignment(Acceptance::kAccepted);
  for (ReportState state : kReportStates) {
    bool open = state == ReportState::kDraft || state == ReportState::kReturned;
    auto own = permissionsFor(as(Role::kCoordinator, "MK"), a, report(state));
    BOOST_TEST(own.rework == open);
    BOOST_TEST(own.submit == open);
    BOOST_TEST(!own.validate);
    BOOST_TEST(!own.giveBack);
    auto other = permissionsFor(as(Role::kCoordinator, "AL"), a, report(state));
    BOOST_TEST(!other.rework);
    BOOST_TEST(!other.submit);
  }
}

BOOST_AUTO_TEST_CASE(monitor_validates_or_returns_only_a_submitted_report) {
  auto a = assignment(Acceptance::kAccepted);
  for (ReportState state : kReportStates) {
    auto p = permissionsFor(as(Role::kMonitor), a, report(state));
    BOOST_TEST(p.validate == (state == ReportState::kSubmitted));
    BOOST_TEST(p.giveBack == (state == ReportState::kSubmitted));
    BOOST_TEST(!p.rework);
    BOOST_TEST(!p.submit);
  }
}

BOOST_AUTO_TEST_CASE(a_report_of_another_assignment_offers_nothing) {
  auto r = report(ReportState::kSubmitted);
  r.country = cc("AL");
  auto p = permissionsFor(as(Role::kMonitor), assignment(Acceptance::kAccepted), r);
  BOOST_TEST(!p.validate);
  BOOST_TEST(!p.giveBack);
  r.state = ReportState::kDraft;
  BOOST_TEST(!permissionsFor(as(Role::kCoordinator, "AL"), assignment(Acceptance::kAccepted), r).rework);
}

BOOST_AUTO_TEST_CASE(viewer_is_offered_no_report_action) {
  for (ReportState state : kReportStates) {
    auto p = permissionsFor(as(Role::kViewer), assignment(Acceptance::kAccepted), report(state));
    BOOST_TEST(!(p.rework || p.submit || p.validate || p.giveBack));
  }
}

BOOST_AUTO_TEST_SUITE_END()
