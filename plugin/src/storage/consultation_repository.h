// Comments and amendments of a declaration's consultation in SQL.
#pragma once

#include "accord/app/repositories.h"
#include "tx_state.h"
#include "versioned.h"

namespace accord::storage::detail {

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
