// The read side the API and the pages serve: single records, lists, and the two
// status views. Each authorizes the read and runs in one read-only transaction, so
// what it returns is one consistent snapshot.
#pragma once

#include <memory>
#include <vector>

#include "accord/app/context.h"
#include "accord/app/report_key.h"
#include "accord/domain/actor.h"
#include "accord/domain/tally.h"

namespace accord::app {

Result<domain::Conference> getConference(const Context& ctx, const domain::Actor& actor,
                                         const domain::ConferenceId& id);
Result<Page<domain::Conference>> listConferences(const Context& ctx, const domain::Actor& actor,
                                                 const PageRequest& page);
// Headers only (no revisions), ordered by id.
Result<Page<domain::Declaration>> listDeclarations(const Context& ctx, const domain::Actor& actor,
                                                   const domain::ConferenceId& conference, const PageRequest& page);
// With every revision.
Result<domain::Declaration> getDeclaration(const Context& ctx, const domain::Actor& actor,
                                           const domain::DeclarationId& id);
Result<std::vector<domain::Endorsement>> listEndorsements(const Context& ctx, const domain::Actor& actor,
                                                          const domain::DeclarationId& id);
// One invited country's endorsement: as recorded, or, with nothing recorded yet, as
// invited at version 0 (what the first recording must name as its version).
// Returns kNotFound for an unknown declaration, kNotFound naming "country" for a
// country not invited to endorse it.
Result<domain::Endorsement> getEndorsement(const Context& ctx, const domain::Actor& actor,
                                           const domain::DeclarationId& declaration,
                                           const domain::CountryCode& country);
Result<Page<domain::Commitment>> listCommitments(const Context& ctx, const domain::Actor& actor,
                                                 const domain::DeclarationId& id, const PageRequest& page);

// Return kNotFound for an unknown record; the report also (naming "report") when it
// is not one of the assignment `report` names.
Result<domain::Commitment> getCommitment(const Context& ctx, const domain::Actor& actor,
                                         const domain::CommitmentId& id);
Result<domain::ProgressReport> getReport(const Context& ctx, const domain::Actor& actor, const ReportKey& report);
// The people, organizations and country overrides the conference's records name.
Result<Directory> getDirectory(const Context& ctx, const domain::Actor& actor, const domain::ConferenceId& id);

struct AssignmentDetail {
  domain::Assignment assignment;
  std::vector<domain::ProgressReport> reports;  // by period end
};
Result<AssignmentDetail> getAssignment(const Context& ctx, const domain::Actor& actor,
                                       const domain::CommitmentId& commitment, const domain::CountryCode& country);

// One page of an assignment's reports, oldest first (by period end). Returns
// kNotFound for an assignment that does not exist, kInvalidArgument naming
// "cursor" for a cursor of another list.
Result<Page<domain::ProgressReport>> listReports(const Context& ctx, const domain::Actor& actor,
                                                 const domain::CommitmentId& commitment,
                                                 const domain::CountryCode& country, const PageRequest& page);

// The views point into the slice they were computed from, which they keep alive.
struct TallyView {
  std::shared_ptr<const domain::Dossier> slice;
  const domain::Declaration* declaration;
  domain::EndorsementTally tally;
  // Every invited country's endorsement in the tally's order: as recorded, or as
  // invited at version 0 (the same placeholder getEndorsement returns).
  std::vector<domain::Endorsement> endorsements() const;
};
struct MatrixView {
  std::shared_ptr<const domain::Dossier> slice;
  const domain::Declaration* declaration;
  domain::ImplementationMatrix matrix;
};

// Return kNotFound for an unknown declaration. Each reads what it needs in a
// bounded number of queries whatever the size: the tally the declaration and its
// endorsements, the matrix the declaration's slice (DossierRepository).
Result<TallyView> endorsementTally(const Context& ctx, const domain::Actor& actor, const domain::DeclarationId& id);
Result<MatrixView> implementationMatrix(const Context& ctx, const domain::Actor& actor,
                                        const domain::DeclarationId& id);

// One page of the implementation matrix: its rows' cells as of the clock's today,
// read by key (DossierRepository::loadMatrixPage), so a page costs the same in a
// declaration of ten commitments or of ten thousand.
struct MatrixPageView {
  std::shared_ptr<const domain::Dossier> slice;
  const domain::Declaration* declaration;
  domain::ImplementationMatrix matrix;  // the page's rows; its overdue counts them alone
  std::size_t overdue = 0;              // overdue cells the filter keeps, over every row
  std::string next;                     // the cursor of the next page; empty on the last
};

// Returns kNotFound for an unknown declaration, kForbidden if `actor` may not read
// it, kInvalidArgument naming "cursor" for a cursor that is not one of its rows.
Result<MatrixPageView> implementationMatrixPage(const Context& ctx, const domain::Actor& actor,
                                                const domain::DeclarationId& id, const MatrixFilter& filter,
                                                const PageRequest& page);

// One page of the matrix with the totals its filter keeps over every row: what the
// browser's grid shows. Read in one transaction, so the totals and the page agree.
struct MatrixGridView {
  MatrixPageView page;
  MatrixTotals totals;
};

// Returns what implementationMatrixPage returns, on the same conditions.
Result<MatrixGridView> implementationMatrixGrid(const Context& ctx, const domain::Actor& actor,
                                                const domain::DeclarationId& id, const MatrixFilter& filter,
                                                const PageRequest& page);

}  // namespace accord::app
