// Every page of the UI, one function each, grouped in files by subject
// (pages_<group>.cpp). A page decodes the visit, calls one use case or read
// model, and renders; a form page re-renders with the use case's error beside
// the field it names, or redirects after success.
#pragma once

#include "accord/domain/result.h"
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
// The conference page with a refused form's error beside its field (nullptr: none).
// `refused`: a form of the agenda (or another part of the page) refused, shown
// open with what was typed and every error beside its field (agenda_view.h).
struct RefusedForm;
Reply conferencePageWith(const Site& site, Visit& v, const domain::Error* formError,
                         const RefusedForm* refused = nullptr);
// pages_conference_setup.cpp
Reply conferencesPage(const Site& site, Visit& v);
Reply newConferencePage(const Site& site, Visit& v);
Reply createConferenceForm(const Site& site, Visit& v);
Reply editConferencePage(const Site& site, Visit& v);
Reply saveConferenceForm(const Site& site, Visit& v);
// pages_delegate_import.cpp: the CSV import of delegates, preview then import.
Reply delegateImportPage(const Site& site, Visit& v);
// A conference's directory of people and organizations, and its forms (pages_directory.cpp).
Reply directoryPage(const Site& site, Visit& v);
Reply personForm(const Site& site, Visit& v);
Reply organizationForm(const Site& site, Visit& v);
Reply speakerForm(const Site& site, Visit& v);
// pages_agenda.cpp: the agenda's sessions added, edited, removed; organizers added, removed.
Reply sessionForm(const Site& site, Visit& v);
Reply organizerForm(const Site& site, Visit& v);
Reply delegateImportForm(const Site& site, Visit& v);
// pages_delegation.cpp
Reply addDelegateForm(const Site& site, Visit& v);
Reply changeDelegateForm(const Site& site, Visit& v);
Reply removeDelegateForm(const Site& site, Visit& v);
// pages_declaration_setup.cpp
Reply createDeclarationForm(const Site& site, Visit& v);
Reply inviteCountryForm(const Site& site, Visit& v);
Reply uninviteCountryForm(const Site& site, Visit& v);
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
// pages_languages.cpp
Reply languagesPage(const Site& site, Visit& v);
Reply translationPage(const Site& site, Visit& v);
Reply saveTranslationForm(const Site& site, Visit& v);
Reply verifyTranslationForm(const Site& site, Visit& v);
// pages_endorsement.cpp
Reply endorsementPage(const Site& site, Visit& v);
Reply recordEndorsementForm(const Site& site, Visit& v);
// pages_reminders.cpp: the secretariat reminds the countries that have not answered.
Reply endorsementRemindersPage(const Site& site, Visit& v);
Reply commitmentRemindersPage(const Site& site, Visit& v);
// pages_implementation.cpp
Reply implementationPage(const Site& site, Visit& v);
// pages_assignment.cpp
Reply assignmentPage(const Site& site, Visit& v);
Reply decideAssignmentForm(const Site& site, Visit& v);
Reply moveImplementationForm(const Site& site, Visit& v);
Reply assessAssignmentForm(const Site& site, Visit& v);
// "Download CSV": the endorsement matrix, the implementation matrix, the delegation list.
Reply endorsementsCsv(const Site& site, Visit& v);
// A conference's dates, and its commitments' deadlines and milestones, as an
// iCalendar file (RFC 5545) for calendar programs.
Reply conferenceCalendarDownload(const Site& site, Visit& v);
// A person's calendar feed: the page that makes (shown once), replaces or stops
// its secret address, and the feed itself at /calendar/{token}.ics (no session).
Reply calendarFeedPage(const Site& site, Visit& v);
Reply startCalendarFeedForm(const Site& site, Visit& v);
Reply stopCalendarFeedForm(const Site& site, Visit& v);
Reply personalCalendarFeed(const Site& site, Visit& v);
Reply ownAccountPage(const Site& site, Visit& v);
Reply ownLanguageForm(const Site& site, Visit& v);
Reply implementationCsv(const Site& site, Visit& v);
Reply delegationsCsv(const Site& site, Visit& v);
// The secretariat defines and edits commitments.
Reply newCommitmentPage(const Site& site, Visit& v);
Reply defineCommitmentForm(const Site& site, Visit& v);
Reply editCommitmentPage(const Site& site, Visit& v);
Reply updateCommitmentForm(const Site& site, Visit& v);
// The country's coordinator sets its state of one milestone, records an indicator measurement.
Reply milestoneForm(const Site& site, Visit& v);
Reply measurementForm(const Site& site, Visit& v);
Reply submitReportForm(const Site& site, Visit& v);
Reply reworkReportForm(const Site& site, Visit& v);
Reply reviewReportForm(const Site& site, Visit& v);
// pages_audit.cpp
Reply auditPage(const Site& site, Visit& v);
// pages_notifications.cpp
Reply notificationsPage(const Site& site, Visit& v);
Reply markNotificationReadForm(const Site& site, Visit& v);
// pages_accounts.cpp: administrators manage accounts.
Reply usersPage(const Site& site, Visit& v);
Reply createUserForm(const Site& site, Visit& v);
Reply userPage(const Site& site, Visit& v);
Reply changeUserForm(const Site& site, Visit& v);
Reply userActiveForm(const Site& site, Visit& v);
Reply resetUserPasswordForm(const Site& site, Visit& v);
// Lifts the sign-in throttle's locks on the account (app::unlockAccount).
Reply unlockUserForm(const Site& site, Visit& v);
// static_files.cpp
Reply staticFile(const Site& site, Visit& v);

}  // namespace accord::web
