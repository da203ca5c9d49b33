// A declaration a conference is to adopt, its lifecycle and its revisions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/domain/country.h"
#include "accord/domain/enum_names.h"
#include "accord/domain/id.h"
#include "accord/domain/revision.h"

namespace accord::domain {

enum class DeclarationKind { kJointDeclaration, kCommunique, kStatement };
const char* toString(DeclarationKind k);
template <>
const std::vector<const char*>& enumNames<DeclarationKind>();
Result<DeclarationKind> parseDeclarationKind(std::string_view field, std::string_view text);

// drafting → consultation → final → open_for_endorsement → closed; consultation may
// go back to drafting. Nothing leaves closed.
enum class DeclarationStatus { kDrafting, kConsultation, kFinal, kOpenForEndorsement, kClosed };
const char* toString(DeclarationStatus s);
template <>
const std::vector<const char*>& enumNames<DeclarationStatus>();
Result<DeclarationStatus> parseDeclarationStatus(std::string_view field, std::string_view text);
bool isLegalTransition(DeclarationStatus from, DeclarationStatus to);

// Who reads the comments and amendments of a consultation. open: every coordinator
// reads every country's, and monitors read them too; secretariat_only: a
// coordinator reads their own country's and the secretariat's, monitors none.
enum class ConsultationVisibility { kOpen, kSecretariatOnly };
const char* toString(ConsultationVisibility v);
template <>
const std::vector<const char*>& enumNames<ConsultationVisibility>();
Result<ConsultationVisibility> parseConsultationVisibility(std::string_view field, std::string_view text);

struct Declaration {
  DeclarationId id;
  ConferenceId conference;
  std::string title;
  DeclarationKind kind = DeclarationKind::kJointDeclaration;
  std::string baseLanguage = "en";
  // Set on a copy printed in a translation (translated_text.h): the language the
  // text was written in, which baseLanguage then no longer names. An Akoma Ntoso
  // translation points to the original's Expression by it.
  std::string translatedFrom;
  std::vector<CountryCode> invitedCountries;
  DeclarationStatus status = DeclarationStatus::kDrafting;
  std::optional<int> finalRevision;  // set when the text is frozen
  ConsultationVisibility consultationVisibility = ConsultationVisibility::kOpen;
  // The text becomes final only when every language with an authentic version has a
  // verified, complete one of the revision frozen (language_version.h). Off: the
  // secretariat freezes first and verifies the translations after.
  bool finalNeedsAuthenticVersions = true;
  std::vector<Revision> revisions;   // 1..n in order
  long version = 0;

  const Revision* latest() const { return revisions.empty() ? nullptr : &revisions.back(); }
  const Revision* revision(int number) const;
  // The revision shown and rendered when none is asked for: the final one when the
  // text is frozen, else the latest; nullptr when there is none yet.
  const Revision* shownRevision() const;
  bool isInvited(const CountryCode& c) const;
  // The text may change (by cutting a new revision) only while drafting or in consultation.
  bool isEditable() const;

  // Appends `next` as revision latest+1 (its number is set here). Returns
  // kInvalidState unless the declaration is editable, or the text's validation error.
  Status cutRevision(Revision next);

  // Moves the lifecycle on. Freezing (→ final) fixes finalRevision to the latest
  // revision. Returns kInvalidState for an illegal step, when there is no revision
  // to freeze, or (naming "invitedCountries") when leaving drafting with no country invited.
  Status moveTo(DeclarationStatus next);
};

// Normalises the texts of `d` and its revisions in place (see validateText). Returns
// the first rule broken: bad id or text, no invited country past drafting, duplicate invited
// country, revisions not numbered 1..n, finalRevision missing from final on or
// pointing to no revision.
Status normalize(Declaration& d, const std::string& path = "declaration");

// The same for everything but the revisions' texts: for a change to a stored
// declaration, whose revisions are immutable and were checked when written (and
// may be larger than today's limits allow new ones to be).
Status normalizeHeader(Declaration& d, const std::string& path = "declaration");

}  // namespace accord::domain
