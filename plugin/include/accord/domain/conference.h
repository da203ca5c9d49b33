// A conference: where and when, who organized it, and the national delegations.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/agenda.h"
#include "accord/domain/country.h"
#include "accord/domain/date.h"
#include "accord/domain/enum_names.h"
#include "accord/domain/id.h"

namespace accord::domain {

enum class ConferenceStatus { kPlanned, kOngoing, kConcluded };
const char* toString(ConferenceStatus s);
template <>
const std::vector<const char*>& enumNames<ConferenceStatus>();
Result<ConferenceStatus> parseConferenceStatus(std::string_view field, std::string_view text);

enum class DelegateRole { kHeadOfDelegation, kNationalCoordinator, kExpert, kObserver };
const char* toString(DelegateRole r);
template <>
const std::vector<const char*>& enumNames<DelegateRole>();
Result<DelegateRole> parseDelegateRole(std::string_view field, std::string_view text);

struct DelegationMember {
  PersonId person;
  DelegateRole role = DelegateRole::kExpert;
};

struct Delegation {
  CountryCode country;
  std::vector<DelegationMember> members;
};

struct Speaker {
  PersonId person;
  std::string role;  // "Opening remarks"
};

struct Conference {
  ConferenceId id;
  std::string title;
  std::string city;
  std::string venue;
  Date startDate;
  Date endDate;
  std::vector<OrganizationId> organizers;
  std::vector<std::string> languages;  // ISO 639-1
  ConferenceStatus status = ConferenceStatus::kPlanned;
  std::vector<Speaker> speakers;
  std::vector<Delegation> delegations;  // at most one per country
  std::vector<AgendaSession> sessions;  // the agenda, in order of day and time (normalize sorts it)
  long version = 0;                     // optimistic concurrency, kept by storage

  const Delegation* delegation(const CountryCode& c) const;
};

// Normalises the texts of `c` in place (see validateText). Returns the first rule the
// conference breaks: bad text, end before start, a country with two delegations, a
// bad language code, a session that breaks its rules (agenda.h) or repeats an id.
// Sorts the agenda. Fields are named under `path`.
Status normalize(Conference& c, const std::string& path = "conference");

}  // namespace accord::domain
