#include "dossier_repository.h"

#include <algorithm>
#include <unordered_map>

#include "assignment_repository.h"
#include "codec.h"
#include "commitment_repository.h"
#include "conference_repository.h"
#include "consultation_repository.h"
#include "declaration_repository.h"
#include "endorsement_repository.h"
#include "language_version_repository.h"
#include "report_repository.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
// Puts records back in the order a bundle nests them: by their parent's position,
// keeping the stored order among siblings (stable sort).
template <class T, class Key>
void orderByParent(std::vector<T>& items, const std::unordered_map<std::string, std::size_t>& position, Key key) {
  std::stable_sort(items.begin(), items.end(), [&](const T& a, const T& b) {
    return position.at(key(a)) < position.at(key(b));
  });
}

template <class T, class Key>
std::unordered_map<std::string, std::size_t> positions(const std::vector<T>& items, Key key) {
  std::unordered_map<std::string, std::size_t> out;
  for (std::size_t i = 0; i < items.size(); ++i) out.emplace(key(items[i]), i);
  return out;
}

std::string pair(const CommitmentId& c, const CountryCode& country) { return c.str() + "/" + country.str(); }

void adoptDirectory(Dossier& d, app::Directory dir) {
  d.illustrative = std::move(dir.illustrative);
  d.countries = std::move(dir.countries);
  d.organizations = std::move(dir.organizations);
  d.people = std::move(dir.people);
}
}  // namespace

Status SqlDossierRepository::insert(const Dossier& d) {
  return guarded(tx_, [&]() -> Status {
    insertConference(sql_, d.conference, app::Directory{d.illustrative, d.countries, d.organizations, d.people});
    insertDeclarations(sql_, d.declarations, 0);
    insertEndorsements(sql_, d.endorsements, 0);
    insertCommitments(sql_, d.commitments, 0);
    insertAssignments(sql_, d.assignments);
    insertReports(sql_, d.reports);
    insertLatestReports(sql_, d.reports);
    insertAmendments(sql_, d.amendments);
    insertComments(sql_, d.comments);
    insertLanguageVersions(sql_, d.languageVersions);
    // A bulk load changes table sizes by orders of magnitude; without fresh
    // statistics PostgreSQL plans the next queries for empty tables. Only the
    // tables a dossier fills, in this store's schema: a bare ANALYZE reads every
    // table of the database, every schema, at each import (60 imports of the
    // portfolio took 219 s beside a 570,000-report schema, tests/bench/README.md).
    if (sql_.dialect() == Dialect::kPostgresql)
      sql_.exec("ANALYZE declaration, declaration_country, endorsement, endorsement_event, endorsement_count, "
                "commitment, commitment_country, milestone, indicator, assignment, assignment_milestone, "
                "indicator_measurement, report, report_evidence, latest_report, open_assignment_count");
    return {};
  });
}

Result<Dossier> SqlDossierRepository::load(const ConferenceId& id) {
  return guarded(tx_, [&]() -> Result<Dossier> {
    Dossier d;
    auto conferences = loadConferences(sql_, {"id = ?", "conference_id = ?", {v(id)}});
    if (conferences.empty()) return Error::notFound("conference " + id.str() + " does not exist", "conference");
    d.conference = std::move(conferences.front());
    adoptDirectory(d, loadDirectory(sql_, id));

    const std::string decls = "(SELECT id FROM declaration WHERE conference_id = ?)";
    const std::string commitments = "(SELECT id FROM commitment WHERE declaration_id IN " + decls + ")";
    const std::string reports = "(SELECT id FROM report WHERE commitment_id IN " + commitments + ")";
    d.declarations = loadDeclarations(sql_, {"conference_id = ?", "declaration_id IN " + decls, {v(id)}}, "ord", true);
    d.endorsements = loadEndorsements(sql_, {"declaration_id IN " + decls, "declaration_id IN " + decls, {v(id)}});
    d.commitments = loadCommitments(sql_, {"declaration_id IN " + decls, "commitment_id IN " + commitments, {v(id)}},
                                    "declaration_id, ord");
    d.assignments = loadAssignments(sql_, "commitment_id IN " + commitments, {v(id)});
    d.reports = loadReports(sql_, {"commitment_id IN " + commitments, "report_id IN " + reports, {v(id)}});
    d.amendments = loadAmendments(sql_, "declaration_id IN " + decls, {v(id)});
    d.comments = loadComments(sql_, "declaration_id IN " + decls, {v(id)});
    d.languageVersions = loadLanguageVersions(sql_, "declaration_id IN " + decls, {v(id)});

    auto declPos = positions(d.declarations, [](const Declaration& x) { return x.id.str(); });
    orderByParent(d.endorsements, declPos, [](const Endorsement& e) { return e.declaration.str(); });
    orderByParent(d.commitments, declPos, [](const Commitment& c) { return c.declaration.str(); });
    orderByParent(d.amendments, declPos, [](const Amendment& a) { return a.declaration.str(); });
    orderByParent(d.comments, declPos, [](const Comment& c) { return c.declaration.str(); });
    orderByParent(d.languageVersions, declPos, [](const LanguageVersion& v) { return v.declaration.str(); });
    auto commitmentPos = positions(d.commitments, [](const Commitment& c) { return c.id.str(); });
    orderByParent(d.assignments, commitmentPos, [](const Assignment& a) { return a.commitment.str(); });
    auto assignmentPos = positions(d.assignments, [](const Assignment& a) { return pair(a.commitment, a.country); });
    orderByParent(d.reports, assignmentPos, [](const ProgressReport& r) { return pair(r.commitment, r.country); });
    return d;
  });
}

Result<Dossier> SqlDossierRepository::loadDeclarationSlice(const DeclarationId& id) {
  return guarded(tx_, [&]() -> Result<Dossier> {
    Dossier d;
    d.declarations = loadDeclarations(sql_, {"id = ?", "declaration_id = ?", {v(id)}}, "id", true);
    if (d.declarations.empty()) return Error::notFound("declaration " + id.str() + " does not exist", "declaration");
    const ConferenceId& conference = d.declarations.front().conference;
    auto conferences = loadConferences(sql_, {"id = ?", "conference_id = ?", {v(conference)}});
    if (conferences.empty()) throw CorruptData("declaration " + id.str() + " has no conference");
    d.conference = std::move(conferences.front());
    adoptDirectory(d, loadDirectory(sql_, conference));

    const std::string commitments = "(SELECT id FROM commitment WHERE declaration_id = ?)";
    const std::string latest = latestReportIdsOfDeclaration();
    d.endorsements = loadEndorsements(sql_, {"declaration_id = ?", "declaration_id = ?", {v(id)}});
    d.commitments = loadCommitments(sql_, {"declaration_id = ?", "commitment_id IN " + commitments, {v(id)}}, "ord");
    d.assignments = loadAssignments(sql_, "commitment_id IN " + commitments, {v(id)});
    d.reports = loadReports(sql_, {"id IN " + latest, "report_id IN " + latest, {v(id)}});
    auto commitmentPos = positions(d.commitments, [](const Commitment& c) { return c.id.str(); });
    orderByParent(d.assignments, commitmentPos, [](const Assignment& a) { return a.commitment.str(); });
    return d;
  });
}

}  // namespace accord::storage::detail
