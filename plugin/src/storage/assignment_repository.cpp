#include "assignment_repository.h"

#include <map>

#include "codec.h"

namespace accord::storage::detail {

using namespace accord::domain;

std::vector<Assignment> loadAssignments(Sql& sql, const std::string& where, const Params& params) {
  std::vector<Assignment> out;
  Rows r = sql.query("SELECT commitment_id, country, acceptance, acceptance_date, accepted_by, lead_institution, "
                     "status, assessment, completed_on, version FROM assignment WHERE " + where +
                         " ORDER BY commitment_id, ord",
                     params);
  out.reserve(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) {
    Assignment a;
    a.commitment = idOf<CommitmentId>(r, i, 0);
    a.country = country(r, i, 1);
    a.acceptance = enumOf(r, i, 2, parseAcceptance);
    a.acceptanceDate = optDate(r, i, 3);
    a.acceptedBy = r.str(i, 4);
    a.leadInstitution = r.str(i, 5);
    a.status = enumOf(r, i, 6, parseImplementationStatus);
    a.assessment = enumOf(r, i, 7, parseAssessment);
    a.completedOn = optDate(r, i, 8);
    a.version = r.i64(i, 9);
    out.push_back(std::move(a));
  }
  return out;
}

void insertAssignments(Sql& sql, const std::vector<Assignment>& as) {
  // ord is the position among the commitment's assignments as given.
  std::map<std::string, std::size_t> next;
  std::vector<Params> rows;
  rows.reserve(as.size());
  for (const auto& a : as)
    rows.push_back({v(a.commitment), v(a.country), v(next[a.commitment.str()]++), v(toString(a.acceptance)),
                    v(a.acceptanceDate), v(a.acceptedBy), v(a.leadInstitution), v(toString(a.status)),
                    v(toString(a.assessment)), v(a.completedOn), v(a.version > 0 ? a.version : 1L)});
  sql.insertRows("assignment", {"commitment_id", "country", "ord", "acceptance", "acceptance_date", "accepted_by",
                                "lead_institution", "status", "assessment", "completed_on", "version"},
                 std::move(rows));
}

Result<Assignment> SqlAssignmentRepository::get(const CommitmentId& c, const CountryCode& country) {
  return guarded(tx_, [&]() -> Result<Assignment> {
    auto found = loadAssignments(sql_, "commitment_id = ? AND country = ?", {v(c), v(country)});
    if (found.empty())
      return Error::notFound("commitment " + c.str() + " is not assigned to " + country.str(), "assignment");
    return std::move(found.front());
  });
}

Result<std::vector<Assignment>> SqlAssignmentRepository::listByCommitment(const CommitmentId& c) {
  return guarded(tx_, [&]() -> Result<std::vector<Assignment>> {
    return loadAssignments(sql_, "commitment_id = ?", {v(c)});
  });
}

Status SqlAssignmentRepository::insert(const Assignment& a) {
  return guarded(tx_, [&]() -> Status {
    Rows n = sql_.query("SELECT COUNT(*) FROM assignment WHERE commitment_id = ?", {v(a.commitment)});
    sql_.exec("INSERT INTO assignment (commitment_id, country, ord, acceptance, acceptance_date, accepted_by, "
              "lead_institution, status, assessment, completed_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {v(a.commitment), v(a.country), v(n.i64(0, 0)), v(toString(a.acceptance)), v(a.acceptanceDate),
               v(a.acceptedBy), v(a.leadInstitution), v(toString(a.status)), v(toString(a.assessment)),
               v(a.completedOn), v(a.version > 0 ? a.version : 1L)});
    return {};
  });
}

Result<long> SqlAssignmentRepository::update(const Assignment& a, long expectedVersion) {
  return guarded(tx_, [&]() -> Result<long> {
    return versionedUpdate(sql_, "assignment",
                           "acceptance = ?, acceptance_date = ?, accepted_by = ?, lead_institution = ?, status = ?, "
                           "assessment = ?, completed_on = ?",
                           {v(toString(a.acceptance)), v(a.acceptanceDate), v(a.acceptedBy), v(a.leadInstitution),
                            v(toString(a.status)), v(toString(a.assessment)), v(a.completedOn)},
                           "commitment_id = ? AND country = ?", {v(a.commitment), v(a.country)}, expectedVersion,
                           "the assignment of " + a.commitment.str() + " to " + a.country.str());
  });
}

}  // namespace accord::storage::detail
