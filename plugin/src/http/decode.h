// Request bodies as domain values. Every problem is collected with the path of
// the offending field inside the body ("signer.name", "operative[2].items[0].text"):
// wrong types, unknown fields, missing fields, bad enums, dates, country codes
// and text the domain refuses (forbidden characters, lengths).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "accord/app/account_use_cases.h"
#include "accord/app/commitment_use_cases.h"
#include "accord/app/declaration_use_cases.h"
#include "accord/app/language_version_use_cases.h"
#include "accord/app/report_use_cases.h"
#include "accord/app/repositories.h"
#include "accord/domain/dossier.h"

namespace accord::http::decode {

template <class T>
struct Decoded {
  T value{};
  std::vector<domain::Error> errors;
  bool ok() const { return errors.empty(); }
};

struct NewConference {
  domain::Conference conference;
  app::Directory directory;  // people, organizations and country overrides it refers to
};
Decoded<NewConference> newConference(Poco::JSON::Object::Ptr body);
// Applies the fields present in `body` to `current` (a JSON merge patch); the id
// and version cannot change.
Decoded<domain::Conference> conferencePatch(Poco::JSON::Object::Ptr body, domain::Conference current);
Decoded<domain::Delegation> delegation(Poco::JSON::Object::Ptr body);

// The conference comes from the body or, failing that, from `conference`.
Decoded<domain::Declaration> newDeclaration(Poco::JSON::Object::Ptr body,
                                            const std::optional<std::string>& conference);
Decoded<app::DeclarationChange> declarationPatch(Poco::JSON::Object::Ptr body);
// The text of the next revision (its number, author and time are the server's)
// and the accepted amendments it incorporates ("incorporate": [numbers]).
struct NewRevision {
  domain::Revision text;
  std::vector<int> incorporate;
  std::optional<domain::Date> happenedOn;  // the secretariat's earlier day, if any
};
Decoded<NewRevision> newRevision(Poco::JSON::Object::Ptr body);
// A comment or a reply on a revision; `country`, when the body names one, is
// checked by the use case against the actor's.
struct NewComment {
  domain::Comment comment;
  std::optional<domain::CountryCode> country;
};
Decoded<NewComment> newComment(Poco::JSON::Object::Ptr body);
struct NewAmendment {
  domain::Amendment amendment;
  std::optional<domain::CountryCode> country;
};
Decoded<NewAmendment> newAmendment(Poco::JSON::Object::Ptr body);
// {"state": "accepted|rejected|withdrawn", "reason": "..."} (a reason to reject).
struct AmendmentDecision {
  domain::AmendmentState state = domain::AmendmentState::kProposed;
  std::string reason;
};
Decoded<AmendmentDecision> amendmentDecision(Poco::JSON::Object::Ptr body);

Decoded<domain::EndorsementAct> endorsementAct(Poco::JSON::Object::Ptr body);

Decoded<domain::Commitment> newCommitment(Poco::JSON::Object::Ptr body, const domain::DeclarationId& d);
// Applies the fields present in `body` to `current` (a JSON merge patch).
Decoded<domain::Commitment> commitmentPatch(Poco::JSON::Object::Ptr body, domain::Commitment current);

// The use case's own shape: the body names what to change, the use case decides.
using AssignmentChange = app::AssignmentChange;
Decoded<AssignmentChange> assignmentChange(Poco::JSON::Object::Ptr body);
// {"state": "pending|done|missed|dropped"}: a country's state of one milestone.
Decoded<domain::MilestoneState> milestoneChange(Poco::JSON::Object::Ptr body);
// {"indicator", "value", "date", "source"}: who records it is the server's.
Decoded<domain::Measurement> newMeasurement(Poco::JSON::Object::Ptr body);

// With `happenedOn`, the body may carry the secretariat's "happenedOn" (a report
// entered later, see app::recordPastReport); without, that key is unknown.
Decoded<domain::ProgressReport> newReport(Poco::JSON::Object::Ptr body, const domain::CommitmentId& c,
                                          const domain::CountryCode& country,
                                          std::optional<domain::Date>* happenedOn = nullptr);
// The use case's own shape: the body either moves the report (state, with a
// reason when returning) or reworks what the country wrote, never both.
using ReportChange = app::ReportChange;
Decoded<ReportChange> reportChange(Poco::JSON::Object::Ptr body);

struct SignIn {
  std::string user;
  std::string password;
};
Decoded<SignIn> signIn(Poco::JSON::Object::Ptr body);
// A password is taken as sent (no trimming or normalization: it is a secret,
// not text); without one, `password` stays empty and the server makes one up.
Decoded<app::NewAccount> newAccount(Poco::JSON::Object::Ptr body);
Decoded<app::AccountChange> accountChange(Poco::JSON::Object::Ptr body);
// {} (the server makes one up) or {"password": "..."}.
Decoded<std::optional<std::string>> passwordReset(Poco::JSON::Object::Ptr body);
// A person's own preferences: {"language": "fr"} (null or "": none, English) and/or
// {"notifications": {"reports": {"email": true, "timing": "digest"}}}; what is
// absent stays. Errors name the field ("$.notifications.reports.timing").
Decoded<app::PreferenceChange> preferences(Poco::JSON::Object::Ptr body);

// What a translator sends for a language version (translator, authentic, units,
// closingFormula); the server's fields are refused.
Decoded<app::LanguageVersionChange> languageVersionChange(Poco::JSON::Object::Ptr body);

// "conference.endDate" -> "endDate": the domain names fields from its own root,
// a request body is that root.
domain::Error relative(domain::Error e, const std::string& root);

}  // namespace accord::http::decode
