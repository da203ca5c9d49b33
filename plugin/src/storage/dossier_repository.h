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
  // In matrix_page.cpp.
  domain::Result<app::MatrixPage> loadMatrixPage(const domain::DeclarationId& id, const app::MatrixFilter& filter,
                                                 domain::Date today, const app::PageRequest& page) override;
  // In matrix_totals.cpp.
  domain::Result<app::MatrixTotals> loadMatrixTotals(const domain::DeclarationId& id, const app::MatrixFilter& filter,
                                                     domain::Date today, const std::string& after) override;
  // In waiting_items.cpp.
  domain::Result<std::vector<app::WaitingItem>> submittedReports(std::size_t limit) override;
  domain::Result<std::vector<app::WaitingItem>> overdueAssignments(domain::Date today, const app::WaitingFilter& filter,
                                                                   std::size_t limit) override;
  domain::Result<std::vector<app::WaitingItem>> atRiskAssignments(domain::Date today, const app::WaitingFilter& filter,
                                                                  std::size_t limit) override;
  // In inbox_queries.cpp.
  domain::Result<std::vector<app::WaitingItem>> pendingEndorsements(const domain::CountryCode& country,
                                                                    std::size_t limit) override;
  domain::Result<std::vector<app::WaitingItem>> proposedAssignments(const domain::CountryCode& country,
                                                                    std::size_t limit) override;
  domain::Result<std::vector<app::WaitingItem>> reportsDue(const domain::CountryCode& country,
                                                           std::size_t limit) override;
  domain::Result<std::vector<app::WaitingItem>> draftDeclarations(std::size_t limit) override;
  domain::Result<std::vector<app::WaitingItem>> endorsementProgress(std::size_t limit) override;
  domain::Result<std::vector<app::WaitingItem>> amendmentsToConsolidate(std::size_t limit) override;

 private:
  // In waiting_items.cpp: the shared walk of overdueAssignments and atRiskAssignments.
  Rows openAssignments(const char* deadline, domain::Date today, const app::WaitingFilter& filter,
                       const std::string& rest, const Params& restParams, std::size_t limit);
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
