#include "accord/domain/tally.h"

#include <unordered_map>
#include <unordered_set>

namespace accord::domain {
namespace {
std::string key(const CommitmentId& c, const CountryCode& country) { return c.str() + '|' + country.str(); }
}  // namespace

EndorsementTally tallyEndorsements(const Dossier& d, const Declaration& declaration) {
  std::unordered_map<std::string, const Endorsement*> byCountry;
  for (const auto& e : d.endorsements)
    if (e.declaration == declaration.id) byCountry[e.country.str()] = &e;

  EndorsementTally t;
  for (auto s : {EndorsementStatus::kInvited, EndorsementStatus::kConsulting, EndorsementStatus::kEndorsedAdReferendum,
                 EndorsementStatus::kEndorsed, EndorsementStatus::kDeclined, EndorsementStatus::kWithdrawn})
    t.counts[s] = 0;
  for (const auto& country : declaration.invitedCountries) {
    auto it = byCountry.find(country.str());
    EndorsementRow row{country, it == byCountry.end() ? nullptr : it->second};
    ++t.counts[row.status()];
    if (isSigned(row.status())) ++t.signedCount;
    t.rows.push_back(row);
  }
  t.invited = t.rows.size();
  return t;
}

ImplementationMatrix implementationMatrix(const Dossier& d, const Declaration& declaration, Date today) {
  ImplementationMatrix m;
  std::unordered_set<std::string> applicable;
  for (const auto& c : d.commitments)
    if (c.declaration == declaration.id) {
      m.commitments.push_back(&c);
      for (const auto& country : c.countries) applicable.insert(country.str());
    }
  for (const auto& country : declaration.invitedCountries)
    if (applicable.count(country.str())) m.countries.push_back(country);

  std::unordered_map<std::string, const Assignment*> assignments;
  for (const auto& a : d.assignments) assignments[key(a.commitment, a.country)] = &a;
  std::unordered_map<std::string, const ProgressReport*> latest;
  for (const auto& r : d.reports) {
    auto& slot = latest[key(r.commitment, r.country)];
    if (!slot || slot->periodEnd <= r.periodEnd) slot = &r;
  }

  for (const Commitment* c : m.commitments)
    for (const auto& country : c->countries) {
      std::string k = key(c->id, country);
      auto a = assignments.find(k);
      auto r = latest.find(k);
      MatrixCell cell{c, country, a == assignments.end() ? nullptr : a->second, std::nullopt,
                      r == latest.end() ? nullptr : r->second};
      if (cell.assignment) cell.timeliness = timeliness(*cell.assignment, *c, today);
      if (cell.timeliness == Timeliness::kOverdue) ++m.overdue;
      m.cells.push_back(cell);
    }
  return m;
}

}  // namespace accord::domain
