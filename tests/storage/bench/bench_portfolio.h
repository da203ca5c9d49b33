// The portfolio-scale data set: an organization's years of work on one server.
// At scale 1: 60 conferences of 5 declarations each (300), 57 invited countries,
// 20,000 commitments each assigned to 50 of them (1,000,000 assignments), 5
// progress reports per assignment (5,000,000) and 2,000,000 audit events. A scale
// below 1 shrinks the commitments (at least one per declaration) and the audit
// events; the conferences, declarations and countries stay.
#pragma once

#include <cstddef>
#include <functional>

#include "accord/domain/dossier.h"

namespace accord::bench {

struct PortfolioShape {
  int conferences = 60;
  int declarationsPerConference = 5;
  std::size_t countries = 57;
  int commitmentsPerDeclaration = 67;  // 20,100 in all, the nearest to 20,000
  std::size_t countriesPerCommitment = 50;
  int reportsPerAssignment = 5;
  long auditEvents = 2000000;
};

// The shape at `scale` (0 < scale <= 1).
PortfolioShape portfolioShape(double scale);

// Builds conference `index` (0-based) of the portfolio: one dossier, ready to import.
domain::Dossier portfolioConference(const domain::CountryCatalog& reference, const PortfolioShape& shape, int index);

}  // namespace accord::bench
