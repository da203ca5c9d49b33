#include "endorsement_repository.h"

#include <map>

#include "codec.h"
#include "endorsement_count.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
const std::vector<std::string> kEventColumns = {"declaration_id", "country", "seq", "at", "actor", "from_status",
                                          "to_status", "method", "on_behalf", "statement", "evidence"};

Params eventRow(const Endorsement& e, std::size_t seq) {
  const auto& ev = e.history[seq];
  return {v(e.declaration), v(e.country), v(seq), v(ev.at), v(ev.actor), v(toString(ev.from)), v(toString(ev.to)),
          ev.method ? v(toString(*ev.method)) : SqlValue{nullptr}, v(ev.onBehalf), v(ev.statement), v(ev.evidence)};
}

std::optional<EndorsementMethod> optMethod(const Rows& r, std::size_t i, std::size_t c) {
  if (r.isNull(i, c)) return std::nullopt;
  return enumOf(r, i, c, parseEndorsementMethod);
}
}  // namespace

std::vector<Endorsement> loadEndorsements(Sql& sql, const Scope& s) {
  std::vector<Endorsement> out;
  std::map<std::pair<std::string, std::string>, std::size_t> at;
  Rows r = sql.query("SELECT declaration_id, country, status, revision, date, place, signer_name, signer_title, "
                     "method, on_behalf, recorded_by, statement, evidence, version FROM endorsement WHERE " +
                         s.parent + " ORDER BY declaration_id, ord",
                     s.params);
  for (std::size_t i = 0; i < r.size(); ++i) {
    Endorsement e;
    e.declaration = idOf<DeclarationId>(r, i, 0);
    e.country = country(r, i, 1);
    e.status = enumOf(r, i, 2, parseEndorsementStatus);
    if (auto n = r.optI64(i, 3)) e.revision = static_cast<int>(*n);
    e.date = optDate(r, i, 4);
    e.place = r.str(i, 5);
    if (!r.isNull(i, 6)) e.signer = Signer{r.str(i, 6), r.str(i, 7)};
    e.method = optMethod(r, i, 8);
    e.onBehalf = flag(r, i, 9);
    e.recordedBy = r.str(i, 10);
    e.statement = r.str(i, 11);
    e.evidence = r.str(i, 12);
    e.version = r.i64(i, 13);
    at[{e.declaration.str(), e.country.str()}] = out.size();
    out.push_back(std::move(e));
  }
  if (out.empty()) return out;
  Rows ev = sql.query("SELECT declaration_id, country, at, actor, from_status, to_status, method, on_behalf, "
                      "statement, evidence FROM endorsement_event WHERE " + s.child +
                          " ORDER BY declaration_id, country, seq",
                      s.params);
  for (std::size_t i = 0; i < ev.size(); ++i) {
    EndorsementEvent e{instant(ev, i, 2),
                       ev.str(i, 3),
                       enumOf(ev, i, 4, parseEndorsementStatus),
                       enumOf(ev, i, 5, parseEndorsementStatus),
                       optMethod(ev, i, 6),
                       flag(ev, i, 7),
                       ev.str(i, 8),
                       ev.str(i, 9)};
    out[at.at({ev.str(i, 0), ev.str(i, 1)})].history.push_back(std::move(e));
  }
  return out;
}

void insertEndorsements(Sql& sql, const std::vector<Endorsement>& es, std::size_t firstOrd) {
  std::vector<Params> rows, events;
  for (std::size_t k = 0; k < es.size(); ++k) {
    const auto& e = es[k];
    rows.push_back({v(e.declaration), v(e.country), v(firstOrd + k), v(toString(e.status)), v(e.revision), v(e.date),
                    v(e.place), e.signer ? v(e.signer->name) : SqlValue{nullptr},
                    e.signer ? v(e.signer->title) : SqlValue{nullptr},
                    e.method ? v(toString(*e.method)) : SqlValue{nullptr}, v(e.onBehalf), v(e.recordedBy),
                    v(e.statement), v(e.evidence), v(e.version > 0 ? e.version : 1L)});
    for (std::size_t i = 0; i < e.history.size(); ++i) events.push_back(eventRow(e, i));
  }
  sql.insertRows("endorsement", {"declaration_id", "country", "ord", "status", "revision", "date", "place",
                                 "signer_name", "signer_title", "method", "on_behalf", "recorded_by", "statement",
                                 "evidence", "version"}, std::move(rows));
  sql.insertRows("endorsement_event", kEventColumns, std::move(events));
  std::vector<std::string> declarations;
  for (const auto& e : es) declarations.push_back(e.declaration.str());
  refreshEndorsementCounts(sql, std::move(declarations));
}

Result<std::optional<Endorsement>> SqlEndorsementRepository::find(const DeclarationId& d, const CountryCode& c) {
  return guarded(tx_, [&]() -> Result<std::optional<Endorsement>> {
    std::string where = "declaration_id = ? AND country = ?";
    auto found = loadEndorsements(sql_, {where, where, {v(d), v(c)}});
    if (found.empty()) return std::optional<Endorsement>();
    return std::optional<Endorsement>(std::move(found.front()));
  });
}

Result<std::vector<Endorsement>> SqlEndorsementRepository::listByDeclaration(const DeclarationId& d) {
  return guarded(tx_, [&]() -> Result<std::vector<Endorsement>> {
    return loadEndorsements(sql_, {"declaration_id = ?", "declaration_id = ?", {v(d)}});
  });
}

Status SqlEndorsementRepository::insert(const Endorsement& e) {
  return guarded(tx_, [&]() -> Status {
    Rows n = sql_.query("SELECT COUNT(*) FROM endorsement WHERE declaration_id = ?", {v(e.declaration)});
    insertEndorsements(sql_, {e}, static_cast<std::size_t>(n.i64(0, 0)));
    return {};
  });
}

Result<long> SqlEndorsementRepository::update(const Endorsement& e, long expectedVersion) {
  return guarded(tx_, [&]() -> Result<long> {
    auto version = versionedUpdate(
        sql_, "endorsement",
        "status = ?, revision = ?, date = ?, place = ?, signer_name = ?, signer_title = ?, method = ?, "
        "on_behalf = ?, recorded_by = ?, statement = ?, evidence = ?",
        {v(toString(e.status)), v(e.revision), v(e.date), v(e.place),
         e.signer ? v(e.signer->name) : SqlValue{nullptr}, e.signer ? v(e.signer->title) : SqlValue{nullptr},
         e.method ? v(toString(*e.method)) : SqlValue{nullptr}, v(e.onBehalf), v(e.recordedBy), v(e.statement),
         v(e.evidence)},
        "declaration_id = ? AND country = ?", {v(e.declaration), v(e.country)}, expectedVersion,
        "the endorsement of " + e.country.str());
    if (!version.ok()) return version;
    Rows n = sql_.query("SELECT COUNT(*) FROM endorsement_event WHERE declaration_id = ? AND country = ?",
                        {v(e.declaration), v(e.country)});
    std::vector<Params> events;
    for (auto i = static_cast<std::size_t>(n.i64(0, 0)); i < e.history.size(); ++i) events.push_back(eventRow(e, i));
    sql_.insertRows("endorsement_event", kEventColumns, std::move(events));
    refreshEndorsementCounts(sql_, {e.declaration.str()});
    return version;
  });
}

}  // namespace accord::storage::detail
