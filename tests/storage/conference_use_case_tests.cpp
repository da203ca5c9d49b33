// Conferences through the real stores: delegations added, patches merged and
// deletions, each in one transaction that authorizes before anything else.
#include "accord/app/conference_use_cases.h"
#include "accord/app/declaration_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/audit_use_cases.h"
#include "accord/app/read_models.h"
#include "accord/app/report_use_cases.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;

BOOST_AUTO_TEST_SUITE(conference_use_case_tests)


BOOST_DATA_TEST_CASE(a_delegation_is_added_once_with_members_from_the_directory, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  app::Directory directory = directoryOf(sample);
  BOOST_TEST_REQUIRE(!directory.people.empty());
  domain::Conference c = sample.conference;
  c.id = domain::ConferenceId("deleg-conf");
  c.delegations.clear();
  c = ok(app::createConference(env.ctx, secretariat(), c, directory));
  domain::Delegation d;
  d.country = cc("AL");
  d.members = {{directory.people[0].id, domain::DelegateRole::kExpert}};
  auto catalog = sampleCatalog();
  BOOST_TEST((codeOf(app::addDelegation(env.ctx, monitor(), catalog, c.id, d, c.version)) == ErrorCode::kForbidden));
  domain::Delegation nowhere = d;
  nowhere.country = cc("ZZ");
  auto unknown = app::addDelegation(env.ctx, secretariat(), catalog, c.id, nowhere, c.version);
  BOOST_TEST((codeOf(unknown) == ErrorCode::kInvalidArgument));
  BOOST_TEST(unknown.error().field == "country");
  domain::Delegation stranger = d;
  stranger.members.push_back({domain::PersonId("nobody"), domain::DelegateRole::kExpert});
  auto notListed = app::addDelegation(env.ctx, secretariat(), catalog, c.id, stranger, c.version);
  BOOST_TEST((codeOf(notListed) == ErrorCode::kNotFound));
  BOOST_TEST(notListed.error().field == "members[1].person");
  BOOST_TEST((codeOf(app::addDelegation(env.ctx, secretariat(), catalog, c.id, d, c.version + 1)) ==
              ErrorCode::kConflict));
  auto before = auditCount(env.fresh.store());
  auto added = ok(app::addDelegation(env.ctx, secretariat(), catalog, c.id, d, c.version));
  BOOST_TEST(added.version == c.version + 1);
  BOOST_TEST(auditCount(env.fresh.store()) == before + 1);
  BOOST_TEST_REQUIRE(ok(app::getConference(env.ctx, monitor(), c.id)).delegations.size() == 1u);
  auto twice = app::addDelegation(env.ctx, secretariat(), catalog, c.id, d, added.version);
  BOOST_TEST((codeOf(twice) == ErrorCode::kAlreadyExists));
  BOOST_TEST(twice.error().field == "country");
}


// The merge runs on the conference as stored, inside the transaction that checks
// the version: a stale version is refused there, after the merge, and nothing is
// written or audited.
BOOST_DATA_TEST_CASE(a_conference_patch_merges_over_the_stored_record_and_a_stale_one_writes_nothing, allBackends(),
                     backend) {
  Env env(backend);
  auto sample = sampleDossier();
  auto stored = ok(app::createConference(env.ctx, secretariat(), sample.conference, directoryOf(sample)));
  int merges = 0;
  auto toStruga = [&](const domain::Conference& current) -> domain::Result<domain::Conference> {
    ++merges;
    BOOST_TEST(current.version == stored.version);  // what the store holds, not a copy from elsewhere
    domain::Conference c = current;
    c.city = "Struga";
    return c;
  };
  auto before = auditCount(env.fresh.store());
  auto stale = app::patchConference(env.ctx, secretariat(), stored.id, toStruga, stored.version + 1);
  BOOST_TEST((codeOf(stale) == ErrorCode::kConflict));
  BOOST_TEST(merges == 1);
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), stored.id)).city == stored.city);
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), stored.id)).version == stored.version);
  BOOST_TEST(auditCount(env.fresh.store()) == before);

  auto changed = ok(app::patchConference(env.ctx, secretariat(), stored.id, toStruga, stored.version));
  BOOST_TEST(changed.city == "Struga");
  BOOST_TEST(changed.version == stored.version + 1);
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), stored.id)).city == "Struga");
  BOOST_TEST(auditCount(env.fresh.store()) == before + 1);
}


// Outsiders are refused before the version or the record is looked at; the merge's
// own refusal is returned as it is, and leaves the record alone.
BOOST_DATA_TEST_CASE(a_conference_patch_authorizes_before_the_version_and_the_merge, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  auto stored = ok(app::createConference(env.ctx, secretariat(), sample.conference, directoryOf(sample)));
  int merges = 0;
  auto refuse = [&](const domain::Conference&) -> domain::Result<domain::Conference> {
    ++merges;
    return domain::Error::invalid("city", "is not a city");
  };
  domain::Result<long> noVersion =
      domain::Error{ErrorCode::kPreconditionRequired, "send If-Match with the version you read", ""};
  BOOST_TEST((codeOf(app::patchConference(env.ctx, coordinator("AL"), stored.id, refuse, noVersion)) ==
              ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::patchConference(env.ctx, coordinator("AL"), stored.id, refuse, stored.version)) ==
              ErrorCode::kForbidden));
  BOOST_TEST(merges == 0);
  BOOST_TEST((codeOf(app::patchConference(env.ctx, secretariat(), stored.id, refuse, noVersion)) ==
              ErrorCode::kPreconditionRequired));
  BOOST_TEST((codeOf(app::patchConference(env.ctx, secretariat(), domain::ConferenceId("nowhere"), refuse,
                                          stored.version)) == ErrorCode::kNotFound));
  BOOST_TEST(merges == 0);
  auto refused = app::patchConference(env.ctx, secretariat(), stored.id, refuse, stored.version);
  BOOST_TEST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().field == "city");
  BOOST_TEST(merges == 1);
  auto rename = [](const domain::Conference& current) -> domain::Result<domain::Conference> {
    domain::Conference c = current;
    c.id = domain::ConferenceId("renamed");
    return c;
  };
  auto renamed = app::patchConference(env.ctx, secretariat(), stored.id, rename, stored.version);
  BOOST_TEST_REQUIRE(!renamed.ok());
  BOOST_TEST(renamed.error().field == "id");
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), stored.id)).version == stored.version);
}


BOOST_DATA_TEST_CASE(deleting_a_conference_refuses_an_outsider_before_asking_for_a_version, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  auto stored = ok(app::createConference(env.ctx, secretariat(), sample.conference, directoryOf(sample)));
  domain::Result<long> noVersion =
      domain::Error{ErrorCode::kPreconditionRequired, "send If-Match with the version you read", ""};
  BOOST_TEST((codeOf(app::deleteConference(env.ctx, coordinator("AL"), stored.id, noVersion)) ==
              ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::deleteConference(env.ctx, secretariat(), stored.id, noVersion)) ==
              ErrorCode::kPreconditionRequired));
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), stored.id)).version == stored.version);
}

BOOST_AUTO_TEST_SUITE_END()
