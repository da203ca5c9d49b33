// Assignments (one commitment for one country) in SQL.
#pragma once

#include "accord/app/repositories.h"
#include "tx_state.h"
#include "versioned.h"

namespace accord::storage::detail {

// Assignments whose row matches `where`, in stored order.
// In `order` (commitment_id, ord by default: stored order within each commitment).
std::vector<domain::Assignment> loadAssignments(Sql& sql, const std::string& where, const Params& params,
                                                const std::string& order = "commitment_id, ord");
void insertAssignments(Sql& sql, const std::vector<domain::Assignment>& as);

class SqlAssignmentRepository final : public app::AssignmentRepository {
 public:
  SqlAssignmentRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Result<domain::Assignment> get(const domain::CommitmentId& c, const domain::CountryCode& country) override;
  domain::Result<std::vector<domain::Assignment>> listByCommitment(const domain::CommitmentId& c) override;
  domain::Status insert(const domain::Assignment& a) override;
  domain::Result<long> update(const domain::Assignment& a, long expectedVersion) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
