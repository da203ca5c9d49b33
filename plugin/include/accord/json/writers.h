// One writer per record: how a conference, a declaration, a revision, an
// endorsement, a commitment, an assignment or a progress report is spelled in
// JSON, shared by the bundle file, the API bodies and the audit snapshots (the
// readers are in records.h). Keys come out in a fixed order, so the same record
// always gives the same text: the audit chain hashes it.
#pragma once

#include <functional>
#include <optional>

#include "accord/base/json_writer.h"
#include "accord/domain/account.h"
#include "accord/domain/dossier.h"
#include "accord/domain/notification.h"

namespace accord::json {

using base::JsonWriter;

// What a record's object carries besides its own fields. A bundle nests records
// under their parents and keeps no versions; an API body and an audit snapshot
// stand alone, so they name the parent (a revision's declaration, a commitment's
// declaration, an assignment's commitment, a report's commitment and country) and
// carry the version that is also the ETag.
// The bundle's schema also spells an unset optional name (a place, an acronym, a
// reviewer) as null, where the API's document has an empty string.
struct Include {
  bool parent = false;
  bool version = false;
  bool nullForEmpty = false;
};
// The bundle.
inline constexpr Include kNested = [] {
  Include i;
  i.nullForEmpty = true;
  return i;
}();
// The API and the audit trail.
inline constexpr Include kStandalone = [] {
  Include i;
  i.parent = true;
  i.version = true;
  return i;
}();

// Members a user of a writer adds to the record's object (the bundle's nested
// records, the API's derived fields); they come after the record's own fields and
// before its version.
using Members = std::function<void(JsonWriter&)>;

// A country as the bundle stores it, or with `shown` as the API's catalog shows
// it (the display name resolved, and whether the code is user-defined).
void writeCountry(JsonWriter& w, const domain::Country& c, bool shown);
// Organizations and people: the bundle's directory and the API's directory entries.
void writeOrganization(JsonWriter& w, const domain::Organization& o);
void writePerson(JsonWriter& w, const domain::Person& p);

void writeDelegation(JsonWriter& w, const domain::Delegation& d, const Members& more = {});
void writeConference(JsonWriter& w, const domain::Conference& c, Include include, const Members& more = {});

// The declaration's header: lifecycle and invitations, without revision texts.
void writeDeclaration(JsonWriter& w, const domain::Declaration& d, Include include, const Members& more = {});
// A revision's number, author, time and note, without its text.
void writeRevisionSummary(JsonWriter& w, const domain::Revision& r);
// One revision in full; `declaration` is named when given.
void writeRevision(JsonWriter& w, const domain::Revision& r, const domain::DeclarationId* declaration = nullptr);

void writeEndorsement(JsonWriter& w, const domain::Endorsement& e, Include include);
// Members of an endorsement's object, for views that show an endorsement beside
// other data (the endorsement status view's rows), so that its date, signer and
// method are spelled in one place: "date" (ISO or null), "signer" ({"name",
// "title"} or null) and "method" (its name or null).
void writeEndorsementDate(JsonWriter& w, const std::optional<domain::Date>& date);
void writeSigner(JsonWriter& w, const std::optional<domain::Signer>& signer, Include include);
void writeMethod(JsonWriter& w, const std::optional<domain::EndorsementMethod>& method);

void writeCommitment(JsonWriter& w, const domain::Commitment& c, Include include, const Members& more = {});
void writeAssignment(JsonWriter& w, const domain::Assignment& a, Include include, const Members& more = {});
void writeReport(JsonWriter& w, const domain::ProgressReport& r, Include include);

// An account as the API and the audit trail show it: every field but the
// password hash.
void writeAccount(JsonWriter& w, const domain::Account& a);
// Who a session speaks for: the name, display name, role and country of the
// account, as the sign-in answer and "who am I" show it.
void writeAccountSummary(JsonWriter& w, const domain::Account& a);
// A notification, for its recipient (and administrators, for the failed ones).
void writeNotification(JsonWriter& w, const domain::Notification& n);

// `write(w, record)` as compact text: the form an audit snapshot keeps.
template <class F>
std::string toText(F write) {
  JsonWriter w;
  write(w);
  return w.str();
}

}  // namespace accord::json
