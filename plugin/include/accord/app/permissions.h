// What one person may do with one declaration or one assignment, as the pages
// offer it: built on authorize() and the records' states, so that a page never
// re-derives from roles who may do what, and never offers what the use case
// would refuse.
#pragma once

#include <optional>
#include <vector>

#include "accord/domain/actor.h"
#include "accord/domain/assignment.h"
#include "accord/domain/declaration.h"
#include "accord/domain/progress_report.h"
#include "accord/domain/result.h"

namespace accord::app {

struct DeclarationPermissions {
  bool editText = false;  // cut a new revision: the secretariat, while editable
  // Why editText is false, to be said to the person: kForbidden when they are not
  // the secretariat, kInvalidState when the text can no longer change. Ok when
  // editText is true.
  domain::Status whyNotEditText;
  std::vector<domain::DeclarationStatus> steps;  // lifecycle moves offered: the secretariat, legal ones only
  bool invite = false;    // invite another country: the secretariat, until the declaration is closed
  // Uninvite a country: the secretariat, before the declaration opens for
  // endorsement (nothing can be recorded for a country before then).
  bool uninvite = false;
  bool endorseOwnCountry = false;                // a coordinator of an invited country, while open for endorsement
  // Endorsements may still move: open for endorsement, or closed (a withdrawal
  // stays possible after endorsing). Whoever the actor is.
  bool endorsementsOpen = false;
  // The invited countries whose endorsement the actor may move now (open for
  // endorsement, or closed for a withdrawal): their own as a coordinator, every
  // one on behalf as the secretariat.
  std::vector<domain::CountryCode> endorsesFor;
  // The secretariat records an endorsement only on behalf of a country (and must
  // say so); everyone else acts in their own name.
  bool recordsOnBehalf = false;
  // The country the actor endorses for in their own name (a coordinator's), shown
  // to them as "your country"; empty for everyone else.
  std::optional<domain::CountryCode> ownCountry;

  bool mayEndorseFor(const domain::CountryCode& c) const;
  bool isOwnCountry(const domain::CountryCode& c) const { return ownCountry == c; }
};

// Whether `actor` records endorsements on behalf of countries (the secretariat)
// rather than in their own name: a matter of role alone, so that a form can say
// it without loading the declaration. DeclarationPermissions carries the same.
bool recordsOnBehalf(const domain::Actor& actor);

// Never fails: what may not be done is false or empty.
DeclarationPermissions permissionsFor(const domain::Actor& actor, const domain::Declaration& d);

// What one person may do with conferences as the pages offer it.
struct ConferencePermissions {
  bool manage = false;             // create and edit conferences and their delegations
  bool createDeclaration = false;  // start a declaration of a conference
};

// Never fails: what may not be done is false.
ConferencePermissions conferencePermissionsFor(const domain::Actor& actor);

struct AssignmentPermissions {
  bool decide = false;  // accept or decline: the country's coordinator, while proposed
  // Move implementation on: the country's coordinator, once accepted, to the
  // statuses legal from here (in the order offered); false when there is none.
  bool moveImplementation = false;
  std::vector<domain::ImplementationStatus> nextStatuses;
  bool assess = false;         // a monitor, unless the commitment was declined
  bool draftReport = false;    // the country's coordinator, once the commitment is accepted
  // Enter a report the country made on an earlier day (app::recordPastReport): the
  // secretariat (Action::kRecordPast), once the commitment is accepted.
  bool recordPastReport = false;
  // Set the country's milestone states and record indicator measurements: the
  // country's coordinator, once the commitment is accepted.
  bool trackProgress = false;
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

}  // namespace accord::app
