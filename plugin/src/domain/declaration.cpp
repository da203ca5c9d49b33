#include "accord/domain/declaration.h"

#include <algorithm>
#include <set>

#include "accord/domain/enum_names.h"
#include "checks.h"

namespace accord::domain {
namespace {
const std::pair<DeclarationKind, const char*> kKinds[] = {
    {DeclarationKind::kJointDeclaration, "joint_declaration"},
    {DeclarationKind::kCommunique, "communique"},
    {DeclarationKind::kStatement, "statement"},
};
const std::pair<DeclarationStatus, const char*> kStatuses[] = {
    {DeclarationStatus::kDrafting, "drafting"},
    {DeclarationStatus::kConsultation, "consultation"},
    {DeclarationStatus::kFinal, "final"},
    {DeclarationStatus::kOpenForEndorsement, "open_for_endorsement"},
    {DeclarationStatus::kClosed, "closed"},
};
}  // namespace

const char* toString(DeclarationKind k) { return enumName(kKinds, k); }
template <>
const std::vector<const char*>& enumNames<DeclarationKind>() {
  static const auto names = enumNameList(kKinds);
  return names;
}
Result<DeclarationKind> parseDeclarationKind(std::string_view field, std::string_view text) {
  return parseEnum(kKinds, field, text);
}
const char* toString(DeclarationStatus s) { return enumName(kStatuses, s); }
template <>
const std::vector<const char*>& enumNames<DeclarationStatus>() {
  static const auto names = enumNameList(kStatuses);
  return names;
}
Result<DeclarationStatus> parseDeclarationStatus(std::string_view field, std::string_view text) {
  return parseEnum(kStatuses, field, text);
}

namespace {
const std::pair<ConsultationVisibility, const char*> kVisibilities[] = {
    {ConsultationVisibility::kOpen, "open"}, {ConsultationVisibility::kSecretariatOnly, "secretariat_only"}};
}  // namespace

const char* toString(ConsultationVisibility v) { return enumName(kVisibilities, v); }
template <>
const std::vector<const char*>& enumNames<ConsultationVisibility>() {
  static const auto names = enumNameList(kVisibilities);
  return names;
}
Result<ConsultationVisibility> parseConsultationVisibility(std::string_view field, std::string_view text) {
  return parseEnum(kVisibilities, field, text);
}

bool isLegalTransition(DeclarationStatus from, DeclarationStatus to) {
  using S = DeclarationStatus;
  switch (from) {
    case S::kDrafting: return to == S::kConsultation;
    case S::kConsultation: return to == S::kDrafting || to == S::kFinal;
    case S::kFinal: return to == S::kOpenForEndorsement;
    case S::kOpenForEndorsement: return to == S::kClosed;
    case S::kClosed: return false;
  }
  return false;
}

const Revision* Declaration::revision(int number) const {
  // By number, not position: a reader may hold only some of the revisions (a
  // viewer has the final one), still in order.
  auto it = std::lower_bound(revisions.begin(), revisions.end(), number,
                             [](const Revision& r, int n) { return r.number < n; });
  return it != revisions.end() && it->number == number ? &*it : nullptr;
}

const Revision* Declaration::shownRevision() const {
  if (finalRevision)
    if (const Revision* r = revision(*finalRevision)) return r;
  return latest();
}

bool Declaration::isInvited(const CountryCode& c) const {
  return std::find(invitedCountries.begin(), invitedCountries.end(), c) != invitedCountries.end();
}

bool Declaration::isEditable() const {
  return status == DeclarationStatus::kDrafting || status == DeclarationStatus::kConsultation;
}

Status Declaration::cutRevision(Revision next) {
  if (!isEditable())
    return Error::state("the text of a declaration that is " + std::string(toString(status)) +
                        " is frozen; only drafting or consultation texts take new revisions");
  next.number = static_cast<int>(revisions.size()) + 1;
  if (Status s = normalize(next); !s.ok()) return s;
  revisions.push_back(std::move(next));
  return {};
}

Status Declaration::moveTo(DeclarationStatus next) {
  if (!isLegalTransition(status, next))
    return Error::state("a declaration cannot go from " + std::string(toString(status)) + " to " +
                            toString(next),
                        "status");
  if (next != DeclarationStatus::kDrafting && invitedCountries.empty())
    return Error::state("invite at least one country before the declaration goes to " + std::string(toString(next)),
                        "invitedCountries");
  if (next == DeclarationStatus::kFinal) {
    if (revisions.empty()) return Error::state("there is no revision to freeze as the final text", "status");
    finalRevision = latest()->number;
  }
  if (next == DeclarationStatus::kDrafting) finalRevision.reset();
  status = next;
  return {};
}

Status normalizeHeader(Declaration& d, const std::string& path) {
  Checks checks;
  checks.id(path + ".id", d.id.str())
      .id(path + ".conference", d.conference.str())
      .text(path + ".title", d.title, text_rules::kName)
      .that(d.baseLanguage.size() == 2, path + ".baseLanguage", "must be a two-letter language code such as 'en'")
      // While drafting the secretariat may not yet know who is invited; the text goes
      // out to countries from consultation on, so from then there must be one.
      .that(!d.invitedCountries.empty() || d.status == DeclarationStatus::kDrafting, path + ".invitedCountries",
            "must name at least one country once the declaration is " + std::string(toString(d.status)));
  std::set<CountryCode> seen;
  for (std::size_t i = 0; i < d.invitedCountries.size(); ++i)
    checks.that(seen.insert(d.invitedCountries[i]).second, path + ".invitedCountries[" + std::to_string(i) + "]",
                "invites " + d.invitedCountries[i].str() + " twice");
  bool frozen = d.status == DeclarationStatus::kFinal || d.status == DeclarationStatus::kOpenForEndorsement ||
                d.status == DeclarationStatus::kClosed;
  checks.that(!frozen || d.finalRevision.has_value(), path + ".finalRevision",
              "is required once the declaration is " + std::string(toString(d.status)))
      .that(frozen || !d.finalRevision.has_value(), path + ".finalRevision",
            "must be empty while the declaration is " + std::string(toString(d.status)))
      .that(!d.finalRevision || d.revision(*d.finalRevision) != nullptr, path + ".finalRevision",
            "names a revision that does not exist")
      .that(!d.finalRevision || *d.finalRevision == static_cast<int>(d.revisions.size()), path + ".finalRevision",
            "must be the latest revision: nothing is cut after the text is frozen");
  return checks.status();
}

Status normalize(Declaration& d, const std::string& path) {
  Checks checks;
  for (std::size_t i = 0; i < d.revisions.size(); ++i) {
    std::string at = path + ".revisions[" + std::to_string(i) + "]";
    checks.that(d.revisions[i].number == static_cast<int>(i) + 1, at + ".number",
                "must be " + std::to_string(i + 1) + ": revisions are numbered 1, 2, ... in order");
    checks.also(normalize(d.revisions[i], at));
  }
  checks.also(normalizeHeader(d, path));
  return checks.status();
}

}  // namespace accord::domain
