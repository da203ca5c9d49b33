#include "declaration_repository.h"

#include <map>

#include "codec.h"
#include "country_list.h"
#include "endorsement_count.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
struct RevisionRows {
  std::vector<Params> revisions, recitals, clauses;
};

void flatten(const DeclarationId& d, int number, const std::vector<Clause>& items, std::optional<std::size_t> parent,
             std::size_t& ord, std::vector<Params>& out) {
  for (const auto& c : items) {
    std::size_t mine = ord++;
    out.push_back({v(d), v(number), v(mine), parent ? v(*parent) : SqlValue{nullptr}, v(c.id), v(c.text)});
    flatten(d, number, c.items, mine, ord, out);
  }
}

void addRevision(RevisionRows& rows, const DeclarationId& d, const Revision& r) {
  rows.revisions.push_back({v(d), v(r.number), v(r.author), v(r.createdAt), v(r.changeNote), v(r.closingFormula)});
  for (std::size_t i = 0; i < r.preamble.size(); ++i) {
    const auto& p = r.preamble[i];
    rows.recitals.push_back({v(d), v(r.number), v(i), v(p.id), v(p.leadPhrase), v(p.text)});
  }
  std::size_t ord = 0;
  flatten(d, r.number, r.operative, std::nullopt, ord, rows.clauses);
}

void insertRevisions(Sql& sql, RevisionRows rows) {
  sql.insertRows("revision", {"declaration_id", "number", "author", "created_at", "change_note", "closing_formula"},
                 std::move(rows.revisions));
  sql.insertRows("recital", {"declaration_id", "revision", "ord", "clause_id", "lead_phrase", "text"},
                 std::move(rows.recitals));
  sql.insertRows("clause", {"declaration_id", "revision", "ord", "parent_ord", "clause_id", "text"},
                 std::move(rows.clauses));
}

void loadRevisions(Sql& sql, const Scope& s, std::vector<Declaration>& out, std::map<std::string, std::size_t>& at) {
  // (declaration, revision number) → the revision, filled in three passes.
  std::map<std::pair<std::string, int>, Revision*> byKey;
  Rows rv = sql.query("SELECT declaration_id, number, author, created_at, change_note, closing_formula FROM revision "
                      "WHERE " + s.child + " ORDER BY declaration_id, number", s.params);
  for (std::size_t i = 0; i < rv.size(); ++i) {
    Revision r;
    r.number = static_cast<int>(rv.i64(i, 1));
    r.author = rv.str(i, 2);
    r.createdAt = instant(rv, i, 3);
    r.changeNote = rv.str(i, 4);
    r.closingFormula = rv.str(i, 5);
    out[at.at(rv.str(i, 0))].revisions.push_back(std::move(r));
  }
  for (auto& d : out)
    for (auto& r : d.revisions) byKey[{d.id.str(), r.number}] = &r;
  Rows rc = sql.query("SELECT declaration_id, revision, clause_id, lead_phrase, text FROM recital WHERE " + s.child +
                      " ORDER BY declaration_id, revision, ord", s.params);
  for (std::size_t i = 0; i < rc.size(); ++i)
    byKey.at({rc.str(i, 0), static_cast<int>(rc.i64(i, 1))})
        ->preamble.push_back({idOf<ClauseId>(rc, i, 2), rc.str(i, 3), rc.str(i, 4)});
  Rows cl = sql.query("SELECT declaration_id, revision, ord, parent_ord, clause_id, text FROM clause WHERE " +
                      s.child + " ORDER BY declaration_id, revision, ord", s.params);
  // Pre-order rows: a clause's parent always comes before it. Children are
  // attached bottom-up afterwards so that no pointer into a growing vector is kept.
  std::size_t i = 0;
  while (i < cl.size()) {
    std::size_t end = i;
    while (end < cl.size() && cl.str(end, 0) == cl.str(i, 0) && cl.i64(end, 1) == cl.i64(i, 1)) ++end;
    std::vector<Clause> flat;
    std::vector<std::optional<std::int64_t>> parents;
    for (std::size_t k = i; k < end; ++k) {
      flat.push_back({idOf<ClauseId>(cl, k, 4), cl.str(k, 5), {}});
      parents.push_back(cl.optI64(k, 3));
    }
    std::int64_t base = cl.i64(i, 2);
    for (std::size_t k = flat.size(); k-- > 0;)
      if (parents[k]) {
        auto& parent = flat.at(static_cast<std::size_t>(*parents[k] - base)).items;
        parent.insert(parent.begin(), std::move(flat[k]));
      }
    Revision* r = byKey.at({cl.str(i, 0), static_cast<int>(cl.i64(i, 1))});
    for (std::size_t k = 0; k < flat.size(); ++k)
      if (!parents[k]) r->operative.push_back(std::move(flat[k]));
    i = end;
  }
}
}  // namespace

std::vector<Declaration> loadDeclarations(Sql& sql, const Scope& s, const std::string& order, bool withRevisions) {
  std::vector<Declaration> out;
  std::map<std::string, std::size_t> at;
  Rows r = sql.query("SELECT id, conference_id, title, kind, base_language, status, final_revision, version, "
                     "consultation_visibility, final_needs_authentic_versions FROM declaration WHERE " + s.parent + " ORDER BY " + order, s.params);
  for (std::size_t i = 0; i < r.size(); ++i) {
    Declaration d;
    d.id = idOf<DeclarationId>(r, i, 0);
    d.conference = idOf<ConferenceId>(r, i, 1);
    d.title = r.str(i, 2);
    d.kind = enumOf(r, i, 3, parseDeclarationKind);
    d.baseLanguage = r.str(i, 4);
    d.status = enumOf(r, i, 5, parseDeclarationStatus);
    if (auto f = r.optI64(i, 6)) d.finalRevision = static_cast<int>(*f);
    d.version = r.i64(i, 7);
    d.consultationVisibility = enumOf(r, i, 8, parseConsultationVisibility);
    d.finalNeedsAuthenticVersions = r.i64(i, 9) != 0;
    at[d.id.str()] = out.size();
    out.push_back(std::move(d));
  }
  if (out.empty()) return out;
  Rows inv = sql.query("SELECT declaration_id, country FROM declaration_country WHERE " + s.child +
                       " ORDER BY declaration_id, ord", s.params);
  for (std::size_t i = 0; i < inv.size(); ++i) out[at.at(inv.str(i, 0))].invitedCountries.push_back(country(inv, i, 1));
  if (withRevisions) loadRevisions(sql, s, out, at);
  return out;
}

void insertDeclarations(Sql& sql, const std::vector<Declaration>& ds, std::size_t firstOrd) {
  std::vector<Params> rows, invited;
  RevisionRows revisions;
  for (std::size_t k = 0; k < ds.size(); ++k) {
    const auto& d = ds[k];
    rows.push_back({v(d.id), v(d.conference), v(firstOrd + k), v(d.title), v(toString(d.kind)), v(d.baseLanguage),
                    v(toString(d.status)), v(d.finalRevision), v(d.version > 0 ? d.version : 1L),
                    v(toString(d.consultationVisibility)), v(d.finalNeedsAuthenticVersions)});
    for (std::size_t i = 0; i < d.invitedCountries.size(); ++i) invited.push_back({v(d.id), v(i), v(d.invitedCountries[i])});
    for (const auto& r : d.revisions) addRevision(revisions, d.id, r);
  }
  sql.insertRows("declaration", {"id", "conference_id", "ord", "title", "kind", "base_language", "status",
                                 "final_revision", "version", "consultation_visibility",
                                 "final_needs_authentic_versions"}, std::move(rows));
  sql.insertRows("declaration_country", {"declaration_id", "ord", "country"}, std::move(invited));
  insertRevisions(sql, std::move(revisions));
  std::vector<std::string> ids;
  for (const auto& d : ds) ids.push_back(d.id.str());
  refreshEndorsementCounts(sql, std::move(ids));
}

Result<Declaration> SqlDeclarationRepository::get(const DeclarationId& id) {
  return guarded(tx_, [&]() -> Result<Declaration> {
    auto found = loadDeclarations(sql_, {"id = ?", "declaration_id = ?", {v(id)}}, "id", true);
    if (found.empty()) return Error::notFound("declaration " + id.str() + " does not exist", "declaration");
    return std::move(found.front());
  });
}

Result<app::Page<Declaration>> SqlDeclarationRepository::listByConference(const ConferenceId& c,
                                                                          const app::PageRequest& page) {
  return guarded(tx_, [&]() -> Result<app::Page<Declaration>> {
    std::string ids = "(SELECT id FROM declaration WHERE conference_id = ? AND id > ? ORDER BY id LIMIT ?)";
    app::Page<Declaration> out;
    out.items = loadDeclarations(sql_, {"id IN " + ids, "declaration_id IN " + ids,
                                        {v(c), v(page.after), v(page.clampedLimit() + 1)}},
                                 "id", false);
    trimPage(out.items, page.clampedLimit(), out.next, [](const Declaration& d) { return d.id.str(); });
    return out;
  });
}

Status SqlDeclarationRepository::insert(const Declaration& d) {
  return guarded(tx_, [&]() -> Status {
    Rows n = sql_.query("SELECT COUNT(*) FROM declaration WHERE conference_id = ?", {v(d.conference)});
    insertDeclarations(sql_, {d}, static_cast<std::size_t>(n.i64(0, 0)));
    return {};
  });
}

Result<long> SqlDeclarationRepository::update(const Declaration& d, long expectedVersion) {
  return guarded(tx_, [&]() -> Result<long> {
    auto version = versionedUpdate(sql_, "declaration",
                                   "title = ?, kind = ?, base_language = ?, status = ?, final_revision = ?, "
                                   "consultation_visibility = ?, final_needs_authentic_versions = ?",
                                   {v(d.title), v(toString(d.kind)), v(d.baseLanguage), v(toString(d.status)),
                                    v(d.finalRevision), v(toString(d.consultationVisibility)),
                                    v(d.finalNeedsAuthenticVersions)},
                                   "id = ?", {v(d.id)}, expectedVersion, "declaration " + d.id.str());
    if (!version.ok()) return version;
    syncCountries(sql_, "declaration_country", "declaration_id", d.id.str(), d.invitedCountries);
    refreshEndorsementCounts(sql_, {d.id.str()});
    Rows top = sql_.query("SELECT COALESCE(MAX(number), 0) FROM revision WHERE declaration_id = ?", {v(d.id)});
    RevisionRows revisions;
    for (const auto& r : d.revisions)
      if (r.number > top.i64(0, 0)) addRevision(revisions, d.id, r);
    insertRevisions(sql_, std::move(revisions));
    return version;
  });
}

}  // namespace accord::storage::detail
