#include "consultation_repository.h"

#include "codec.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
std::optional<int> optInt(const Rows& r, std::size_t i, std::size_t c) {
  if (auto n = r.optI64(i, c)) return static_cast<int>(*n);
  return std::nullopt;
}

Anchor anchorOf(const Rows& r, std::size_t i, std::size_t c) {
  return {static_cast<int>(r.i64(i, c)), idOf<ClauseId>(r, i, c + 1), r.str(i, c + 2)};
}

}  // namespace

std::vector<Comment> loadComments(Sql& sql, const std::string& where, const Params& params) {
  Rows r = sql.query("SELECT declaration_id, number, revision, unit, quote, reply_to_comment, reply_to_amendment, "
                     "text, author, country, created_at, supports FROM consultation_comment WHERE " + where +
                         " ORDER BY declaration_id, number",
                     params);
  std::vector<Comment> out(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) {
    Comment& c = out[i];
    c.declaration = idOf<DeclarationId>(r, i, 0);
    c.number = static_cast<int>(r.i64(i, 1));
    c.anchor = anchorOf(r, i, 2);
    c.replyToComment = optInt(r, i, 5);
    c.replyToAmendment = optInt(r, i, 6);
    c.text = r.str(i, 7);
    c.author = r.str(i, 8);
    c.country = optCountry(r, i, 9);
    c.createdAt = instant(r, i, 10);
    c.supports = r.i64(i, 11) != 0;
  }
  return out;
}

std::vector<Amendment> loadAmendments(Sql& sql, const std::string& where, const Params& params) {
  Rows r = sql.query("SELECT declaration_id, number, revision, unit, quote, kind, text, new_unit, justification, "
                     "author, country, created_at, state, decided_by, decided_at, reason, incorporated_in, version "
                     "FROM consultation_amendment WHERE " + where + " ORDER BY declaration_id, number",
                     params);
  std::vector<Amendment> out(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) {
    Amendment& a = out[i];
    a.declaration = idOf<DeclarationId>(r, i, 0);
    a.number = static_cast<int>(r.i64(i, 1));
    a.anchor = anchorOf(r, i, 2);
    a.kind = enumOf(r, i, 5, parseAmendmentKind);
    a.text = r.str(i, 6);
    a.newUnit = ClauseId(r.str(i, 7));
    a.justification = r.str(i, 8);
    a.author = r.str(i, 9);
    a.country = optCountry(r, i, 10);
    a.createdAt = instant(r, i, 11);
    a.state = enumOf(r, i, 12, parseAmendmentState);
    a.decidedBy = r.str(i, 13);
    a.decidedAt = optInstant(r, i, 14);
    a.reason = r.str(i, 15);
    a.incorporatedIn = optInt(r, i, 16);
    a.version = r.i64(i, 17);
  }
  return out;
}

void insertComments(Sql& sql, const std::vector<Comment>& cs) {
  std::vector<Params> rows;
  for (const auto& c : cs)
    rows.push_back({v(c.declaration), v(c.number), v(c.anchor.revision), v(c.anchor.unit), v(c.anchor.quote),
                    v(c.replyToComment), v(c.replyToAmendment), v(c.text), v(c.author), v(c.country),
                    v(c.createdAt), v(c.supports)});
  sql.insertRows("consultation_comment",
                 {"declaration_id", "number", "revision", "unit", "quote", "reply_to_comment", "reply_to_amendment",
                  "text", "author", "country", "created_at", "supports"},
                 std::move(rows));
}

void insertAmendments(Sql& sql, const std::vector<Amendment>& as) {
  std::vector<Params> rows;
  for (const auto& a : as)
    rows.push_back({v(a.declaration), v(a.number), v(a.anchor.revision), v(a.anchor.unit), v(a.anchor.quote),
                    v(toString(a.kind)), v(a.text), v(a.newUnit), v(a.justification), v(a.author), v(a.country),
                    v(a.createdAt), v(toString(a.state)), v(a.decidedBy), v(a.decidedAt), v(a.reason),
                    v(a.incorporatedIn), v(a.version > 0 ? a.version : 1L)});
  sql.insertRows("consultation_amendment",
                 {"declaration_id", "number", "revision", "unit", "quote", "kind", "text", "new_unit",
                  "justification", "author", "country", "created_at", "state", "decided_by", "decided_at", "reason",
                  "incorporated_in", "version"},
                 std::move(rows));
}

namespace {
// The next number in `table` for the declaration. On PostgreSQL the declaration's
// row is locked first, so that two writers numbering at once take turns instead of
// both taking the same number (SQLite lets one writer in at a time already).
int nextNumber(Sql& sql, const std::string& table, const DeclarationId& d) {
  if (sql.dialect() == Dialect::kPostgresql) sql.query("SELECT id FROM declaration WHERE id = ? FOR UPDATE", {v(d)});
  return static_cast<int>(
      sql.query("SELECT COALESCE(MAX(number), 0) + 1 FROM " + table + " WHERE declaration_id = ?", {v(d)}).i64(0, 0));
}

std::string scope(std::optional<int> revision) {
  return revision ? "declaration_id = ? AND revision = ?" : "declaration_id = ?";
}
Params scopeParams(const DeclarationId& d, std::optional<int> revision) {
  return revision ? Params{v(d), v(*revision)} : Params{v(d)};
}
}  // namespace

Result<std::vector<Comment>> SqlConsultationRepository::comments(const DeclarationId& d, std::optional<int> revision) {
  return guarded(tx_, [&]() -> Result<std::vector<Comment>> {
    return loadComments(sql_, scope(revision), scopeParams(d, revision));
  });
}

Result<std::vector<Amendment>> SqlConsultationRepository::amendments(const DeclarationId& d,
                                                                     std::optional<int> revision) {
  return guarded(tx_, [&]() -> Result<std::vector<Amendment>> {
    return loadAmendments(sql_, scope(revision), scopeParams(d, revision));
  });
}

Result<Comment> SqlConsultationRepository::comment(const DeclarationId& d, int number) {
  return guarded(tx_, [&]() -> Result<Comment> {
    auto found = loadComments(sql_, "declaration_id = ? AND number = ?", {v(d), v(number)});
    if (found.empty()) return Error::notFound("there is no comment " + std::to_string(number), "comment");
    return std::move(found.front());
  });
}

Result<Amendment> SqlConsultationRepository::amendment(const DeclarationId& d, int number) {
  return guarded(tx_, [&]() -> Result<Amendment> {
    auto found = loadAmendments(sql_, "declaration_id = ? AND number = ?", {v(d), v(number)});
    if (found.empty()) return Error::notFound("there is no amendment " + std::to_string(number), "amendment");
    return std::move(found.front());
  });
}

Result<int> SqlConsultationRepository::insert(const Comment& c) {
  return guarded(tx_, [&]() -> Result<int> {
    Comment numbered = c;
    numbered.number = nextNumber(sql_, "consultation_comment", c.declaration);
    insertComments(sql_, {numbered});
    return numbered.number;
  });
}

Result<int> SqlConsultationRepository::insert(const Amendment& a) {
  return guarded(tx_, [&]() -> Result<int> {
    Amendment numbered = a;
    numbered.number = nextNumber(sql_, "consultation_amendment", a.declaration);
    numbered.version = 1;
    insertAmendments(sql_, {numbered});
    return numbered.number;
  });
}

Result<long> SqlConsultationRepository::update(const Amendment& a, long expectedVersion) {
  return guarded(tx_, [&]() -> Result<long> {
    return versionedUpdate(sql_, "consultation_amendment",
                           "state = ?, decided_by = ?, decided_at = ?, reason = ?, incorporated_in = ?",
                           {v(toString(a.state)), v(a.decidedBy), v(a.decidedAt), v(a.reason), v(a.incorporatedIn)},
                           "declaration_id = ? AND number = ?", {v(a.declaration), v(a.number)}, expectedVersion,
                           "amendment " + std::to_string(a.number));
  });
}

}  // namespace accord::storage::detail
