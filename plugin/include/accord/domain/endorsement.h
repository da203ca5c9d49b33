// A country's endorsement of a declaration: its status, the final revision it names,
// who signed and how, and every transition as a dated event.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/domain/country.h"
#include "accord/domain/date.h"
#include "accord/domain/declaration.h"
#include "accord/domain/enum_names.h"

namespace accord::domain {

enum class EndorsementStatus {
  kInvited,
  kConsulting,
  kEndorsedAdReferendum,  // signed, subject to confirmation by the capital
  kEndorsed,
  kDeclined,
  kWithdrawn,             // dissociated after endorsing
};
const char* toString(EndorsementStatus s);
template <>
const std::vector<const char*>& enumNames<EndorsementStatus>();
Result<EndorsementStatus> parseEndorsementStatus(std::string_view field, std::string_view text);
// The legal moves:
//   invited    → consulting | endorsed_ad_referendum | endorsed | declined
//   consulting → endorsed_ad_referendum | endorsed | declined
//   endorsed_ad_referendum → endorsed | withdrawn
//   endorsed   → withdrawn
//   declined   → consulting | endorsed_ad_referendum | endorsed   (a country may reconsider)
//   withdrawn  → nothing
bool isLegalTransition(EndorsementStatus from, EndorsementStatus to);
// Endorsed or endorsed ad referendum: the country's signature stands.
bool isSigned(EndorsementStatus s);
// Invited or consulting: the country has not answered yet (pendingEndorsements in
// reminder.h; storage's endorsement_count counts the same).
bool awaitsAnswer(EndorsementStatus s);

enum class EndorsementMethod { kInSession, kWrittenNotification, kNoteVerbale, kEmail };
const char* toString(EndorsementMethod m);
template <>
const std::vector<const char*>& enumNames<EndorsementMethod>();
Result<EndorsementMethod> parseEndorsementMethod(std::string_view field, std::string_view text);

struct Signer {
  std::string name;
  std::string title;
};

// One transition, as it happened.
struct EndorsementEvent {
  Timestamp at;
  std::string actor;  // who recorded it
  EndorsementStatus from = EndorsementStatus::kInvited;
  EndorsementStatus to = EndorsementStatus::kInvited;
  std::optional<EndorsementMethod> method;
  bool onBehalf = false;
  std::string statement;
  std::string evidence;
};

// What a transition request carries.
struct EndorsementAct {
  EndorsementStatus to = EndorsementStatus::kConsulting;
  std::optional<int> revision;  // must be the final revision when given
  std::optional<Date> date;
  std::string place;
  std::optional<Signer> signer;
  std::optional<EndorsementMethod> method;
  bool onBehalf = false;        // recorded by the secretariat for the country
  std::string statement;        // interpretative statement
  std::string evidence;         // reference to a note verbale, letter, e-mail
  // The earlier day it really happened, when entered later (the secretariat's,
  // see app::happenedAt): the event is recorded as of that day.
  std::optional<Date> happenedOn;
};

struct Endorsement {
  DeclarationId declaration;
  CountryCode country;
  EndorsementStatus status = EndorsementStatus::kInvited;
  std::optional<int> revision;  // the final revision endorsed
  std::optional<Date> date;
  std::string place;
  std::optional<Signer> signer;
  std::optional<EndorsementMethod> method;
  bool onBehalf = false;
  std::string recordedBy;       // set when onBehalf
  std::string statement;
  std::string evidence;
  std::vector<EndorsementEvent> history;  // oldest first
  long version = 0;

  // Moves the endorsement as `act` says, recording an event by `actor` at `at`.
  // Returns kInvalidArgument naming the field for bad text or a missing signer,
  // date or method where the target status needs them, or a date after `at`;
  // kInvalidState for an illegal transition, a country not invited, a declaration
  // not open for endorsement (consulting is allowed from consultation on;
  // withdrawing also after closing), or a revision other than the final one.
  // On failure the endorsement is unchanged. The act's texts are kept normalised
  // (see validateText).
  Status apply(const Declaration& d, EndorsementAct act, const std::string& actor,
               Timestamp at);
};

// A fresh endorsement for an invited country.
Endorsement invitation(const Declaration& d, const CountryCode& country);

// Normalises the texts of `e` and its history in place (see validateText). Returns the
// first rule a stored endorsement breaks (used when loading bundles): bad text,
// status/revision mismatch, a history that is not a legal chain from invited to the
// current status.
Status normalize(Endorsement& e, const Declaration& d, const std::string& path);

}  // namespace accord::domain
