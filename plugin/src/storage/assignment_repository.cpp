#include "assignment_repository.h"

#include <map>

#include "codec.h"
#include "open_assignment_count.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
std::string keyOf(const std::string& commitment, const std::string& country) { return commitment + '\n' + country; }

// The per-country milestone states and measurements of `out`. The child tables
// carry the assignment's key columns under the same names, so `where` selects them.
void loadProgress(Sql& sql, const std::string& where, const Params& params, std::vector<Assignment>& out) {
  std::map<std::string, Assignment*> at;
  for (auto& a : out) at[keyOf(a.commitment.str(), a.country.str())] = &a;
  Rows ms = sql.query("SELECT commitment_id, country, milestone_id, state, updated_on, updated_by "
                      "FROM assignment_milestone WHERE " + where + " ORDER BY commitment_id, country, milestone_id",
                      params);
  for (std::size_t i = 0; i < ms.size(); ++i) {
    auto found = at.find(keyOf(ms.str(i, 0), ms.str(i, 1)));
    if (found == at.end()) continue;
    found->second->milestones.push_back(
        {idOf<MilestoneId>(ms, i, 2), enumOf(ms, i, 3, parseMilestoneState), optDate(ms, i, 4), ms.str(i, 5)});
  }
  Rows in = sql.query("SELECT commitment_id, country, indicator, value, measured_on, source, recorded_by "
                      "FROM indicator_measurement WHERE " + where + " ORDER BY commitment_id, country, ord",
                      params);
  for (std::size_t i = 0; i < in.size(); ++i) {
    auto found = at.find(keyOf(in.str(i, 0), in.str(i, 1)));
    if (found == at.end()) continue;
    found->second->measurements.push_back({in.str(i, 2), in.dbl(i, 3), date(in, i, 4), in.str(i, 5), in.str(i, 6)});
  }
}

void insertProgress(Sql& sql, const std::vector<const Assignment*>& as) {
  std::vector<Params> milestones, measurements;
  for (const Assignment* a : as) {
    for (const auto& m : a->milestones)
      milestones.push_back({v(a->commitment), v(a->country), v(m.milestone), v(toString(m.state)), v(m.updatedOn),
                            v(m.updatedBy)});
    for (std::size_t i = 0; i < a->measurements.size(); ++i) {
      const auto& m = a->measurements[i];
      measurements.push_back({v(a->commitment), v(a->country), v(i), v(m.indicator), v(m.value), v(m.on),
                              v(m.source), v(m.recordedBy)});
    }
  }
  sql.insertRows("assignment_milestone",
                 {"commitment_id", "country", "milestone_id", "state", "updated_on", "updated_by"},
                 std::move(milestones));
  sql.insertRows("indicator_measurement",
                 {"commitment_id", "country", "ord", "indicator", "value", "measured_on", "source", "recorded_by"},
                 std::move(measurements));
}
}  // namespace

std::vector<Assignment> loadAssignments(Sql& sql, const std::string& where, const Params& params,
                                        const std::string& order) {
  std::vector<Assignment> out;
  Rows r = sql.query("SELECT commitment_id, country, acceptance, acceptance_date, accepted_by, lead_institution, "
                     "status, assessment, completed_on, version FROM assignment WHERE " + where +
                         " ORDER BY " + order,
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
  loadProgress(sql, where, params, out);
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
  std::vector<const Assignment*> all;
  std::vector<std::string> commitments;
  for (const auto& a : as) {
    all.push_back(&a);
    commitments.push_back(a.commitment.str());
  }
  insertProgress(sql, all);
  refreshOpenAssignmentCounts(sql, std::move(commitments));
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
    insertProgress(sql_, {&a});
    refreshOpenAssignmentCounts(sql_, {a.commitment.str()});
    return {};
  });
}

Result<long> SqlAssignmentRepository::update(const Assignment& a, long expectedVersion) {
  return guarded(tx_, [&]() -> Result<long> {
    auto version = versionedUpdate(sql_, "assignment",
                           "acceptance = ?, acceptance_date = ?, accepted_by = ?, lead_institution = ?, status = ?, "
                           "assessment = ?, completed_on = ?",
                           {v(toString(a.acceptance)), v(a.acceptanceDate), v(a.acceptedBy), v(a.leadInstitution),
                            v(toString(a.status)), v(toString(a.assessment)), v(a.completedOn)},
                           "commitment_id = ? AND country = ?", {v(a.commitment), v(a.country)}, expectedVersion,
                           "the assignment of " + a.commitment.str() + " to " + a.country.str());
    if (!version.ok()) return version;
    // Few rows per assignment: replacing them is simpler than diffing and as safe
    // inside the transaction that checked the version.
    for (const char* table : {"assignment_milestone", "indicator_measurement"})
      sql_.exec(std::string("DELETE FROM ") + table + " WHERE commitment_id = ? AND country = ?",
                {v(a.commitment), v(a.country)});
    insertProgress(sql_, {&a});
    refreshOpenAssignmentCounts(sql_, {a.commitment.str()});
    return version;
  });
}

}  // namespace accord::storage::detail
