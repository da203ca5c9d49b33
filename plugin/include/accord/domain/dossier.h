// Everything recorded about one conference: the unit a bundle file holds, that
// renderers read and that storage imports and exports.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/amendment.h"
#include "accord/domain/assignment.h"
#include "accord/domain/commitment.h"
#include "accord/domain/conference.h"
#include "accord/domain/country.h"
#include "accord/domain/declaration.h"
#include "accord/domain/endorsement.h"
#include "accord/domain/language_version.h"
#include "accord/domain/party.h"
#include "accord/domain/progress_report.h"

namespace accord::domain {

struct Dossier {
  std::string illustrative;             // a note when the content is illustrative
  std::vector<Country> countries;       // additions to / overrides of the reference list
  std::vector<Organization> organizations;
  std::vector<Person> people;
  Conference conference;
  std::vector<Declaration> declarations;
  std::vector<Endorsement> endorsements;  // all declarations'
  std::vector<Commitment> commitments;    // all declarations'
  std::vector<Assignment> assignments;
  std::vector<ProgressReport> reports;
  std::vector<Comment> comments;      // all declarations' consultations
  std::vector<Amendment> amendments;
  std::vector<LanguageVersion> languageVersions;  // all declarations' translations

  // Lookups; nullptr when absent.
  const Declaration* declaration(const DeclarationId& id) const;
  const Commitment* commitment(const CommitmentId& id) const;
  const Person* person(const PersonId& id) const;
  const Organization* organization(const OrganizationId& id) const;
  const Endorsement* endorsement(const DeclarationId& d, const CountryCode& c) const;
  const Assignment* assignment(const CommitmentId& c, const CountryCode& country) const;

  // Filtered views, in stored order.
  std::vector<const Endorsement*> endorsementsOf(const DeclarationId& d) const;
  std::vector<const Commitment*> commitmentsOf(const DeclarationId& d) const;
  std::vector<const Assignment*> assignmentsOf(const CommitmentId& c) const;
  std::vector<const ProgressReport*> reportsOf(const CommitmentId& c, const CountryCode& country) const;
  std::vector<const Comment*> commentsOf(const DeclarationId& d) const;
  std::vector<const Amendment*> amendmentsOf(const DeclarationId& d) const;
  std::vector<const LanguageVersion*> languageVersionsOf(const DeclarationId& d) const;
};

// The reference catalog plus the dossier's own countries: a country the reference
// lacks (or marks as user-defined) stays user-defined whatever the dossier says.
CountryCatalog catalogFor(const Dossier& dossier, const CountryCatalog& reference);

// Checks every record and every reference between records (ids exist and are
// unique, countries are in `catalog` after adding the dossier's own, endorsements
// belong to invited countries, ...). Returns all problems found, not just the
// first, each naming its field path; empty when the dossier is sound. Every record's
// texts are normalised in place on the way (see validateText).
std::vector<Error> normalize(Dossier& d, const CountryCatalog& catalog);

}  // namespace accord::domain
