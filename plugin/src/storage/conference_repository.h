// Conferences and their directories (countries, organizations, people) in SQL.
#pragma once

#include "accord/app/repositories.h"
#include "tx_state.h"
#include "versioned.h"

namespace accord::storage::detail {

// Conferences matching `scope` (parent: conference table, child: tables keyed by
// conference_id), with languages, organizers, speakers and delegations, ordered by id.
std::vector<domain::Conference> loadConferences(Sql& sql, const Scope& scope);
app::Directory loadDirectory(Sql& sql, const domain::ConferenceId& id);
void insertConference(Sql& sql, const domain::Conference& c, const app::Directory& directory);

class SqlConferenceRepository final : public app::ConferenceRepository {
 public:
  SqlConferenceRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Result<domain::Conference> get(const domain::ConferenceId& id) override;
  domain::Result<app::Page<domain::Conference>> list(const app::PageRequest& page) override;
  domain::Result<app::Directory> directory(const domain::ConferenceId& id) override;
  domain::Status insert(const domain::Conference& c, const app::Directory& directory) override;
  domain::Result<long> update(const domain::Conference& c, long expectedVersion) override;
  domain::Status addPerson(const domain::ConferenceId& conference, const domain::Person& p) override;
  domain::Status updatePerson(const domain::ConferenceId& conference, const domain::Person& p) override;
  domain::Status addOrganization(const domain::ConferenceId& conference, const domain::Organization& o) override;
  domain::Status updateOrganization(const domain::ConferenceId& conference, const domain::Organization& o) override;
  domain::Status remove(const domain::ConferenceId& id, long expectedVersion) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
