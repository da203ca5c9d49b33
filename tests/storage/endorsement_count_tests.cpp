// The secretariat's endorsement progress comes from the endorsement_count summary
// (migration 0015), kept by the declaration and endorsement repositories. Each case
// recomputes the counts from scratch with the domain's rule (invited countries and
// domain::pendingEndorsements over the stored declaration and endorsements) and
// compares them with what the inbox shows: after endorsement changes, after a change
// to the invited countries, and after the migration's backfill of older data.
#include <map>

#include "accord/app/dossier_use_cases.h"
#include "accord/app/endorsement_use_cases.h"
#include "accord/app/overview.h"
#include "accord/app/read_models.h"
#include "accord/domain/reminder.h"
#include "conformance_env.h"
#include "two_stores.h"

using namespace accord;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(endorsement_count_tests)

namespace {
using Counts = std::map<std::string, std::pair<long, long>>;  // declaration → (invited, unanswered)

Counts shown(const app::Context& ctx) {
  Counts out;
  auto box = ok(app::inbox(ctx, secretariat()));
  for (const auto& i : box.items)
    if (i.kind == app::InboxKind::kInvitation) out[i.declaration.str()] = {i.invited, i.unanswered};
  return out;
}

// From the stored records through the domain, as if no summary existed.
Counts recomputed(const app::Context& ctx, const domain::Dossier& sample) {
  Counts out;
  for (const auto& stub : sample.declarations) {
    auto d = ok(app::getDeclaration(ctx, monitor(), stub.id));
    if (d.status != domain::DeclarationStatus::kOpenForEndorsement || d.invitedCountries.empty()) continue;
    auto recorded = ok(app::listEndorsements(ctx, monitor(), d.id));
    out[d.id.str()] = {static_cast<long>(d.invitedCountries.size()),
                       static_cast<long>(domain::pendingEndorsements(d, recorded).size())};
  }
  return out;
}

void expectAgreement(const app::Context& ctx, const domain::Dossier& sample, long unanswered) {
  auto want = recomputed(ctx, sample);
  BOOST_TEST_REQUIRE(want.size() == 1u);
  BOOST_TEST(want.begin()->second.second == unanswered);  // the scenario moved as intended
  auto got = shown(ctx);
  BOOST_TEST(got.size() == want.size());
  for (const auto& [id, counts] : want) {
    BOOST_TEST_REQUIRE(got.count(id) == 1u, id);
    BOOST_TEST(got.at(id).first == counts.first, id << " invited");
    BOOST_TEST(got.at(id).second == counts.second, id << " unanswered");
  }
}

domain::EndorsementAct act(domain::EndorsementStatus to) {
  domain::EndorsementAct a;
  a.to = to;
  a.date = day("2017-08-01");
  a.method = domain::EndorsementMethod::kWrittenNotification;
  if (domain::isSigned(to)) a.signer = domain::Signer{"Signer", "Minister"};
  return a;
}

void setInvited(Env& env, const domain::DeclarationId& id, std::vector<domain::CountryCode> countries) {
  ok(env.fresh.store().run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
    auto d = ok(r.declarations().get(id));
    d.invitedCountries = countries;
    auto v = r.declarations().update(d, d.version);
    return v.ok() ? domain::Status() : domain::Status(v.error());
  }));
}
}  // namespace

BOOST_DATA_TEST_CASE(the_progress_follows_every_endorsement_change, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const auto& id = sample.declarations[0].id;
  expectAgreement(env.ctx, sample, 2);  // MK and XK; AL endorsed
  using S = domain::EndorsementStatus;
  auto mk = ok(app::recordEndorsement(env.ctx, coordinator("MK"), id, cc("MK"), act(S::kConsulting), 0));
  expectAgreement(env.ctx, sample, 2);  // consulting has not answered yet
  mk = ok(app::recordEndorsement(env.ctx, coordinator("MK"), id, cc("MK"), act(S::kEndorsed), mk.version));
  expectAgreement(env.ctx, sample, 1);
  ok(app::recordEndorsement(env.ctx, coordinator("XK"), id, cc("XK"), act(S::kDeclined), 0));
  expectAgreement(env.ctx, sample, 0);
  ok(app::recordEndorsement(env.ctx, coordinator("MK"), id, cc("MK"), act(S::kWithdrawn), mk.version));
  expectAgreement(env.ctx, sample, 0);  // withdrawn is an answer
}

BOOST_DATA_TEST_CASE(the_progress_follows_the_invited_countries, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const auto& id = sample.declarations[0].id;
  auto before = sample.declarations[0].invitedCountries;
  auto more = before;
  more.push_back(cc("GR"));
  setInvited(env, id, more);
  expectAgreement(env.ctx, sample, 3);
  BOOST_TEST(shown(env.ctx).at(id.str()).first == static_cast<long>(before.size() + 1));
  setInvited(env, id, before);
  expectAgreement(env.ctx, sample, 2);
}

BOOST_DATA_TEST_CASE(the_counts_of_older_data_are_backfilled, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  ok(app::recordEndorsement(env.ctx, coordinator("MK"), sample.declarations[0].id, cc("MK"),
                            act(domain::EndorsementStatus::kConsulting), 0));
  env.fresh.close();
  env.fresh.raw("DROP TABLE endorsement_count");
  // Migration 16 (the directory's columns) came after it: undone too, so that both run again.
  for (const char* column : {"email", "language"}) env.fresh.raw(std::string("ALTER TABLE person DROP COLUMN ") + column);
  env.fresh.raw("ALTER TABLE organization DROP COLUMN kind");
  // And migration 20 (open assignments per commitment), 19 (notification choices and the digest).
  env.fresh.raw("DROP TABLE open_assignment_count");
  for (const char* table : {"notification_choice", "notification_digest"}) env.fresh.raw(std::string("DROP TABLE ") + table);
  env.fresh.raw("DROP INDEX notification_held");
  env.fresh.raw("ALTER TABLE notification DROP COLUMN digest_key");
  // And migrations 18 (the latest report's head columns) and 17 (the agenda).
  for (const char* column : {"period_start", "period_end", "percent", "state", "version"})
    env.fresh.raw(std::string("ALTER TABLE latest_report DROP COLUMN ") + column);
  for (const char* table : {"conference_session_speaker", "conference_session"})
    env.fresh.raw(std::string("DROP TABLE ") + table);
  env.fresh.raw("DELETE FROM schema_version WHERE version >= 15");
  auto store = env.fresh.reopen();
  app::Context ctx{*store, env.clock, snapshots()};
  expectAgreement(ctx, sample, 2);
}

// Two servers recording different countries' endorsements of one declaration at
// the same moment both rewrite its summary row: neither may fail (on PostgreSQL the
// second used to hit the row the first re-inserted), and the counts end right.
BOOST_DATA_TEST_CASE(concurrent_endorsements_of_one_declaration_all_land_and_count, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const auto& id = sample.declarations[0].id;
  const auto& codes = twentyCountries();
  inviteCountries(env, id, codes);
  auto written = writeFromTwoStores(env, codes, [&](const app::Context& ctx, const std::string& code) {
    auto r = app::recordEndorsement(ctx, coordinator(code), id, cc(code), act(domain::EndorsementStatus::kEndorsed), 0);
    return r.ok() ? domain::Status() : domain::Status(r.error());
  });
  BOOST_TEST(written.failed.empty(), (written.failed.empty() ? std::string() : written.failed.front()));
  BOOST_TEST(written.landed == static_cast<int>(codes.size()));
  expectAgreement(env.ctx, sample, 2);  // MK and XK still; every added country endorsed
}

BOOST_AUTO_TEST_SUITE_END()
