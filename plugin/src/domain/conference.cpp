#include "accord/domain/conference.h"

#include <set>

#include "accord/domain/enum_names.h"
#include "checks.h"

namespace accord::domain {
namespace {
const std::pair<ConferenceStatus, const char*> kStatuses[] = {
    {ConferenceStatus::kPlanned, "planned"},
    {ConferenceStatus::kOngoing, "ongoing"},
    {ConferenceStatus::kConcluded, "concluded"},
};
const std::pair<DelegateRole, const char*> kRoles[] = {
    {DelegateRole::kHeadOfDelegation, "head_of_delegation"},
    {DelegateRole::kNationalCoordinator, "national_coordinator"},
    {DelegateRole::kExpert, "expert"},
    {DelegateRole::kObserver, "observer"},
};
}  // namespace

const char* toString(ConferenceStatus s) { return enumName(kStatuses, s); }
template <>
const std::vector<const char*>& enumNames<ConferenceStatus>() {
  static const auto names = enumNameList(kStatuses);
  return names;
}
Result<ConferenceStatus> parseConferenceStatus(std::string_view field, std::string_view text) {
  return parseEnum(kStatuses, field, text);
}
const char* toString(DelegateRole r) { return enumName(kRoles, r); }
template <>
const std::vector<const char*>& enumNames<DelegateRole>() {
  static const auto names = enumNameList(kRoles);
  return names;
}
Result<DelegateRole> parseDelegateRole(std::string_view field, std::string_view text) {
  return parseEnum(kRoles, field, text);
}

const Delegation* Conference::delegation(const CountryCode& c) const {
  for (const auto& d : delegations)
    if (d.country == c) return &d;
  return nullptr;
}

Status normalize(Conference& c, const std::string& path) {
  Checks checks;
  checks.id(path + ".id", c.id.str())
      .text(path + ".title", c.title, text_rules::kName)
      .text(path + ".city", c.city, text_rules::kName)
      .text(path + ".venue", c.venue, text_rules::kOptionalName)
      .that(c.startDate <= c.endDate, path + ".endDate", "must not be before the start date");
  for (std::size_t i = 0; i < c.languages.size(); ++i)
    checks.that(isLanguageCode(c.languages[i]), path + ".languages[" + std::to_string(i) + "]",
                "must be a two-letter ISO 639-1 language code such as 'en'");
  for (std::size_t i = 0; i < c.speakers.size(); ++i)
    checks.text(path + ".speakers[" + std::to_string(i) + "].role", c.speakers[i].role, text_rules::kOptionalName);
  std::set<CountryCode> seen;
  for (std::size_t i = 0; i < c.delegations.size(); ++i)
    checks.that(seen.insert(c.delegations[i].country).second, path + ".delegations[" + std::to_string(i) + "].country",
                "has a second delegation for " + c.delegations[i].country.str());
  std::set<std::string> sessionIds;
  for (std::size_t i = 0; i < c.sessions.size(); ++i) {
    const std::string at = path + ".sessions[" + std::to_string(i) + "]";
    checks.also(normalize(c.sessions[i], c.startDate, c.endDate, at))
        .that(sessionIds.insert(c.sessions[i].id).second, at + ".id", "repeats the session id '" + c.sessions[i].id + "'");
  }
  if (checks.ok()) sortAgenda(c.sessions);
  return checks.status();
}

}  // namespace accord::domain
