#include "language_version_repository.h"

#include <map>
#include <tuple>

#include "codec.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
using Key = std::tuple<std::string, int, std::string>;

void insertUnits(Sql& sql, const std::vector<LanguageVersion>& vs) {
  std::vector<Params> rows;
  for (const auto& lv : vs)
    for (std::size_t i = 0; i < lv.units.size(); ++i) {
      const auto& u = lv.units[i];
      rows.push_back({v(lv.declaration), v(lv.revision), v(lv.language), v(i), v(u.unit), v(u.leadPhrase), v(u.text),
                      v(u.sourceRevision)});
    }
  sql.insertRows("language_version_unit",
                 {"declaration_id", "revision", "language", "position", "unit", "lead_phrase", "text",
                  "source_revision"},
                 std::move(rows));
}
}  // namespace

std::vector<LanguageVersion> loadLanguageVersions(Sql& sql, const std::string& where, const Params& params) {
  Rows r = sql.query("SELECT declaration_id, revision, language, state, translator, authentic, closing_formula, "
                     "closing_source_revision, verified_by, verified_at, version, title FROM language_version WHERE " +
                         where + " ORDER BY declaration_id, revision, language",
                     params);
  std::vector<LanguageVersion> out(r.size());
  std::map<Key, std::size_t> at;
  for (std::size_t i = 0; i < r.size(); ++i) {
    LanguageVersion& lv = out[i];
    lv.declaration = idOf<DeclarationId>(r, i, 0);
    lv.revision = static_cast<int>(r.i64(i, 1));
    lv.language = r.str(i, 2);
    lv.state = enumOf(r, i, 3, parseTranslationState);
    lv.translator = r.str(i, 4);
    lv.authentic = r.i64(i, 5) != 0;
    lv.closingFormula = r.str(i, 6);
    lv.closingSourceRevision = static_cast<int>(r.i64(i, 7));
    lv.verifiedBy = r.str(i, 8);
    lv.verifiedAt = optInstant(r, i, 9);
    lv.version = r.i64(i, 10);
    lv.title = r.str(i, 11);
    at[{lv.declaration.str(), lv.revision, lv.language}] = i;
  }
  if (out.empty()) return out;
  Rows u = sql.query("SELECT declaration_id, revision, language, unit, lead_phrase, text, source_revision "
                     "FROM language_version_unit WHERE " + where +
                         " ORDER BY declaration_id, revision, language, position",
                     params);
  for (std::size_t i = 0; i < u.size(); ++i) {
    auto found = at.find({u.str(i, 0), static_cast<int>(u.i64(i, 1)), u.str(i, 2)});
    if (found == at.end()) continue;
    out[found->second].units.push_back(
        {idOf<ClauseId>(u, i, 3), u.str(i, 4), u.str(i, 5), static_cast<int>(u.i64(i, 6))});
  }
  return out;
}

void insertLanguageVersions(Sql& sql, const std::vector<LanguageVersion>& vs) {
  std::vector<Params> rows;
  for (const auto& lv : vs)
    rows.push_back({v(lv.declaration), v(lv.revision), v(lv.language), v(toString(lv.state)), v(lv.translator),
                    v(lv.authentic), v(lv.closingFormula), v(lv.closingSourceRevision), v(lv.verifiedBy),
                    v(lv.verifiedAt), v(lv.version > 0 ? lv.version : 1L), v(lv.title)});
  sql.insertRows("language_version",
                 {"declaration_id", "revision", "language", "state", "translator", "authentic", "closing_formula",
                  "closing_source_revision", "verified_by", "verified_at", "version", "title"},
                 std::move(rows));
  insertUnits(sql, vs);
}

Result<std::vector<LanguageVersion>> SqlLanguageVersionRepository::list(const DeclarationId& d) {
  return guarded(tx_, [&]() -> Result<std::vector<LanguageVersion>> {
    return loadLanguageVersions(sql_, "declaration_id = ?", {v(d)});
  });
}

Result<LanguageVersion> SqlLanguageVersionRepository::get(const DeclarationId& d, int revision,
                                                          const std::string& language) {
  return guarded(tx_, [&]() -> Result<LanguageVersion> {
    auto found = loadLanguageVersions(sql_, "declaration_id = ? AND revision = ? AND language = ?",
                                      {v(d), v(revision), v(language)});
    if (found.empty())
      return Error::notFound("revision " + std::to_string(revision) + " has no '" + language + "' version",
                             "language");
    return std::move(found.front());
  });
}

Status SqlLanguageVersionRepository::insert(const LanguageVersion& lv) {
  return guarded(tx_, [&]() -> Status {
    LanguageVersion first = lv;
    first.version = 1;
    insertLanguageVersions(sql_, {first});
    return {};
  });
}

// The units are few (a revision's), so they are written anew rather than diffed.
Result<long> SqlLanguageVersionRepository::update(const LanguageVersion& lv, long expectedVersion) {
  return guarded(tx_, [&]() -> Result<long> {
    Params key{v(lv.declaration), v(lv.revision), v(lv.language)};
    auto version = versionedUpdate(
        sql_, "language_version",
        "state = ?, translator = ?, authentic = ?, closing_formula = ?, closing_source_revision = ?, "
        "verified_by = ?, verified_at = ?, title = ?",
        {v(toString(lv.state)), v(lv.translator), v(lv.authentic), v(lv.closingFormula), v(lv.closingSourceRevision),
         v(lv.verifiedBy), v(lv.verifiedAt), v(lv.title)},
        "declaration_id = ? AND revision = ? AND language = ?", key, expectedVersion,
        "the '" + lv.language + "' version of revision " + std::to_string(lv.revision));
    if (!version.ok()) return version;
    sql_.exec("DELETE FROM language_version_unit WHERE declaration_id = ? AND revision = ? AND language = ?", key);
    insertUnits(sql_, {lv});
    return version;
  });
}

}  // namespace accord::storage::detail
