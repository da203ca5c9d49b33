// Language versions of a declaration's revisions in SQL: one row per version and
// one per translated unit, in the order they were written.
#pragma once

#include "accord/app/repositories.h"
#include "tx_state.h"
#include "versioned.h"

namespace accord::storage::detail {

// The versions matching `where` (a condition on language_version's own columns,
// which language_version_unit shares), by declaration, revision and language; the
// bulk insert keeps the versions given.
std::vector<domain::LanguageVersion> loadLanguageVersions(Sql& sql, const std::string& where, const Params& params);
void insertLanguageVersions(Sql& sql, const std::vector<domain::LanguageVersion>& vs);

class SqlLanguageVersionRepository final : public app::LanguageVersionRepository {
 public:
  SqlLanguageVersionRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Result<std::vector<domain::LanguageVersion>> list(const domain::DeclarationId& d) override;
  domain::Result<domain::LanguageVersion> get(const domain::DeclarationId& d, int revision,
                                              const std::string& language) override;
  domain::Status insert(const domain::LanguageVersion& v) override;
  domain::Result<long> update(const domain::LanguageVersion& v, long expectedVersion) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
