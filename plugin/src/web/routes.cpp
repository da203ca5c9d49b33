// The UI's address space, in one table.
#include "pages.h"
#include "router.h"

namespace accord::web {

const std::vector<Route>& pageRoutes() {
  static const std::vector<Route> routes = {
      {"GET", "/static/{*file}", &staticFile, Access::kAnyone},
      {"GET", "/signin", &signInForm, Access::kAnyone},
      {"POST", "/signin", &signIn, Access::kAnyone},
      {"POST", "/signout", &signOut, Access::kSignedIn},
      {"GET", "/", &homePage, Access::kSignedIn},
      {"GET", "/conferences", &conferencesPage, Access::kSignedIn},
      {"POST", "/conferences", &createConferenceForm, Access::kSignedIn},
      {"GET", "/conferences/new", &newConferencePage, Access::kSignedIn},
      {"GET", "/conferences/{id}", &conferencePage, Access::kSignedIn},
      {"GET", "/conferences/{id}/edit", &editConferencePage, Access::kSignedIn},
      {"POST", "/conferences/{id}/edit", &saveConferenceForm, Access::kSignedIn},
      {"POST", "/conferences/{id}/declarations", &createDeclarationForm, Access::kSignedIn},
      {"POST", "/conferences/{id}/delegates", &addDelegateForm, Access::kSignedIn},
      {"POST", "/conferences/{id}/delegations/{country}/members/{person}", &changeDelegateForm, Access::kSignedIn},
      {"POST", "/conferences/{id}/delegations/{country}/members/{person}/remove", &removeDelegateForm,
       Access::kSignedIn},
      {"POST", "/declarations/{id}/invitations", &inviteCountryForm, Access::kSignedIn},
      {"POST", "/declarations/{id}/invitations/{country}/remove", &uninviteCountryForm, Access::kSignedIn},
      {"GET", "/declarations/{id}", &declarationPage, Access::kSignedIn},
      {"POST", "/declarations/{id}/status", &moveDeclarationStatus, Access::kSignedIn},
      {"GET", "/declarations/{id}/download", &downloadDocument, Access::kSignedIn},
      {"GET", "/declarations/{id}/compare", &comparePage, Access::kSignedIn},
      {"GET", "/declarations/{id}/edit", &editorPage, Access::kSignedIn},
      {"POST", "/declarations/{id}/edit", &saveRevision, Access::kSignedIn},
      {"GET", "/declarations/{id}/consultation", &consultationPage, Access::kSignedIn},
      {"GET", "/declarations/{id}/revisions/{n}/units/{unit}", &unitPage, Access::kSignedIn},
      {"POST", "/declarations/{id}/revisions/{n}/units/{unit}/comments", &commentForm, Access::kSignedIn},
      {"POST", "/declarations/{id}/revisions/{n}/units/{unit}/amendments", &amendmentForm, Access::kSignedIn},
      {"POST", "/declarations/{id}/revisions/{n}/amendments/{aid}/state", &amendmentStateForm, Access::kSignedIn},
      {"GET", "/declarations/{id}/revisions/{n}/languages", &languagesPage, Access::kSignedIn},
      {"GET", "/declarations/{id}/revisions/{n}/languages/{language}", &translationPage, Access::kSignedIn},
      {"POST", "/declarations/{id}/revisions/{n}/languages/{language}", &saveTranslationForm, Access::kSignedIn},
      {"POST", "/declarations/{id}/revisions/{n}/languages/{language}/verification", &verifyTranslationForm,
       Access::kSignedIn},
      {"GET", "/declarations/{id}/endorsements", &endorsementPage, Access::kSignedIn},
      {"POST", "/declarations/{id}/endorsements/{country}", &recordEndorsementForm, Access::kSignedIn},
      {"GET", "/declarations/{id}/implementation", &implementationPage, Access::kSignedIn},
      {"GET", "/declarations/{id}/endorsements.csv", &endorsementsCsv, Access::kSignedIn},
      {"GET", "/declarations/{id}/implementation.csv", &implementationCsv, Access::kSignedIn},
      {"GET", "/conferences/{id}/delegations.csv", &delegationsCsv, Access::kSignedIn},
      {"GET", "/declarations/{id}/commitments/new", &newCommitmentPage, Access::kSignedIn},
      {"POST", "/declarations/{id}/commitments", &defineCommitmentForm, Access::kSignedIn},
      {"GET", "/commitments/{id}/edit", &editCommitmentPage, Access::kSignedIn},
      {"POST", "/commitments/{id}/edit", &updateCommitmentForm, Access::kSignedIn},
      {"GET", "/commitments/{id}/countries/{country}", &assignmentPage, Access::kSignedIn},
      {"POST", "/commitments/{id}/countries/{country}/decision", &decideAssignmentForm, Access::kSignedIn},
      {"POST", "/commitments/{id}/countries/{country}/implementation", &moveImplementationForm, Access::kSignedIn},
      {"POST", "/commitments/{id}/countries/{country}/assessment", &assessAssignmentForm, Access::kSignedIn},
      {"POST", "/commitments/{id}/countries/{country}/milestones/{milestone}", &milestoneForm, Access::kSignedIn},
      {"POST", "/commitments/{id}/countries/{country}/measurements", &measurementForm, Access::kSignedIn},
      {"POST", "/commitments/{id}/countries/{country}/reports", &submitReportForm, Access::kSignedIn},
      {"POST", "/commitments/{id}/countries/{country}/reports/{report}/rework", &reworkReportForm, Access::kSignedIn},
      {"POST", "/commitments/{id}/countries/{country}/reports/{report}/review", &reviewReportForm, Access::kSignedIn},
      {"GET", "/audit", &auditPage, Access::kSignedIn},
      {"GET", "/notifications", &notificationsPage, Access::kSignedIn},
      {"POST", "/notifications/{id}/read", &markNotificationReadForm, Access::kSignedIn},
  };
  return routes;
}

}  // namespace accord::web
