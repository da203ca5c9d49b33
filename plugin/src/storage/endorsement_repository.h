// Endorsements and their transition history in SQL.
#pragma once

#include "accord/app/repositories.h"
#include "tx_state.h"
#include "versioned.h"

namespace accord::storage::detail {

// Endorsements matching `scope` (the WHERE applies to both endorsement and
// endorsement_event, which share declaration_id and country), in stored order.
std::vector<domain::Endorsement> loadEndorsements(Sql& sql, const Scope& scope);
void insertEndorsements(Sql& sql, const std::vector<domain::Endorsement>& es, std::size_t firstOrd);

class SqlEndorsementRepository final : public app::EndorsementRepository {
 public:
  SqlEndorsementRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Result<std::optional<domain::Endorsement>> find(const domain::DeclarationId& d,
                                                          const domain::CountryCode& country) override;
  domain::Result<std::vector<domain::Endorsement>> listByDeclaration(const domain::DeclarationId& d) override;
  domain::Status insert(const domain::Endorsement& e) override;
  domain::Result<long> update(const domain::Endorsement& e, long expectedVersion) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
