// The two views people ask for most: where endorsement stands, country by country,
// and the implementation matrix of commitments × countries.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "accord/domain/dossier.h"

namespace accord::domain {

struct EndorsementRow {
  CountryCode country;
  const Endorsement* endorsement;  // nullptr: invited, nothing recorded yet
  EndorsementStatus status() const {
    return endorsement ? endorsement->status : EndorsementStatus::kInvited;
  }
};

struct EndorsementTally {
  std::vector<EndorsementRow> rows;                 // one per invited country, invitation order
  std::map<EndorsementStatus, std::size_t> counts;  // every status present, zero included
  std::size_t invited = 0;
  std::size_t signedCount = 0;  // endorsed + endorsed ad referendum
};

// Returns the tally of `declaration`'s invited countries; endorsements of other
// declarations are ignored.
EndorsementTally tallyEndorsements(const Dossier& d, const Declaration& declaration);

struct MatrixCell {
  const Commitment* commitment;
  CountryCode country;
  const Assignment* assignment;           // nullptr: applies but not yet assigned
  std::optional<Timeliness> timeliness;   // derived against the clock's today
  const ProgressReport* latestReport;     // the latest by period end, or nullptr
};

struct ImplementationMatrix {
  std::vector<const Commitment*> commitments;  // rows
  std::vector<CountryCode> countries;          // columns: union of applicable countries
  std::vector<MatrixCell> cells;               // only where a commitment applies
  std::size_t overdue = 0;
};

// Builds the matrix of `declaration` as of `today`, in one pass over the dossier.
ImplementationMatrix implementationMatrix(const Dossier& d, const Declaration& declaration,
                                          Date today);

}  // namespace accord::domain
