// Signed checkpoints of the audit chain against someone who can write the
// database: a rewrite with every hash recomputed and the head updated, or a cut
// back chain, passes the plain chain check but not a checkpoint taken before it;
// and the checkpoint itself cannot be altered or forged with another key.
#include <string>

#include "accord/app/audit_use_cases.h"
#include "accord/app/conference_use_cases.h"
#include "accord/app/store.h"
#include "accord/security/ed25519.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(audit_checkpoint_use_case_tests)

namespace {

struct Keys {
  security::Ed25519KeyPair pair = security::generateEd25519KeyPair();
  security::Ed25519Signer signer = security::Ed25519Signer::fromPem(pair.privatePem, "key").value();
  security::Ed25519Verifier verifier = security::Ed25519Verifier::fromPem(pair.publicPem, "public key").value();
};

// Appends audit events: the conference's creation, then one rename each.
class Trail {
 public:
  explicit Trail(Env& env) : env_(env) {}
  void add(int events) {
    for (int i = 0; i < events; ++i) {
      if (!created_) {
        auto d = sampleDossier();
        c_ = ok(app::createConference(env_.ctx, secretariat(), d.conference, directoryOf(d)));
        created_ = true;
      } else {
        c_.title = "Renamed " + std::to_string(++renamed_);
        c_ = ok(app::updateConference(env_.ctx, secretariat(), c_, c_.version));
      }
    }
  }

 private:
  Env& env_;
  domain::Conference c_;
  bool created_ = false;
  int renamed_ = 0;
};

// Rewrites event `seq`'s actor as a database administrator covering their tracks
// would: every later hash recomputed and relinked, the head updated to match.
void rewriteWithNewHashes(Env& env, std::int64_t seq) {
  auto events = ok(app::transact<std::vector<app::AuditEvent>>(
      env.fresh.store(), app::TxMode::kReadOnly, [](app::Repositories& r) { return r.audit().range(0, 1000); }));
  env.fresh.dropAuditGuard();
  std::string prev = app::kGenesisHash;
  for (auto e : events) {
    if (e.seq == seq) e.entry.actor = "intruder";
    e.prevHash = prev;
    e.hash = app::chainHash(prev, e);
    env.fresh.raw("UPDATE audit_event SET actor = '" + e.entry.actor + "', prev_hash = '" + e.prevHash +
                  "', hash = '" + e.hash + "' WHERE seq = " + std::to_string(e.seq));
    prev = e.hash;
  }
  env.fresh.raw("UPDATE audit_head SET hash = '" + prev + "' WHERE id = 1");
}

}  // namespace

BOOST_DATA_TEST_CASE(a_chain_that_grew_still_extends_its_checkpoint, allBackends(), backend) {
  Env env(backend);
  Keys keys;
  Trail trail(env);
  trail.add(5);
  auto taken = ok(app::takeAuditCheckpoint(env.fresh.store(), keys.signer, at("2017-08-02T09:00:00Z")));
  BOOST_TEST(taken.checkpoint.seq == 5);
  BOOST_TEST(taken.file.find("sequence: 5\n") != std::string::npos);
  trail.add(3);
  auto read = ok(app::readCheckpoint(taken.file, keys.verifier));
  BOOST_TEST(read.hash == taken.checkpoint.hash);
  BOOST_TEST(read.takenAt.iso() == "2017-08-02T09:00:00Z");
  auto report = ok(app::verifyAuditAgainst(env.fresh.store(), read));
  BOOST_TEST(report.ok, report.reason);
  BOOST_TEST(report.checked == 8);
}

BOOST_DATA_TEST_CASE(an_event_rewritten_with_recomputed_hashes_breaks_the_checkpoint, allBackends(), backend) {
  Env env(backend);
  Keys keys;
  Trail trail(env);
  trail.add(5);
  auto taken = ok(app::takeAuditCheckpoint(env.fresh.store(), keys.signer, at("2017-08-02T09:00:00Z")));
  trail.add(2);
  rewriteWithNewHashes(env, 3);
  // The plain check cannot tell: that is the finding checkpoints answer.
  BOOST_TEST(ok(app::verifyAuditOffline(env.fresh.store())).ok);
  auto report = ok(app::verifyAuditAgainst(env.fresh.store(), taken.checkpoint));
  BOOST_TEST(!report.ok);
  BOOST_TEST(report.brokenAt.value_or(0) == 5);
  BOOST_TEST(report.reason.find("rewritten after the checkpoint") != std::string::npos, report.reason);
}

BOOST_DATA_TEST_CASE(an_event_altered_after_the_checkpoint_is_named, allBackends(), backend) {
  Env env(backend);
  Keys keys;
  Trail trail(env);
  trail.add(3);
  auto taken = ok(app::takeAuditCheckpoint(env.fresh.store(), keys.signer, at("2017-08-02T09:00:00Z")));
  trail.add(3);
  env.fresh.dropAuditGuard();
  env.fresh.raw("UPDATE audit_event SET actor = 'intruder' WHERE seq = 5");
  auto report = ok(app::verifyAuditAgainst(env.fresh.store(), taken.checkpoint));
  BOOST_TEST(!report.ok);
  BOOST_TEST(report.brokenAt.value_or(0) == 5);
  BOOST_TEST(report.reason.find("altered") != std::string::npos, report.reason);
}

BOOST_DATA_TEST_CASE(a_chain_cut_back_before_the_checkpoint_is_found, allBackends(), backend) {
  Env env(backend);
  Keys keys;
  Trail trail(env);
  trail.add(5);
  auto taken = ok(app::takeAuditCheckpoint(env.fresh.store(), keys.signer, at("2017-08-02T09:00:00Z")));
  env.fresh.dropAuditGuard();
  // The tail removed and the head moved back: the chain itself looks whole.
  env.fresh.raw("DELETE FROM audit_event WHERE seq >= 4");
  env.fresh.raw("UPDATE audit_head SET seq = 3, hash = (SELECT hash FROM audit_event WHERE seq = 3) WHERE id = 1");
  BOOST_TEST(ok(app::verifyAuditOffline(env.fresh.store())).ok);
  auto report = ok(app::verifyAuditAgainst(env.fresh.store(), taken.checkpoint));
  BOOST_TEST(!report.ok);
  BOOST_TEST(report.brokenAt.value_or(0) == 4);
  BOOST_TEST(report.reason.find("events were removed") != std::string::npos, report.reason);
}

BOOST_DATA_TEST_CASE(a_broken_chain_gets_no_checkpoint, allBackends(), backend) {
  Env env(backend);
  Keys keys;
  Trail trail(env);
  trail.add(3);
  env.fresh.dropAuditGuard();
  env.fresh.raw("UPDATE audit_event SET actor = 'intruder' WHERE seq = 2");
  auto taken = app::takeAuditCheckpoint(env.fresh.store(), keys.signer, at("2017-08-02T09:00:00Z"));
  BOOST_TEST(codeOf(taken) == domain::ErrorCode::kInvalidState);
  BOOST_TEST(taken.error().message.find("broken at event 2") != std::string::npos, taken.error().message);
}

BOOST_DATA_TEST_CASE(an_empty_trail_has_a_checkpoint_too, allBackends(), backend) {
  Env env(backend);
  Keys keys;
  auto taken = ok(app::takeAuditCheckpoint(env.fresh.store(), keys.signer, at("2017-08-02T09:00:00Z")));
  BOOST_TEST(taken.checkpoint.seq == 0);
  Trail trail(env);
  trail.add(2);
  BOOST_TEST(ok(app::verifyAuditAgainst(env.fresh.store(), ok(app::readCheckpoint(taken.file, keys.verifier)))).ok);
}

BOOST_AUTO_TEST_SUITE_END()
