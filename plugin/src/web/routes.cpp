// The UI's address space, in one table.
#include "pages.h"
#include "router.h"

namespace accord::web {

const std::vector<Route>& pageRoutes() {
  static const std::vector<Route> routes = {
      {"GET", "/static/{*file}", &staticFile, false},
      {"GET", "/signin", &signInForm, false},
      {"POST", "/signin", &signIn, false},
      {"POST", "/signout", &signOut, true},
      {"GET", "/", &homePage, true},
      {"GET", "/conferences/{id}", &conferencePage, true},
      {"GET", "/declarations/{id}", &declarationPage, true},
      {"POST", "/declarations/{id}/status", &moveDeclarationStatus, true},
      {"GET", "/declarations/{id}/download", &downloadDocument, true},
      {"GET", "/declarations/{id}/compare", &comparePage, true},
      {"GET", "/declarations/{id}/edit", &editorPage, true},
      {"POST", "/declarations/{id}/edit", &saveRevision, true},
      {"GET", "/declarations/{id}/endorsements", &endorsementPage, true},
      {"POST", "/declarations/{id}/endorsements/{country}", &recordEndorsementForm, true},
      {"GET", "/declarations/{id}/implementation", &implementationPage, true},
      {"GET", "/commitments/{id}/countries/{country}", &assignmentPage, true},
      {"POST", "/commitments/{id}/countries/{country}/decision", &decideAssignmentForm, true},
      {"POST", "/commitments/{id}/countries/{country}/implementation", &moveImplementationForm, true},
      {"POST", "/commitments/{id}/countries/{country}/assessment", &assessAssignmentForm, true},
      {"POST", "/commitments/{id}/countries/{country}/reports", &submitReportForm, true},
      {"POST", "/commitments/{id}/countries/{country}/reports/{report}/rework", &reworkReportForm, true},
      {"POST", "/commitments/{id}/countries/{country}/reports/{report}/review", &reviewReportForm, true},
      {"GET", "/audit", &auditPage, true},
  };
  return routes;
}

}  // namespace accord::web
