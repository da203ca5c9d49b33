#include "commitment_repository.h"

#include <map>

#include "codec.h"
#include "country_list.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
struct ChildRows {
  std::vector<Params> countries, milestones, indicators;
};

void addChildren(ChildRows& rows, const Commitment& c, bool withCountries) {
  if (withCountries)
    for (std::size_t i = 0; i < c.countries.size(); ++i) rows.countries.push_back({v(c.id), v(i), v(c.countries[i])});
  for (std::size_t i = 0; i < c.milestones.size(); ++i) {
    const auto& m = c.milestones[i];
    rows.milestones.push_back({v(c.id), v(i), v(m.id), v(m.title), v(m.due), v(toString(m.state))});
  }
  for (std::size_t i = 0; i < c.indicators.size(); ++i) {
    const auto& k = c.indicators[i];
    rows.indicators.push_back({v(c.id), v(i), v(k.name), v(k.baseline), v(k.target), v(k.unit)});
  }
}

void insertChildren(Sql& sql, ChildRows rows) {
  sql.insertRows("commitment_country", {"commitment_id", "ord", "country"}, std::move(rows.countries));
  sql.insertRows("milestone", {"commitment_id", "ord", "id", "title", "due", "state"}, std::move(rows.milestones));
  sql.insertRows("indicator", {"commitment_id", "ord", "name", "baseline", "target", "unit"},
                 std::move(rows.indicators));
}
}  // namespace

std::vector<Commitment> loadCommitments(Sql& sql, const Scope& s, const std::string& order) {
  std::vector<Commitment> out;
  std::map<std::string, std::size_t> at;
  Rows r = sql.query("SELECT id, declaration_id, text, clause_id, deadline, version FROM commitment WHERE " +
                         s.parent + " ORDER BY " + order,
                     s.params);
  for (std::size_t i = 0; i < r.size(); ++i) {
    Commitment c;
    c.id = idOf<CommitmentId>(r, i, 0);
    c.declaration = idOf<DeclarationId>(r, i, 1);
    c.text = r.str(i, 2);
    c.clause = idOf<ClauseId>(r, i, 3);
    c.deadline = date(r, i, 4);
    c.version = r.i64(i, 5);
    at[c.id.str()] = out.size();
    out.push_back(std::move(c));
  }
  if (out.empty()) return out;
  Rows cc = sql.query("SELECT commitment_id, country FROM commitment_country WHERE " + s.child +
                          " ORDER BY commitment_id, ord", s.params);
  for (std::size_t i = 0; i < cc.size(); ++i) out[at.at(cc.str(i, 0))].countries.push_back(country(cc, i, 1));
  Rows ms = sql.query("SELECT commitment_id, id, title, due, state FROM milestone WHERE " + s.child +
                          " ORDER BY commitment_id, ord", s.params);
  for (std::size_t i = 0; i < ms.size(); ++i)
    out[at.at(ms.str(i, 0))].milestones.push_back(
        {idOf<MilestoneId>(ms, i, 1), ms.str(i, 2), date(ms, i, 3), enumOf(ms, i, 4, parseMilestoneState)});
  Rows in = sql.query("SELECT commitment_id, name, baseline, target, unit FROM indicator WHERE " + s.child +
                          " ORDER BY commitment_id, ord", s.params);
  for (std::size_t i = 0; i < in.size(); ++i)
    out[at.at(in.str(i, 0))].indicators.push_back({in.str(i, 1), in.dbl(i, 2), in.dbl(i, 3), in.str(i, 4)});
  return out;
}

void insertCommitments(Sql& sql, const std::vector<Commitment>& cs, std::size_t firstOrd) {
  std::vector<Params> rows;
  ChildRows children;
  for (std::size_t k = 0; k < cs.size(); ++k) {
    const auto& c = cs[k];
    rows.push_back({v(c.id), v(c.declaration), v(firstOrd + k), v(c.text), v(c.clause), v(c.deadline),
                    v(c.version > 0 ? c.version : 1L)});
    addChildren(children, c, true);
  }
  sql.insertRows("commitment", {"id", "declaration_id", "ord", "text", "clause_id", "deadline", "version"},
                 std::move(rows));
  insertChildren(sql, std::move(children));
}

Result<Commitment> SqlCommitmentRepository::get(const CommitmentId& id) {
  return guarded(tx_, [&]() -> Result<Commitment> {
    auto found = loadCommitments(sql_, {"id = ?", "commitment_id = ?", {v(id)}}, "id");
    if (found.empty()) return Error::notFound("commitment " + id.str() + " does not exist", "commitment");
    return std::move(found.front());
  });
}

Result<app::Page<Commitment>> SqlCommitmentRepository::listByDeclaration(const DeclarationId& d,
                                                                        const app::PageRequest& page) {
  return guarded(tx_, [&]() -> Result<app::Page<Commitment>> {
    std::string ids = "(SELECT id FROM commitment WHERE declaration_id = ? AND id > ? ORDER BY id LIMIT ?)";
    app::Page<Commitment> out;
    out.items = loadCommitments(sql_, {"id IN " + ids, "commitment_id IN " + ids,
                                       {v(d), v(page.after), v(page.clampedLimit() + 1)}},
                                "id");
    trimPage(out.items, page.clampedLimit(), out.next, [](const Commitment& c) { return c.id.str(); });
    return out;
  });
}

Status SqlCommitmentRepository::insert(const Commitment& c) {
  return guarded(tx_, [&]() -> Status {
    Rows n = sql_.query("SELECT COUNT(*) FROM commitment WHERE declaration_id = ?", {v(c.declaration)});
    insertCommitments(sql_, {c}, static_cast<std::size_t>(n.i64(0, 0)));
    return {};
  });
}

Result<long> SqlCommitmentRepository::update(const Commitment& c, long expectedVersion) {
  return guarded(tx_, [&]() -> Result<long> {
    auto version = versionedUpdate(sql_, "commitment", "text = ?, clause_id = ?, deadline = ?",
                                   {v(c.text), v(c.clause), v(c.deadline)}, "id = ?", {v(c.id)}, expectedVersion,
                                   "commitment " + c.id.str());
    if (!version.ok()) return version;
    sql_.exec("DELETE FROM milestone WHERE commitment_id = ?", {v(c.id)});
    sql_.exec("DELETE FROM indicator WHERE commitment_id = ?", {v(c.id)});
    syncCountries(sql_, "commitment_country", "commitment_id", c.id.str(), c.countries);
    ChildRows children;
    addChildren(children, c, false);
    insertChildren(sql_, std::move(children));
    return version;
  });
}

}  // namespace accord::storage::detail
