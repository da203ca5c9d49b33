// Declarations, their invitations and their immutable revisions in SQL.
#pragma once

#include "accord/app/repositories.h"
#include "tx_state.h"
#include "versioned.h"

namespace accord::storage::detail {

// Declarations matching `scope` (parent: declaration table, child: tables keyed by
// declaration_id), ordered by `order` ("id" or "ord"), with invited countries and,
// if `withRevisions`, every revision's full text.
std::vector<domain::Declaration> loadDeclarations(Sql& sql, const Scope& scope, const std::string& order,
                                                  bool withRevisions);
// Inserts declarations (all revisions included) with their `ord` from `firstOrd` on.
void insertDeclarations(Sql& sql, const std::vector<domain::Declaration>& ds, std::size_t firstOrd);

class SqlDeclarationRepository final : public app::DeclarationRepository {
 public:
  SqlDeclarationRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Result<domain::Declaration> get(const domain::DeclarationId& id) override;
  domain::Result<app::Page<domain::Declaration>> listByConference(const domain::ConferenceId& c,
                                                                  const app::PageRequest& page) override;
  domain::Status insert(const domain::Declaration& d) override;
  domain::Result<long> update(const domain::Declaration& d, long expectedVersion) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
