// Accounts and sessions through the use cases, on a real (SQLite) store: only
// admins manage accounts, the password hash never leaves, and a token is only as
// good as its stored session and its account are at the moment it is used.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "accord/app/account_use_cases.h"
#include "accord/app/audit_use_cases.h"
#include "accord/app/session_service.h"
#include "accord/json/json_snapshots.h"
#include "accord/security/jwt_token_service.h"
#include "accord/security/pbkdf2_password_hasher.h"
#include "accord/storage/storage.h"

using namespace accord;
using namespace accord::app;
using domain::ErrorCode;
using domain::Role;
namespace bdata = boost::unit_test::data;

namespace accord::domain {
std::ostream& operator<<(std::ostream& os, Role r) { return os << toString(r); }
}  // namespace accord::domain

namespace {

domain::CountryCode cc(const char* code) { return domain::CountryCode::parse("t", code).value(); }
domain::Timestamp at(const char* iso) { return domain::Timestamp::parse("t", iso).value(); }

const domain::Actor kAdmin{"cli:test", Role::kAdmin, std::nullopt};
const std::string kPassword = "correct horse battery";

std::unique_ptr<Store> temporaryStore(std::string& dir) {
  dir = (std::filesystem::temp_directory_path() / ("accord-accounts-" + security::newTokenId())).string();
  return storage::openStore("sqlite:" + dir + "/accord.db").value();
}

// One deployment: a store, a settable clock and the security adapters, with a
// PBKDF2 cost low enough for tests.
struct World {
  World() : store(temporaryStore(dir)), ctx{*store, clock, snapshots} {
    for (const char* code : {"MK", "RS", "AL", "XK"}) countries.put({cc(code), code, "", "", {}, false});
    ok(addAccount(ctx, services, kAdmin, {"admin", "Admin", "admin@x.example", Role::kAdmin, {}, kPassword}));
  }
  ~World() {
    store.reset();
    std::filesystem::remove_all(dir);
  }
  template <class T>
  static T ok(domain::Result<T> r) {
    BOOST_TEST_REQUIRE(r.ok(), (r.ok() ? "" : r.error().message));
    return std::move(r).value();
  }
  domain::Account add(const std::string& name, Role role, std::optional<domain::CountryCode> country = {}) {
    return ok(addAccount(ctx, services, kAdmin, {name, "Someone", name + "@x.example", role, country, kPassword}));
  }
  long versionOf(const std::string& name) { return ok(getAccount(ctx, kAdmin, name)).version; }
  void advance(std::int64_t seconds) { clock.set(domain::Timestamp::fromSeconds(clock.now().seconds() + seconds)); }
  std::vector<AuditEvent> audit() { return ok(listAudit(ctx, kAdmin, {}, {kMaxPageSize, {}})).items; }

  std::string dir;
  std::unique_ptr<Store> store;
  domain::FixedClock clock{at("2016-10-28T09:00:00Z")};
  json::JsonSnapshots snapshots;
  Context ctx;
  security::Pbkdf2PasswordHasher hasher{1000};
  domain::CountryCatalog countries;
  AccountServices services{hasher, countries};
  security::JwtTokenService tokens{std::string(40, 's')};
  SessionService sessions{ctx, hasher, tokens, security::newTokenId};
};

template <class R>
ErrorCode codeOf(const R& r) {
  BOOST_TEST_REQUIRE(!r.ok());
  return r.error().code;
}
template <class R>
std::string fieldOf(const R& r) {
  BOOST_TEST_REQUIRE(!r.ok());
  return r.error().field;
}

const Role kNonAdmins[] = {Role::kSecretariat, Role::kCoordinator, Role::kMonitor, Role::kViewer};

}  // namespace

BOOST_AUTO_TEST_SUITE(account_use_cases_tests)

BOOST_DATA_TEST_CASE(only_admins_manage_accounts, bdata::make(kNonAdmins), role) {
  World w;
  auto target = w.add("viewer.one", Role::kViewer);
  domain::Actor actor{"someone", role, role == Role::kCoordinator ? std::optional(cc("MK")) : std::nullopt};
  AccountChange promote;
  promote.role = Role::kAdmin;
  BOOST_TEST(codeOf(addAccount(w.ctx, w.services, actor, {"x.y", "X", "x@y.example", Role::kAdmin, {}, kPassword})) ==
             ErrorCode::kForbidden);
  BOOST_TEST(codeOf(listAccounts(w.ctx, actor, {})) == ErrorCode::kForbidden);
  BOOST_TEST(codeOf(getAccount(w.ctx, actor, "admin")) == ErrorCode::kForbidden);
  BOOST_TEST(codeOf(changeAccount(w.ctx, w.services, actor, target.name, promote, target.version)) ==
             ErrorCode::kForbidden);
  BOOST_TEST(codeOf(resetPassword(w.ctx, w.services, actor, target.name, kPassword, target.version)) ==
             ErrorCode::kForbidden);
  BOOST_TEST(w.ok(getAccount(w.ctx, kAdmin, target.name)).role == Role::kViewer);
  BOOST_TEST(w.ok(listAccounts(w.ctx, kAdmin, {})).items.size() == 2u);
}

BOOST_AUTO_TEST_CASE(bad_input_is_refused_naming_the_field) {
  World w;
  auto add = [&](NewAccount r) { return addAccount(w.ctx, w.services, kAdmin, r); };
  BOOST_TEST(fieldOf(add({"c.mk", "C", "c@x.example", Role::kCoordinator, {}, kPassword})) == "country");
  BOOST_TEST(fieldOf(add({"c.mk", "C", "c@x.example", Role::kCoordinator, cc("FR"), kPassword})) == "country");
  BOOST_TEST(fieldOf(add({"c.mk", "C", "not-an-address", Role::kViewer, {}, kPassword})) == "email");
  BOOST_TEST(fieldOf(add({"c mk", "C", "c@x.example", Role::kViewer, {}, kPassword})) == "name");
  BOOST_TEST(fieldOf(add({"c.mk", "C", "c@x.example", Role::kViewer, {}, "short"})) == "password");
  BOOST_TEST(codeOf(add({"Admin", "A", "a@x.example", Role::kViewer, {}, kPassword})) == ErrorCode::kAlreadyExists);
  BOOST_TEST(w.ok(listAccounts(w.ctx, kAdmin, {})).items.size() == 1u);
}

BOOST_AUTO_TEST_CASE(any_role_reads_the_names_and_roles_a_page_shows_in_one_call) {
  World w;
  w.ok(addAccount(w.ctx, w.services, kAdmin,
                  {"coordinator.mk", "Aleksandar Trajkovski", "a@x.example", Role::kCoordinator, cc("MK"), kPassword}));
  const domain::Actor viewer{"viewer", Role::kViewer, std::nullopt};
  // Repeats, an unknown account, a non-name and an empty one: only the accounts come back.
  auto names = w.ok(accountNames(w.ctx, viewer, {"coordinator.mk", "admin", "coordinator.mk", "gone.away", "<b>", ""}));
  BOOST_TEST(names.size() == 2u);
  BOOST_TEST(names.at("coordinator.mk").displayName == "Aleksandar Trajkovski");
  BOOST_TEST((names.at("coordinator.mk").role == Role::kCoordinator));
  BOOST_TEST((names.at("admin").role == Role::kAdmin));
  BOOST_TEST(w.ok(accountNames(w.ctx, viewer, {})).empty());
}

BOOST_AUTO_TEST_CASE(the_password_hash_never_leaves_the_store) {
  World w;
  auto added = w.add("coordinator.mk", Role::kCoordinator, cc("MK"));
  BOOST_TEST(added.passwordHash.empty());
  BOOST_TEST(w.ok(getAccount(w.ctx, kAdmin, "coordinator.mk")).passwordHash.empty());
  for (const auto& a : w.ok(listAccounts(w.ctx, kAdmin, {})).items) BOOST_TEST(a.passwordHash.empty());
  auto signedIn = w.ok(w.sessions.signIn("coordinator.mk", kPassword, "10.0.0.7"));
  BOOST_TEST(signedIn.account.passwordHash.empty());
  BOOST_TEST(w.ok(w.sessions.authenticate(signedIn.token)).account.passwordHash.empty());

  std::string stored;
  BOOST_TEST_REQUIRE(w.store->run(TxMode::kReadOnly, [&](Repositories& r) -> Status {
    stored = r.accounts().get("coordinator.mk")->passwordHash.encoded();
    return {};
  }).ok());
  BOOST_TEST(stored.rfind("pbkdf2-sha256$1000$", 0) == 0u, stored);
  std::size_t saltAt = stored.find('$', stored.find('$') + 1) + 1;
  std::string salt = stored.substr(saltAt, 8);
  std::string hash = stored.substr(stored.rfind('$') + 1, 8);
  auto reset = w.ok(resetPassword(w.ctx, w.services, kAdmin, "coordinator.mk", "another long password", 1));
  for (const auto& e : w.audit()) {
    for (const std::string* json : {&e.entry.before, &e.entry.after}) {
      BOOST_TEST(json->find("pbkdf2") == std::string::npos, e.entry.action);
      BOOST_TEST(json->find(salt) == std::string::npos, e.entry.action);
      BOOST_TEST(json->find(hash) == std::string::npos, e.entry.action);
      BOOST_TEST(json->find(signedIn.token.substr(0, 20)) == std::string::npos, e.entry.action);
    }
  }
  BOOST_TEST(reset.version == 2);
}

BOOST_AUTO_TEST_CASE(a_coordinator_signs_in_and_acts_for_their_country) {
  World w;
  w.add("coordinator.mk", Role::kCoordinator, cc("MK"));
  auto signedIn = w.ok(w.sessions.signIn("Coordinator.MK", kPassword, "10.0.0.7"));
  BOOST_TEST(signedIn.expiresAt.iso() == "2016-10-28T17:00:00Z");
  auto who = w.ok(w.sessions.authenticate(signedIn.token));
  BOOST_TEST(who.actor.name == "coordinator.mk");
  BOOST_TEST(who.actor.role == Role::kCoordinator);
  BOOST_TEST(who.actor.actsFor(cc("MK")));
  BOOST_TEST(!who.actor.actsFor(cc("RS")));
  auto events = w.audit();
  BOOST_TEST(events.back().entry.action == "session.started");
  BOOST_TEST(events.back().entry.actor == "coordinator.mk");
  BOOST_TEST(events.back().entry.after.find(who.tokenId) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_unknown_name_and_a_wrong_password_get_the_same_answer) {
  World w;
  w.add("monitor.one", Role::kMonitor);
  auto wrong = w.sessions.signIn("monitor.one", "not the password", "10.0.0.7");
  auto unknown = w.sessions.signIn("nobody.here", kPassword, "10.0.0.8");
  BOOST_TEST(codeOf(wrong) == ErrorCode::kUnauthenticated);
  BOOST_TEST(codeOf(unknown) == ErrorCode::kUnauthenticated);
  BOOST_TEST(wrong.error().message == unknown.error().message);
}

BOOST_AUTO_TEST_CASE(tampered_forged_and_expired_tokens_are_refused) {
  World w;
  w.add("monitor.one", Role::kMonitor);
  std::string token = w.ok(w.sessions.signIn("monitor.one", kPassword, "")).token;
  std::string tampered = token;
  tampered[token.rfind('.') + 3] ^= 1;
  BOOST_TEST(codeOf(w.sessions.authenticate(tampered)) == ErrorCode::kUnauthenticated);
  // A token signed with another secret for a session this server never issued.
  security::JwtTokenService other(std::string(40, 'o'));
  auto now = w.clock.now();
  auto soon = domain::Timestamp::fromSeconds(now.seconds() + 60);
  std::string forged = other.issue({"admin", security::newTokenId(), now, soon});
  BOOST_TEST(codeOf(w.sessions.authenticate(forged)) == ErrorCode::kUnauthenticated);
  // Correctly signed, but for a session id that was never stored.
  std::string unknown = w.tokens.issue({"admin", security::newTokenId(), now, soon});
  BOOST_TEST(w.sessions.authenticate(unknown).error().message.find("unknown") != std::string::npos);
  BOOST_TEST(w.sessions.authenticate(token).ok());
  w.advance(SessionPolicy{}.lifetimeSeconds);
  auto expired = w.sessions.authenticate(token);
  BOOST_TEST(codeOf(expired) == ErrorCode::kUnauthenticated);
  BOOST_TEST(expired.error().message.find("expired") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(signing_out_revokes_the_session) {
  World w;
  w.add("monitor.one", Role::kMonitor);
  std::string token = w.ok(w.sessions.signIn("monitor.one", kPassword, "")).token;
  std::string other = w.ok(w.sessions.signIn("monitor.one", kPassword, "")).token;
  auto who = w.ok(w.sessions.authenticate(token));
  BOOST_TEST_REQUIRE(w.sessions.signOut(who.tokenId).ok());
  auto after = w.sessions.authenticate(token);
  BOOST_TEST(codeOf(after) == ErrorCode::kUnauthenticated);
  BOOST_TEST(after.error().message.find("ended") != std::string::npos);
  BOOST_TEST(codeOf(w.sessions.signOut(who.tokenId)) == ErrorCode::kUnauthenticated);
  BOOST_TEST(w.sessions.authenticate(other).ok());  // another device stays signed in
  BOOST_TEST(w.audit().back().entry.action == "session.ended");
  BOOST_TEST(w.audit().back().entry.actor == "monitor.one");
}

BOOST_AUTO_TEST_CASE(disabling_an_account_ends_its_sessions_and_refuses_sign_in) {
  World w;
  w.add("coordinator.rs", Role::kCoordinator, cc("RS"));
  std::string token = w.ok(w.sessions.signIn("coordinator.rs", kPassword, "")).token;
  AccountChange off;
  off.active = false;
  w.ok(changeAccount(w.ctx, w.services, kAdmin, "coordinator.rs", off, 1));
  auto refused = w.sessions.authenticate(token);
  BOOST_TEST(codeOf(refused) == ErrorCode::kUnauthenticated);
  auto signIn = w.sessions.signIn("coordinator.rs", kPassword, "");
  BOOST_TEST(codeOf(signIn) == ErrorCode::kUnauthenticated);
  BOOST_TEST(signIn.error().message.find("disabled") != std::string::npos);
  AccountChange on;
  on.active = true;
  w.ok(changeAccount(w.ctx, w.services, kAdmin, "coordinator.rs", on, 2));
  BOOST_TEST(codeOf(w.sessions.authenticate(token)) == ErrorCode::kUnauthenticated);  // ended, not resumed
  BOOST_TEST(w.sessions.signIn("coordinator.rs", kPassword, "").ok());
}

BOOST_AUTO_TEST_CASE(a_live_session_of_an_account_disabled_in_the_database_is_refused) {
  World w;
  w.add("monitor.one", Role::kMonitor);
  std::string token = w.ok(w.sessions.signIn("monitor.one", kPassword, "")).token;
  // Disabled without the use case, so its sessions are not ended: the account
  // check on every request is what stops the token.
  BOOST_TEST_REQUIRE(w.store->run(TxMode::kReadWrite, [](Repositories& r) -> Status {
    auto a = r.accounts().get("monitor.one");
    a->active = false;
    return r.accounts().update(*a, a->version).ok() ? Status() : Status(domain::Error::conflict("update"));
  }).ok());
  auto refused = w.sessions.authenticate(token);
  BOOST_TEST(codeOf(refused) == ErrorCode::kUnauthenticated);
  BOOST_TEST(refused.error().message.find("disabled") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_role_change_applies_on_the_next_request) {
  World w;
  w.add("coordinator.mk", Role::kCoordinator, cc("MK"));
  std::string token = w.ok(w.sessions.signIn("coordinator.mk", kPassword, "")).token;
  AccountChange move;
  move.country = cc("RS");
  w.ok(changeAccount(w.ctx, w.services, kAdmin, "coordinator.mk", move, 1));
  BOOST_TEST(w.ok(w.sessions.authenticate(token)).actor.actsFor(cc("RS")));
  AccountChange demote;
  demote.role = Role::kViewer;
  auto viewer = w.ok(changeAccount(w.ctx, w.services, kAdmin, "coordinator.mk", demote, 2));
  BOOST_TEST(!viewer.country.has_value());
  auto who = w.ok(w.sessions.authenticate(token));
  BOOST_TEST(who.actor.role == Role::kViewer);
  BOOST_TEST(!who.actor.actsFor(cc("RS")));
}

BOOST_AUTO_TEST_CASE(a_password_reset_ends_sessions_and_retires_the_old_password) {
  World w;
  w.add("monitor.one", Role::kMonitor);
  std::string token = w.ok(w.sessions.signIn("monitor.one", kPassword, "")).token;
  w.ok(resetPassword(w.ctx, w.services, kAdmin, "monitor.one", "a brand new passphrase", 1));
  BOOST_TEST(codeOf(w.sessions.authenticate(token)) == ErrorCode::kUnauthenticated);
  BOOST_TEST(codeOf(w.sessions.signIn("monitor.one", kPassword, "")) == ErrorCode::kUnauthenticated);
  BOOST_TEST(w.sessions.signIn("monitor.one", "a brand new passphrase", "").ok());
  BOOST_TEST(codeOf(resetPassword(w.ctx, w.services, kAdmin, "monitor.one", "short", 2)) ==
             ErrorCode::kInvalidArgument);
}

BOOST_AUTO_TEST_CASE(the_last_active_admin_is_kept_and_stale_versions_conflict) {
  World w;
  AccountChange off;
  off.active = false;
  AccountChange demote;
  demote.role = Role::kSecretariat;
  BOOST_TEST(codeOf(changeAccount(w.ctx, w.services, kAdmin, "admin", off, 1)) == ErrorCode::kInvalidState);
  BOOST_TEST(codeOf(changeAccount(w.ctx, w.services, kAdmin, "admin", demote, 1)) == ErrorCode::kInvalidState);
  w.add("admin.two", Role::kAdmin);
  w.ok(changeAccount(w.ctx, w.services, kAdmin, "admin", demote, 1));
  BOOST_TEST(codeOf(changeAccount(w.ctx, w.services, kAdmin, "admin", off, 1)) == ErrorCode::kConflict);
  BOOST_TEST(codeOf(changeAccount(w.ctx, w.services, kAdmin, "admin.two", off, 1)) == ErrorCode::kInvalidState);
  BOOST_TEST(codeOf(changeAccount(w.ctx, w.services, kAdmin, "nobody", off, 1)) == ErrorCode::kNotFound);
}

// Makes `failures` wrong guesses at each (name, address) of `targets`, taking them
// in turn and waiting out each back-off (waiting is not a failure), and requires
// each to be counted. In turn, so that the waits overlap as a patient guesser's
// would, and every failure lands within one window.
void guess(World& w, const std::vector<std::pair<std::string, std::string>>& targets, int failures) {
  for (int failure = 0; failure < failures; ++failure)
    for (const auto& [name, address] : targets) {
      std::string password = "guess number " + std::to_string(failure);
      auto attempt = w.sessions.signIn(name, password, address);
      for (int waited = 0; !attempt.ok() && attempt.error().code == ErrorCode::kRateLimited && waited < 200; ++waited) {
        w.advance(1);
        attempt = w.sessions.signIn(name, password, address);
      }
      BOOST_TEST_REQUIRE(codeOf(attempt) == ErrorCode::kUnauthenticated);
    }
}

BOOST_AUTO_TEST_CASE(a_guesser_locks_only_its_own_address_out_and_the_owner_still_signs_in) {
  World w;
  w.add("coordinator.al", Role::kCoordinator, cc("AL"));
  guess(w, {{"coordinator.al", "10.0.0.66"}}, LoginThrottle::kLockAfter);
  // The guesser keeps hammering: refused before its password is even checked,
  // the right one included.
  for (int i = 0; i < 50; ++i) {
    auto hammer = w.sessions.signIn("coordinator.al", "guess again", "10.0.0.66");
    BOOST_TEST_REQUIRE(codeOf(hammer) == ErrorCode::kRateLimited);
  }
  auto locked = w.sessions.signIn("coordinator.al", kPassword, "10.0.0.66");
  BOOST_TEST(codeOf(locked) == ErrorCode::kRateLimited);
  BOOST_TEST(locked.error().message.find("locked") != std::string::npos, locked.error().message);
  // The owner, from their own address, is not held up at all.
  BOOST_TEST(w.sessions.signIn("coordinator.al", kPassword, "10.0.0.99").ok());
  // Nor is someone else at the guessing address, signing in to their own account.
  w.add("monitor.one", Role::kMonitor);
  BOOST_TEST(w.sessions.signIn("monitor.one", kPassword, "10.0.0.66").ok());
  w.advance(LoginThrottle::kLockSeconds);
  BOOST_TEST(w.sessions.signIn("coordinator.al", kPassword, "10.0.0.66").ok());
}

BOOST_AUTO_TEST_CASE(an_address_guessing_at_many_accounts_is_locked_out_of_all) {
  World w;
  for (int i = 0; i < 3; ++i) w.add("viewer." + std::to_string(i), Role::kViewer);
  w.add("monitor.one", Role::kMonitor);
  guess(w, {{"viewer.0", "10.0.0.66"}, {"viewer.1", "10.0.0.66"}, {"viewer.2", "10.0.0.66"}},
        LoginThrottle::kAddressLockAfter / 3);
  auto locked = w.sessions.signIn("monitor.one", kPassword, "10.0.0.66");
  BOOST_TEST(codeOf(locked) == ErrorCode::kRateLimited);
  BOOST_TEST(locked.error().message.find("from this address") != std::string::npos, locked.error().message);
  BOOST_TEST(w.sessions.signIn("monitor.one", kPassword, "10.0.0.99").ok());
}

BOOST_AUTO_TEST_CASE(guessing_from_many_addresses_locks_the_account_for_a_while) {
  World w;
  w.add("coordinator.al", Role::kCoordinator, cc("AL"));
  const int addresses = LoginThrottle::kAccountLockAfter / LoginThrottle::kLockAfter;
  std::vector<std::pair<std::string, std::string>> targets;
  for (int a = 0; a < addresses; ++a) targets.emplace_back("coordinator.al", "10.0.1." + std::to_string(a));
  guess(w, targets, LoginThrottle::kLockAfter);
  auto locked = w.sessions.signIn("coordinator.al", kPassword, "10.0.0.99");
  BOOST_TEST(codeOf(locked) == ErrorCode::kRateLimited);
  BOOST_TEST(locked.error().message.find("for this account") != std::string::npos, locked.error().message);
  w.advance(LoginThrottle::kLockSeconds);
  BOOST_TEST(w.sessions.signIn("coordinator.al", kPassword, "10.0.0.99").ok());
}

BOOST_AUTO_TEST_CASE(production_hashing_uses_210000_iterations) {
  World w;
  security::Pbkdf2PasswordHasher production;
  AccountServices services{production, w.countries};
  w.ok(addAccount(w.ctx, services, kAdmin, {"viewer.one", "V", "v@x.example", Role::kViewer, {}, kPassword}));
  std::string stored;
  BOOST_TEST_REQUIRE(w.store->run(TxMode::kReadOnly, [&](Repositories& r) -> Status {
    stored = r.accounts().get("viewer.one")->passwordHash.encoded();
    return {};
  }).ok());
  BOOST_TEST(stored.rfind("pbkdf2-sha256$210000$", 0) == 0u, stored);
  BOOST_TEST(production.verify(kPassword, stored));
  BOOST_TEST(!production.verify("correct horse battery.", stored));
}

// The server-made password is made only for an admin: a refused caller never
// triggers the generator, for a new account or a reset.
BOOST_DATA_TEST_CASE(a_non_admin_never_triggers_the_password_generator, bdata::make(kNonAdmins), role) {
  World w;
  auto target = w.add("viewer.one", Role::kViewer);
  domain::Actor actor{"someone", role, role == Role::kCoordinator ? std::optional(cc("MK")) : std::nullopt};
  int made = 0;
  PasswordMaker maker = [&] {
    ++made;
    return std::string("made up and long enough");
  };
  BOOST_TEST(codeOf(addAccount(w.ctx, w.services, actor, {"x.y", "X", "x@y.example", Role::kAdmin, {}, {}}, maker)) ==
             ErrorCode::kForbidden);
  BOOST_TEST(codeOf(resetPassword(w.ctx, w.services, actor, target.name, std::nullopt, maker, target.version)) ==
             ErrorCode::kForbidden);
  BOOST_TEST(made == 0);
  BOOST_TEST(w.ok(listAccounts(w.ctx, kAdmin, {})).items.size() == 2u);
  BOOST_TEST(w.versionOf(target.name) == target.version);
}

BOOST_AUTO_TEST_CASE(an_admin_gets_the_made_up_password_once_and_only_when_none_was_given) {
  World w;
  int made = 0;
  PasswordMaker maker = [&] {
    ++made;
    return "made up number " + std::to_string(made) + " long enough";
  };
  auto chosen = w.ok(addAccount(w.ctx, w.services, kAdmin,
                                {"chosen.one", "C", "c@x.example", Role::kViewer, {}, kPassword}, maker));
  BOOST_TEST(made == 0);
  BOOST_TEST(!chosen.madeUpPassword);
  auto issued =
      w.ok(addAccount(w.ctx, w.services, kAdmin, {"made.one", "M", "m@x.example", Role::kViewer, {}, {}}, maker));
  BOOST_TEST(made == 1);
  BOOST_TEST_REQUIRE(issued.madeUpPassword.has_value());
  BOOST_TEST(*issued.madeUpPassword == "made up number 1 long enough");
  BOOST_TEST(issued.account.passwordHash.encoded().empty());
  w.ok(w.sessions.signIn("made.one", *issued.madeUpPassword, "10.0.0.7"));

  auto reset = w.ok(resetPassword(w.ctx, w.services, kAdmin, "made.one", std::nullopt, maker, issued.account.version));
  BOOST_TEST(made == 2);
  BOOST_TEST_REQUIRE(reset.madeUpPassword.has_value());
  w.ok(w.sessions.signIn("made.one", *reset.madeUpPassword, "10.0.0.8"));
  auto given = w.ok(resetPassword(w.ctx, w.services, kAdmin, "made.one", std::string("a chosen passphrase"), maker,
                                  reset.account.version));
  BOOST_TEST(made == 2);
  BOOST_TEST(!given.madeUpPassword);
  w.ok(w.sessions.signIn("made.one", "a chosen passphrase", "10.0.0.9"));
}

BOOST_AUTO_TEST_SUITE_END()
