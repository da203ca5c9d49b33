// What waits for a coordinator (by their country) and for the secretariat (by
// declaration status or amendment state), each read through an index of migration
// 0011 and stopped at its limit: the inboxes cost what they list, never a whole
// declaration's slice.
#include "dossier_repository.h"
#include "waiting_rows.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
// Rows of (declaration id, title, state): declaration-level items.
std::vector<app::WaitingItem> declarationItems(const Rows& r) {
  std::vector<app::WaitingItem> out(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) {
    out[i].declaration = DeclarationId(r.str(i, 0));
    out[i].declarationTitle = r.str(i, 1);
    out[i].state = r.str(i, 2);
  }
  return out;
}

const char* kAssignmentJoins =
    " FROM assignment a JOIN commitment c ON c.id = a.commitment_id JOIN declaration d ON d.id = c.declaration_id ";
}  // namespace

Result<std::vector<app::WaitingItem>> SqlDossierRepository::pendingEndorsements(const CountryCode& country,
                                                                               std::size_t limit) {
  // declaration_country_by_country gives the country's declarations; each is then
  // one primary-key probe of declaration and of endorsement.
  return guarded(tx_, [&]() -> Result<std::vector<app::WaitingItem>> {
    Rows r = sql_.query(
        "SELECT d.id, d.title, COALESCE(e.status, 'invited') FROM declaration_country dc "
        "JOIN declaration d ON d.id = dc.declaration_id "
        "LEFT JOIN endorsement e ON e.declaration_id = dc.declaration_id AND e.country = dc.country "
        "WHERE dc.country = ? AND d.status = 'open_for_endorsement' "
        "AND (e.status IS NULL OR e.status IN ('invited', 'consulting', 'endorsed_ad_referendum')) "
        "ORDER BY dc.declaration_id LIMIT ?",
        {v(country.str()), v(limit)});
    auto out = declarationItems(r);
    for (auto& w : out) w.country = country;
    return out;
  });
}

Result<std::vector<app::WaitingItem>> SqlDossierRepository::proposedAssignments(const CountryCode& country,
                                                                               std::size_t limit) {
  // The predicate is assignment_proposed's, word for word (partial index).
  return guarded(tx_, [&]() -> Result<std::vector<app::WaitingItem>> {
    Rows r = sql_.query(std::string("SELECT ") + kAssignmentColumns + ", a.acceptance" + kAssignmentJoins +
                            "WHERE a.country = ? AND a.acceptance = 'proposed' ORDER BY a.commitment_id LIMIT ?",
                        {v(country.str()), v(limit)});
    return assignmentItems(r);
  });
}

Result<std::vector<app::WaitingItem>> SqlDossierRepository::reportsDue(const CountryCode& country, std::size_t limit) {
  // Walks assignment_in_hand (the country's accepted, unfinished assignments) beside
  // latest_report, whose row carries the latest report's state (migration 0018): a
  // country's work in hand, not the reports it ever wrote. Joining `report` for the
  // state made PostgreSQL scan the whole latest_report index in parallel and probe
  // `report` per row: 12-18 ms at portfolio scale, 1-2 ms without it.
  return guarded(tx_, [&]() -> Result<std::vector<app::WaitingItem>> {
    Rows r = sql_.query(std::string("SELECT ") + kAssignmentColumns + ", COALESCE(l.state, 'no report')" +
                            kAssignmentJoins +
                            "LEFT JOIN latest_report l ON l.commitment_id = a.commitment_id AND l.country = a.country "
                            "WHERE a.country = ? AND a.acceptance = 'accepted' "
                            "AND a.status NOT IN ('completed', 'cancelled') "
                            "AND (l.state IS NULL OR l.state IN ('draft', 'returned')) "
                            "ORDER BY a.commitment_id LIMIT ?",
                        {v(country.str()), v(limit)});
    return assignmentItems(r);
  });
}

Result<std::vector<app::WaitingItem>> SqlDossierRepository::draftDeclarations(std::size_t limit) {
  return guarded(tx_, [&]() -> Result<std::vector<app::WaitingItem>> {
    Rows r = sql_.query(
        "SELECT d.id, d.title, d.status FROM declaration d WHERE d.status IN ('drafting', 'consultation') "
        "ORDER BY d.id LIMIT ?",
        {v(limit)});
    return declarationItems(r);
  });
}

Result<std::vector<app::WaitingItem>> SqlDossierRepository::endorsementProgress(std::size_t limit) {
  // declaration_by_status gives the first open declarations in id order; each
  // one's counts are one row of endorsement_count (migration 0015), kept with the
  // invitations and endorsements. A declaration inviting nobody has no row.
  return guarded(tx_, [&]() -> Result<std::vector<app::WaitingItem>> {
    Rows r = sql_.query(
        "SELECT d.id, d.title, d.status, ec.invited, ec.unanswered FROM declaration d "
        "JOIN endorsement_count ec ON ec.declaration_id = d.id "
        "WHERE d.status = 'open_for_endorsement' ORDER BY d.id LIMIT ?",
        {v(limit)});
    auto out = declarationItems(r);
    for (std::size_t i = 0; i < out.size(); ++i) {
      out[i].invited = static_cast<long>(r.i64(i, 3));
      out[i].unanswered = static_cast<long>(r.i64(i, 4));
    }
    return out;
  });
}

Result<std::vector<app::WaitingItem>> SqlDossierRepository::amendmentsToConsolidate(std::size_t limit) {
  // amendment_to_consolidate is partial on the state: incorporated ones leave it.
  return guarded(tx_, [&]() -> Result<std::vector<app::WaitingItem>> {
    Rows r = sql_.query(
        "SELECT d.id, d.title, am.state, am.number, am.unit, am.country FROM consultation_amendment am "
        "JOIN declaration d ON d.id = am.declaration_id WHERE am.state = 'accepted' "
        "ORDER BY am.declaration_id, am.number LIMIT ?",
        {v(limit)});
    auto out = declarationItems(r);
    for (std::size_t i = 0; i < out.size(); ++i) {
      out[i].amendment = static_cast<int>(r.i64(i, 3));
      out[i].clause = r.str(i, 4);
      out[i].country = optCountry(r, i, 5);
    }
    return out;
  });
}

}  // namespace accord::storage::detail
