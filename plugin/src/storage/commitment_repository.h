// Commitments with their milestones, indicators and countries in SQL.
#pragma once

#include "accord/app/repositories.h"
#include "tx_state.h"
#include "versioned.h"

namespace accord::storage::detail {

// Commitments matching `scope` (parent: commitment table, child: tables keyed by
// commitment_id), ordered by `order` ("id" or "declaration_id, ord").
std::vector<domain::Commitment> loadCommitments(Sql& sql, const Scope& scope, const std::string& order);
void insertCommitments(Sql& sql, const std::vector<domain::Commitment>& cs, std::size_t firstOrd);

class SqlCommitmentRepository final : public app::CommitmentRepository {
 public:
  SqlCommitmentRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Result<domain::Commitment> get(const domain::CommitmentId& id) override;
  domain::Result<app::Page<domain::Commitment>> listByDeclaration(const domain::DeclarationId& d,
                                                                  const app::PageRequest& page) override;
  domain::Status insert(const domain::Commitment& c) override;
  domain::Result<long> update(const domain::Commitment& c, long expectedVersion) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
