// Comments and amendments of a declaration's consultation in SQL.
#pragma once

#include "accord/app/repositories.h"
#include "tx_state.h"
#include "versioned.h"

namespace accord::storage::detail {

// Comments and amendments matching `where` (a condition on their own columns), in
// number order per declaration; the bulk inserts keep the numbers given.
std::vector<domain::Comment> loadComments(Sql& sql, const std::string& where, const Params& params);
std::vector<domain::Amendment> loadAmendments(Sql& sql, const std::string& where, const Params& params);
void insertComments(Sql& sql, const std::vector<domain::Comment>& cs);
void insertAmendments(Sql& sql, const std::vector<domain::Amendment>& as);

class SqlConsultationRepository final : public app::ConsultationRepository {
 public:
  SqlConsultationRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Result<std::vector<domain::Comment>> comments(const domain::DeclarationId& d,
                                                        std::optional<int> revision) override;
  domain::Result<std::vector<domain::Amendment>> amendments(const domain::DeclarationId& d,
                                                            std::optional<int> revision) override;
  domain::Result<domain::Comment> comment(const domain::DeclarationId& d, int number) override;
  domain::Result<domain::Amendment> amendment(const domain::DeclarationId& d, int number) override;
  domain::Result<int> insert(const domain::Comment& c) override;
  domain::Result<int> insert(const domain::Amendment& a) override;
  domain::Result<long> update(const domain::Amendment& a, long expectedVersion) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
