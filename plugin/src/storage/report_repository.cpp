#include "report_repository.h"

#include <algorithm>
#include <map>

#include "codec.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
// The columns a matrix cell shows, first in loadReports' query and those of latest_report, read by readHead.
constexpr const char* kHeadColumns = "id, commitment_id, country, period_start, period_end, percent, state, version";

ProgressReport readHead(const Rows& r, std::size_t i) {
  ProgressReport p;
  p.id = idOf<ReportId>(r, i, 0);
  p.commitment = idOf<CommitmentId>(r, i, 1);
  p.country = country(r, i, 2);
  p.periodStart = date(r, i, 3);
  p.periodEnd = date(r, i, 4);
  p.percent = static_cast<int>(r.i64(i, 5));
  p.state = enumOf(r, i, 6, parseReportState);
  p.version = r.i64(i, 7);
  return p;
}
}  // namespace

std::vector<ProgressReport> loadReports(Sql& sql, const Scope& s) {
  std::vector<ProgressReport> out;
  std::map<std::string, std::size_t> at;
  Rows r = sql.query(std::string("SELECT ") + kHeadColumns +
                         ", narrative, author, submitted_at, reviewed_by, reviewed_at, return_reason FROM report WHERE " +
                         s.parent + " ORDER BY commitment_id, country, ord",
                     s.params);
  out.reserve(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) {
    ProgressReport p = readHead(r, i);
    p.narrative = r.str(i, 8);
    p.author = r.str(i, 9);
    p.submittedAt = optInstant(r, i, 10);
    p.reviewedBy = r.str(i, 11);
    p.reviewedAt = optInstant(r, i, 12);
    p.returnReason = r.str(i, 13);
    at[p.id.str()] = out.size();
    out.push_back(std::move(p));
  }
  if (out.empty()) return out;
  Rows ev = sql.query("SELECT report_id, reference FROM report_evidence WHERE " + s.child + " ORDER BY report_id, ord",
                      s.params);
  for (std::size_t i = 0; i < ev.size(); ++i) out[at.at(ev.str(i, 0))].evidence.push_back(ev.str(i, 1));
  return out;
}

std::vector<ProgressReport> loadLatestReportHeads(Sql& sql, const std::string& where, const Params& params) {
  std::vector<ProgressReport> out;
  Rows r = sql.query("SELECT report_id, commitment_id, country, period_start, period_end, percent, state, version "
                     "FROM latest_report WHERE " + where + " ORDER BY commitment_id" + sql.byteOrder() +
                         ", country" + sql.byteOrder(),
                     params);
  out.reserve(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(readHead(r, i));
  return out;
}

void insertReports(Sql& sql, const std::vector<ProgressReport>& rs) {
  std::map<std::pair<std::string, std::string>, std::size_t> next;
  std::vector<Params> rows, evidence;
  rows.reserve(rs.size());
  for (const auto& p : rs) {
    rows.push_back({v(p.id), v(p.commitment), v(p.country), v(next[{p.commitment.str(), p.country.str()}]++),
                    v(p.periodStart), v(p.periodEnd), v(p.narrative), v(p.percent), v(toString(p.state)), v(p.author),
                    v(p.submittedAt), v(p.reviewedBy), v(p.reviewedAt), v(p.returnReason),
                    v(p.version > 0 ? p.version : 1L)});
    for (std::size_t i = 0; i < p.evidence.size(); ++i) evidence.push_back({v(p.id), v(i), v(p.evidence[i])});
  }
  sql.insertRows("report", {"id", "commitment_id", "country", "ord", "period_start", "period_end", "narrative",
                            "percent", "state", "author", "submitted_at", "reviewed_by", "reviewed_at",
                            "return_reason", "version"},
                 std::move(rows));
  sql.insertRows("report_evidence", {"report_id", "ord", "reference"}, std::move(evidence));
}

void insertLatestReports(Sql& sql, const std::vector<ProgressReport>& rs) {
  // The domain's choice: the greatest period end, the last stored among equals.
  std::map<std::pair<std::string, std::string>, const ProgressReport*> latest;
  for (const auto& r : rs) {
    const ProgressReport*& slot = latest[{r.commitment.str(), r.country.str()}];
    if (!slot || slot->periodEnd <= r.periodEnd) slot = &r;
  }
  std::vector<Params> rows;
  rows.reserve(latest.size());
  for (const auto& [key, r] : latest)
    rows.push_back({v(r->commitment), v(r->country), v(r->id), v(r->periodStart), v(r->periodEnd), v(r->percent),
                    v(toString(r->state)), v(r->version > 0 ? r->version : 1L)});  // as insertReports stores it
  sql.insertRows("latest_report", {"commitment_id", "country", "report_id", "period_start", "period_end", "percent",
                                   "state", "version"},
                 std::move(rows));
}

void refreshLatestReport(Sql& sql, const CommitmentId& c, const CountryCode& country) {
  // One probe of report_by_assignment, whose order is the domain's choice. The row
  // carries the report's head columns too (migration 18), copied here. Two reports
  // of one assignment written at once: on PostgreSQL (READ COMMITTED) an upsert that
  // waits on the other's row still writes what its own snapshot chose, a report the
  // other may have replaced or changed, so the assignment is locked first and the
  // upsert, a new statement, then sees the other's commit (the assignment's first
  // report creates the row). FOR NO KEY UPDATE leaves the reports' key-share locks
  // on the assignment free.
  if (sql.dialect() == Dialect::kPostgresql)
    sql.query("SELECT 1 FROM assignment WHERE commitment_id = ? AND country = ? FOR NO KEY UPDATE", {v(c), v(country)});
  sql.exec("INSERT INTO latest_report (commitment_id, country, report_id, period_start, period_end, percent, state, "
           "version) "
           "SELECT commitment_id, country, id, period_start, period_end, percent, state, version FROM ("
           "SELECT commitment_id, country, id, period_start, period_end, percent, state, version FROM report "
           "WHERE commitment_id = ? AND country = ? ORDER BY period_end DESC, ord DESC LIMIT 1) latest WHERE true "
           "ON CONFLICT (commitment_id, country) DO UPDATE SET report_id = excluded.report_id, "
           "period_start = excluded.period_start, period_end = excluded.period_end, percent = excluded.percent, "
           "state = excluded.state, version = excluded.version",
           {v(c), v(country)});
}

std::string latestReportIdsOfDeclaration() {
  return "(SELECT report_id FROM latest_report WHERE commitment_id IN "
         "(SELECT id FROM commitment WHERE declaration_id = ?))";
}

Result<ProgressReport> SqlReportRepository::get(const ReportId& id) {
  return guarded(tx_, [&]() -> Result<ProgressReport> {
    auto found = loadReports(sql_, {"id = ?", "report_id = ?", {v(id)}});
    if (found.empty()) return Error::notFound("report " + id.str() + " does not exist", "report");
    return std::move(found.front());
  });
}

Result<std::vector<ProgressReport>> SqlReportRepository::listByAssignment(const CommitmentId& c,
                                                                         const CountryCode& country) {
  return guarded(tx_, [&]() -> Result<std::vector<ProgressReport>> {
    auto out = loadReports(sql_, {"commitment_id = ? AND country = ?",
                                  "report_id IN (SELECT id FROM report WHERE commitment_id = ? AND country = ?)",
                                  {v(c), v(country)}});
    std::stable_sort(out.begin(), out.end(), [](const ProgressReport& a, const ProgressReport& b) {
      return a.periodEnd < b.periodEnd;
    });
    return out;
  });
}

Result<app::Page<ProgressReport>> SqlReportRepository::pageByAssignment(const CommitmentId& c,
                                                                       const CountryCode& country,
                                                                       const app::PageRequest& page,
                                                                       bool newestFirst) {
  // Keyset order: period end, then the stored order within the assignment (ord),
  // as listByAssignment sorts. The cursor is the last report's id; its position is
  // looked up, so the cursor stays valid whatever is added after it.
  const char* cmp = newestFirst ? "<" : ">";
  const char* dir = newestFirst ? " DESC" : "";
  std::string from = "report r";
  std::string where = "r.commitment_id = ? AND r.country = ?";
  Params params;
  if (!page.after.empty()) {
    from += ", (SELECT period_end AS pe, ord AS po FROM report WHERE id = ?) k";
    where += std::string(" AND (r.period_end ") + cmp + " k.pe OR (r.period_end = k.pe AND r.ord " + cmp + " k.po))";
    params.push_back(v(page.after));
  }
  params.push_back(v(c));
  params.push_back(v(country));
  std::string ids = "(SELECT id FROM (SELECT r.id AS id FROM " + from + " WHERE " + where + " ORDER BY r.period_end" +
                    dir + ", r.ord" + dir + " LIMIT ?) page)";
  params.push_back(v(page.clampedLimit() + 1));  // one more, to know whether a next page exists
  return guarded(tx_, [&]() -> Result<app::Page<ProgressReport>> {
    if (!page.after.empty()) {
      Rows known = sql_.query("SELECT 1 FROM report WHERE id = ? AND commitment_id = ? AND country = ?",
                              {v(page.after), v(c), v(country)});
      if (known.size() == 0)
        return Error::invalid("cursor", "does not continue this list; start again without it");
    }
    auto all = loadReports(sql_, {"id IN " + ids, "report_id IN " + ids, params});
    // loadReports gives stored order (ord); a stable sort by period end makes it the keyset order.
    std::stable_sort(all.begin(), all.end(), [](const ProgressReport& a, const ProgressReport& b) {
      return a.periodEnd < b.periodEnd;
    });
    if (newestFirst) std::reverse(all.begin(), all.end());
    app::Page<ProgressReport> out;
    bool more = all.size() > page.clampedLimit();
    if (more) all.resize(page.clampedLimit());
    out.items = std::move(all);
    if (more) out.next = out.items.back().id.str();
    return out;
  });
}

Result<std::vector<ProgressReport>> SqlReportRepository::listSubmitted(const DeclarationId& d) {
  // Served by the partial index report_submitted (migration 0004).
  const std::string submitted =
      "state = 'submitted' AND commitment_id IN (SELECT id FROM commitment WHERE declaration_id = ?)";
  return guarded(tx_, [&]() -> Result<std::vector<ProgressReport>> {
    return loadReports(sql_, {submitted, "report_id IN (SELECT id FROM report WHERE " + submitted + ")", {v(d)}});
  });
}

Status SqlReportRepository::insert(const ProgressReport& r) {
  return guarded(tx_, [&]() -> Status {
    Rows n = sql_.query("SELECT COUNT(*) FROM report WHERE commitment_id = ? AND country = ?",
                        {v(r.commitment), v(r.country)});
    insertReports(sql_, {r});
    // insertReports numbers from 0 within its batch; a single report goes after the stored ones.
    sql_.exec("UPDATE report SET ord = ? WHERE id = ?", {v(n.i64(0, 0)), v(r.id)});
    refreshLatestReport(sql_, r.commitment, r.country);
    return {};
  });
}

Result<long> SqlReportRepository::update(const ProgressReport& r, long expectedVersion) {
  return guarded(tx_, [&]() -> Result<long> {
    auto version = versionedUpdate(sql_, "report",
                                   "period_start = ?, period_end = ?, narrative = ?, percent = ?, state = ?, "
                                   "author = ?, submitted_at = ?, reviewed_by = ?, reviewed_at = ?, return_reason = ?",
                                   {v(r.periodStart), v(r.periodEnd), v(r.narrative), v(r.percent),
                                    v(toString(r.state)), v(r.author), v(r.submittedAt), v(r.reviewedBy),
                                    v(r.reviewedAt), v(r.returnReason)},
                                   "id = ?", {v(r.id)}, expectedVersion, "report " + r.id.str());
    if (!version.ok()) return version;
    sql_.exec("DELETE FROM report_evidence WHERE report_id = ?", {v(r.id)});
    std::vector<Params> evidence;
    for (std::size_t i = 0; i < r.evidence.size(); ++i) evidence.push_back({v(r.id), v(i), v(r.evidence[i])});
    sql_.insertRows("report_evidence", {"report_id", "ord", "reference"}, std::move(evidence));
    refreshLatestReport(sql_, r.commitment, r.country);  // its period end may have moved
    return version;
  });
}

}  // namespace accord::storage::detail
