// Every page of the UI, one function each, grouped in files by subject
// (pages_<group>.cpp). A page decodes the visit, calls one use case or read
// model, and renders; a form page re-renders with the use case's error beside
// the field it names, or redirects after success.
#pragma once

#include "exchange.h"
#include "site.h"

namespace accord::web {

// pages_session.cpp
Reply signInForm(const Site& site, Visit& v);
Reply signIn(const Site& site, Visit& v);
Reply signOut(const Site& site, Visit& v);
// pages_home.cpp
Reply homePage(const Site& site, Visit& v);
Reply conferencePage(const Site& site, Visit& v);
// pages_declaration.cpp
Reply declarationPage(const Site& site, Visit& v);
Reply moveDeclarationStatus(const Site& site, Visit& v);
Reply downloadDocument(const Site& site, Visit& v);
// pages_compare.cpp
Reply comparePage(const Site& site, Visit& v);
// pages_editor.cpp
Reply editorPage(const Site& site, Visit& v);
Reply saveRevision(const Site& site, Visit& v);
// pages_consultation.cpp
Reply unitPage(const Site& site, Visit& v);
Reply commentForm(const Site& site, Visit& v);
Reply amendmentForm(const Site& site, Visit& v);
Reply amendmentStateForm(const Site& site, Visit& v);
Reply consultationPage(const Site& site, Visit& v);
// pages_endorsement.cpp
Reply endorsementPage(const Site& site, Visit& v);
Reply recordEndorsementForm(const Site& site, Visit& v);
// pages_implementation.cpp
Reply implementationPage(const Site& site, Visit& v);
// pages_assignment.cpp
Reply assignmentPage(const Site& site, Visit& v);
Reply decideAssignmentForm(const Site& site, Visit& v);
Reply moveImplementationForm(const Site& site, Visit& v);
Reply assessAssignmentForm(const Site& site, Visit& v);
Reply submitReportForm(const Site& site, Visit& v);
Reply reworkReportForm(const Site& site, Visit& v);
Reply reviewReportForm(const Site& site, Visit& v);
// pages_audit.cpp
Reply auditPage(const Site& site, Visit& v);
// pages_notifications.cpp
Reply notificationsPage(const Site& site, Visit& v);
Reply markNotificationReadForm(const Site& site, Visit& v);
// static_files.cpp
Reply staticFile(const Site& site, Visit& v);

}  // namespace accord::web
