// Accounts and sessions in the database: the hash is stored exactly, versions
// guard concurrent changes, the schema itself binds coordinators to a country,
// and sessions are revoked and purged as the session service expects.
#include "accord/app/account_use_cases.h"
#include "accord/app/audit_use_cases.h"
#include "accord/app/session_service.h"
#include "accord/security/jwt_token_service.h"
#include "accord/security/pbkdf2_password_hasher.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;
using domain::Role;

BOOST_AUTO_TEST_SUITE(account_storage_tests)

namespace {
domain::Account account(const std::string& name, Role role, std::optional<domain::CountryCode> country = {}) {
  domain::Account a;
  a.name = name;
  a.displayName = "Dragana Đorđević";
  a.email = name + "@skopje-2016.example";
  a.role = role;
  a.country = std::move(country);
  a.passwordHash = domain::PasswordHash("pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0$aGFzaGhhc2g=");
  a.version = 1;
  return a;
}

// Runs `work` in one read-write transaction and requires it to succeed.
void inTx(Env& env, const std::function<domain::Status(app::Repositories&)>& work) {
  ok(env.fresh.store().run(app::TxMode::kReadWrite, work));
}

// Adds coordinator.al, password "a long enough passphrase", through the use case.
void addAlbaniasCoordinator(Env& env, const app::PasswordHasher& hasher) {
  domain::CountryCatalog countries = sampleCatalog();
  app::AccountServices services{hasher, countries};
  domain::Actor admin{"cli:test", Role::kAdmin, std::nullopt};
  ok(app::addAccount(env.ctx, services, admin,
                     {"coordinator.al", "Mirela Dervishi", "al@x.example", Role::kCoordinator, cc("AL"),
                      "a long enough passphrase"}));
}

app::SessionRecord session(const std::string& id, const std::string& who, const char* issued, const char* expires) {
  return {id, who, at(issued), at(expires), std::nullopt, "10.0.0.7"};
}
}  // namespace

BOOST_DATA_TEST_CASE(an_account_round_trips_and_updates_by_version, allBackends(), backend) {
  Env env(backend);
  inTx(env, [](app::Repositories& r) {
    return r.accounts().insert(account("coordinator.rs", Role::kCoordinator, cc("RS")));
  });
  inTx(env, [](app::Repositories& r) -> domain::Status {
    auto a = ok(r.accounts().get("coordinator.rs"));
    BOOST_TEST(a.displayName == "Dragana Đorđević");
    BOOST_TEST(a.country.value().str() == "RS");
    BOOST_TEST(a.active);
    BOOST_TEST(a.passwordHash.encoded() == "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0$aGFzaGhhc2g=");
    BOOST_TEST(a.version == 1);
    a.role = Role::kMonitor;
    a.country.reset();
    a.active = false;
    BOOST_TEST(ok(r.accounts().update(a, 1)) == 2);
    BOOST_TEST((codeOf(r.accounts().update(a, 1)) == ErrorCode::kConflict));
    BOOST_TEST((codeOf(r.accounts().get("nobody")) == ErrorCode::kNotFound));
    BOOST_TEST((codeOf(r.accounts().insert(a)) == ErrorCode::kAlreadyExists));
    return {};
  });
  inTx(env, [](app::Repositories& r) -> domain::Status {
    auto a = ok(r.accounts().get("coordinator.rs"));
    BOOST_TEST((a.role == Role::kMonitor));
    BOOST_TEST(!a.country.has_value());
    BOOST_TEST(!a.active);
    return {};
  });
}

BOOST_DATA_TEST_CASE(accounts_list_by_name_in_pages_and_count_active_admins, allBackends(), backend) {
  Env env(backend);
  inTx(env, [](app::Repositories& r) -> domain::Status {
    for (const char* name : {"viewer", "admin", "monitor", "admin.two"}) {
      auto a = account(name, std::string(name).rfind("admin", 0) == 0 ? Role::kAdmin : Role::kViewer);
      a.active = std::string(name) != "admin.two";
      ok(r.accounts().insert(a));
    }
    BOOST_TEST(ok(r.accounts().countActive(Role::kAdmin)) == 1);
    auto first = ok(r.accounts().list({3, {}}));
    BOOST_TEST_REQUIRE(first.items.size() == 3u);
    BOOST_TEST(first.items[0].name == "admin");
    BOOST_TEST(first.items[1].name == "admin.two");
    auto rest = ok(r.accounts().list({3, first.next}));
    BOOST_TEST_REQUIRE(rest.items.size() == 1u);
    BOOST_TEST(rest.items[0].name == "viewer");
    BOOST_TEST(rest.next.empty());
    return {};
  });
}

BOOST_DATA_TEST_CASE(the_schema_binds_coordinators_and_only_them_to_a_country, allBackends(), backend) {
  Env env(backend);
  const std::string columns = "INSERT INTO account (name, display_name, email, role, country, active, "
                              "password_hash, version) VALUES ";
  BOOST_CHECK_THROW(env.fresh.raw(columns + "('c.mk', 'C', 'c@x.example', 'coordinator', NULL, 1, 'h', 1)"),
                    std::exception);
  BOOST_CHECK_THROW(env.fresh.raw(columns + "('m.mk', 'M', 'm@x.example', 'monitor', 'MK', 1, 'h', 1)"),
                    std::exception);
  BOOST_CHECK_THROW(env.fresh.raw(columns + "('o.mk', 'O', 'o@x.example', 'owner', NULL, 1, 'h', 1)"),
                    std::exception);
  env.fresh.raw(columns + "('c.mk', 'C', 'c@x.example', 'coordinator', 'MK', 1, 'h', 1)");
}

BOOST_DATA_TEST_CASE(sessions_are_revoked_once_and_purged_after_expiry, allBackends(), backend) {
  Env env(backend);
  inTx(env, [](app::Repositories& r) -> domain::Status {
    ok(r.accounts().insert(account("monitor", Role::kMonitor)));
    ok(r.sessions().insert(session("t-old", "monitor", "2017-07-01T08:00:00Z", "2017-07-01T16:00:00Z")));
    ok(r.sessions().insert(session("t-one", "monitor", "2017-08-01T08:00:00Z", "2017-08-01T16:00:00Z")));
    ok(r.sessions().insert(session("t-two", "monitor", "2017-08-01T09:00:00Z", "2017-08-01T17:00:00Z")));
    auto found = ok(r.sessions().find("t-one"));
    BOOST_TEST_REQUIRE(found.has_value());
    BOOST_TEST(found->account == "monitor");
    BOOST_TEST(found->expiresAt.iso() == "2017-08-01T16:00:00Z");
    BOOST_TEST(found->address == "10.0.0.7");
    BOOST_TEST(!found->revokedAt.has_value());
    BOOST_TEST(!ok(r.sessions().find("t-none")).has_value());
    BOOST_TEST(ok(r.sessions().revoke("t-one", at("2017-08-01T10:00:00Z"))));
    BOOST_TEST(!ok(r.sessions().revoke("t-one", at("2017-08-01T10:05:00Z"))));
    BOOST_TEST(ok(r.sessions().find("t-one"))->revokedAt.value().iso() == "2017-08-01T10:00:00Z");
    // Only the one live session is left to revoke: t-one is ended, t-old expired.
    BOOST_TEST(ok(r.sessions().revokeAll("monitor", at("2017-08-01T11:00:00Z"))) == 1);
    BOOST_TEST(ok(r.sessions().purgeExpired(at("2017-08-01T12:00:00Z"))) == 1);
    BOOST_TEST(!ok(r.sessions().find("t-old")).has_value());
    BOOST_TEST(ok(r.sessions().find("t-two")).has_value());
    return {};
  });
}

BOOST_DATA_TEST_CASE(throttle_states_are_stored_replaced_and_purged, allBackends(), backend) {
  Env env(backend);
  app::LoginThrottleState first{1, at("2017-08-01T10:00:00Z"), at("2017-08-01T10:00:00Z"), at("2017-08-01T10:15:00Z")};
  app::LoginThrottleState later{4, at("2017-08-01T10:00:00Z"), at("2017-08-01T10:05:02Z"), at("2017-08-01T10:15:00Z")};
  app::LoginThrottleState old{2, at("2017-08-01T08:00:00Z"), at("2017-08-01T08:00:00Z"), at("2017-08-01T08:15:00Z")};
  inTx(env, [&](app::Repositories& r) {
    ok(r.loginThrottle().save("pair:monitor 10.0.0.7", first));
    ok(r.loginThrottle().save("pair:monitor 10.0.0.7", later));  // replaces, never a duplicate key
    ok(r.loginThrottle().save("addr:10.0.0.7", old));
    return domain::Status{};
  });
  inTx(env, [&](app::Repositories& r) {
    auto found = ok(r.loginThrottle().find({"pair:monitor 10.0.0.7", "addr:10.0.0.7", "user:monitor"}));
    BOOST_TEST(found.size() == 2u);
    const auto& pair = found.at("pair:monitor 10.0.0.7");
    BOOST_TEST(pair.failures == 4);
    BOOST_TEST(pair.nextAllowed.iso() == "2017-08-01T10:05:02Z");
    BOOST_TEST(pair.expiresAt.iso() == "2017-08-01T10:15:00Z");
    BOOST_TEST(ok(r.loginThrottle().purgeExpired(at("2017-08-01T09:00:00Z"))) == 1);
    ok(r.loginThrottle().forget("pair:monitor 10.0.0.7"));
    BOOST_TEST(ok(r.loginThrottle().find({"pair:monitor 10.0.0.7", "addr:10.0.0.7"})).empty());
    return domain::Status{};
  });
}

// Two servers on one database: failures counted by one refuse attempts on the
// other, so a guesser gains nothing by spreading attempts over the servers behind
// a load balancer, and the owner still gets in through either.
BOOST_DATA_TEST_CASE(two_servers_on_one_database_share_the_throttle, allBackends(), backend) {
  Env env(backend);
  security::Pbkdf2PasswordHasher hasher(1000);
  addAlbaniasCoordinator(env, hasher);
  security::JwtTokenService tokens(std::string(40, 's'));
  auto otherStore = env.fresh.reopen();
  app::Context otherCtx{*otherStore, env.clock, snapshots()};
  app::SessionService one(env.ctx, hasher, tokens, security::newTokenId);
  app::SessionService two(otherCtx, hasher, tokens, security::newTokenId);
  for (int failure = 0; failure < app::LoginThrottle::kLockAfter; ++failure) {
    app::SessionService& server = failure % 2 ? two : one;
    auto attempt = server.signIn("coordinator.al", "guess " + std::to_string(failure), "10.0.0.66");
    while (!attempt.ok() && attempt.error().code == ErrorCode::kRateLimited) {
      env.clock.set(domain::Timestamp::fromSeconds(env.clock.now().seconds() + attempt.error().retryAfterSeconds));
      attempt = server.signIn("coordinator.al", "guess " + std::to_string(failure), "10.0.0.66");
    }
    BOOST_TEST_REQUIRE((codeOf(attempt) == ErrorCode::kUnauthenticated));
  }
  for (app::SessionService* server : {&one, &two}) {
    auto refused = server->signIn("coordinator.al", "a long enough passphrase", "10.0.0.66");
    BOOST_TEST((codeOf(refused) == ErrorCode::kRateLimited));
    BOOST_TEST(refused.error().message.find("locked") != std::string::npos, refused.error().message);
    ok(server->signIn("coordinator.al", "a long enough passphrase", "10.0.0.99"));
  }
}

BOOST_DATA_TEST_CASE(a_sign_in_round_trip_is_audited_and_the_chain_verifies, allBackends(), backend) {
  Env env(backend);
  security::Pbkdf2PasswordHasher hasher(1000);
  addAlbaniasCoordinator(env, hasher);
  security::JwtTokenService tokens(std::string(40, 's'));
  app::SessionService sessions(env.ctx, hasher, tokens, security::newTokenId);
  auto in = ok(sessions.signIn("coordinator.al", "a long enough passphrase", "10.0.0.7"));
  auto who = ok(sessions.authenticate(in.token));
  BOOST_TEST(who.actor.actsFor(cc("AL")));
  ok(sessions.signOut(who.tokenId));
  BOOST_TEST((codeOf(sessions.authenticate(in.token)) == ErrorCode::kUnauthenticated));
  auto report = ok(app::verifyAuditOffline(env.fresh.store()));
  BOOST_TEST(report.ok);
  BOOST_TEST(report.checked == 3);  // account.created, session.started, session.ended
}

BOOST_AUTO_TEST_SUITE_END()
