// Whole conferences: bulk import, lossless export, and the slice of one
// declaration the status views read.
#pragma once

#include "accord/app/repositories.h"
#include "sql.h"
#include "tx_state.h"

namespace accord::storage::detail {

class SqlDossierRepository final : public app::DossierRepository {
 public:
  SqlDossierRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Status insert(const domain::Dossier& d) override;
  domain::Result<domain::Dossier> load(const domain::ConferenceId& id) override;
  domain::Result<domain::Dossier> loadDeclarationSlice(const domain::DeclarationId& id) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
