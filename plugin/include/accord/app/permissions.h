// What one person may do with one declaration or one assignment, as the pages
// offer it: built on authorize() and the records' states, so that a page never
// re-derives from roles who may do what, and never offers what the use case
// would refuse.
#pragma once

#include <vector>

#include "accord/domain/actor.h"
#include "accord/domain/assignment.h"
#include "accord/domain/declaration.h"
#include "accord/domain/progress_report.h"

namespace accord::app {

struct DeclarationPermissions {
  bool editText = false;                         // cut a new revision: the secretariat, while editable
  std::vector<domain::DeclarationStatus> steps;  // lifecycle moves offered: the secretariat, legal ones only
  bool endorseOwnCountry = false;                // a coordinator of an invited country, while open for endorsement
  // The invited countries whose endorsement the actor may move now (open for
  // endorsement, or closed for a withdrawal): their own as a coordinator, every
  // one on behalf as the secretariat.
  std::vector<domain::CountryCode> endorsesFor;
  bool recordsOnBehalf = false;   // the secretariat's endorsements are recorded on behalf of the country
  bool defineCommitments = false;  // the secretariat
  bool readAudit = false;          // admins, the secretariat and monitors

  bool mayEndorseFor(const domain::CountryCode& c) const;
};

// Never fails: what may not be done is false or empty.
DeclarationPermissions permissionsFor(const domain::Actor& actor, const domain::Declaration& d);

struct AssignmentPermissions {
  bool decide = false;  // accept or decline: the country's coordinator, while proposed
  // Move implementation on: the country's coordinator, once accepted, to the
  // statuses legal from here (in the order offered); false when there is none.
  bool moveImplementation = false;
  std::vector<domain::ImplementationStatus> nextStatuses;
  bool assess = false;         // a monitor, unless the commitment was declined
  bool writeReports = false;   // the country's coordinator: rework and submit its reports
  bool draftReport = false;    // the same, once the commitment is accepted
  bool reviewReports = false;  // a monitor: validate or return submitted reports
  bool readAudit = false;
};

AssignmentPermissions permissionsFor(const domain::Actor& actor, const domain::Assignment& a);

// What may be done with one report now, exactly as app::changeReport would allow it.
struct ReportPermissions {
  bool rework = false;    // the country's coordinator, while draft or returned
  bool submit = false;    // the same
  bool validate = false;  // a monitor, while submitted
  bool giveBack = false;  // return it with a reason: a monitor, while submitted
};

// Never fails: all false for a report that is not one of `a`'s.
ReportPermissions permissionsFor(const domain::Actor& actor, const domain::Assignment& a,
                                 const domain::ProgressReport& r);

// The secretariat records an endorsement only on behalf of a country (and must say
// so); everyone else acts in their own name.
bool recordsOnBehalf(const domain::Actor& actor);

}  // namespace accord::app
