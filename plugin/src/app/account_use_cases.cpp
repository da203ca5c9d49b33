#include "accord/app/account_use_cases.h"

#include <functional>
#include <set>

#include "accord/app/authorization.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

namespace {

// What leaves this file: the hash stays in the database.
Account withoutSecret(Account a) {
  a.passwordHash = PasswordHash();
  return a;
}

bool isActiveAdmin(const Account& a) { return a.active && a.role == Role::kAdmin; }

// Loads an account, applies `change`, stores it and records `action`, in one
// transaction. `endSessions` also ends the account's sessions (disabled, new password).
// Without `expectedVersion` the stored version is taken (a person's own settings:
// the last choice wins).
Result<Account> modify(const Context& ctx, const Actor& actor, const std::string& name,
                       std::optional<long> expectedVersion,
                       const std::string& action,
                       const std::function<Result<Account>(Repositories&, Account)>& change) {
  auto folded = parseUserName("name", name);
  if (!folded.ok()) return Error::notFound("there is no account named '" + name + "'", "name");
  Timestamp now = ctx.clock.now();
  return transact<Account>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Account> {
    auto before = r.accounts().get(*folded);
    if (!before.ok()) return before.error();
    long expected = expectedVersion.value_or(before->version);
    if (Status s = detail::expectVersion("account " + *folded, before->version, expected); !s.ok())
      return s.error();
    auto after = change(r, *before);
    if (!after.ok()) return after.error();
    auto version = r.accounts().update(*after, expected);
    if (!version.ok()) return version.error();
    after->version = *version;
    bool endSessions = !after->active || after->passwordHash.encoded() != before->passwordHash.encoded();
    if (endSessions) {
      auto ended = r.sessions().revokeAll(after->name, now);
      if (!ended.ok()) return ended.error();
    }
    if (Status s = detail::audit(r, ctx, actor, action, "account", after->name, ctx.snapshots.of(*before),
                                 ctx.snapshots.of(*after));
        !s.ok())
      return s.error();
    // A password reset by an administrator is news to the account's owner, who
    // must choose a new one; other changes are not.
    if (after->passwordHash.encoded() != before->passwordHash.encoded() && after->name != actor.name)
      if (Status s = detail::notify(r, ctx, {accountEvent(NotificationKind::kPasswordReset, *after)}); !s.ok())
        return s.error();
    return withoutSecret(std::move(after).value());
  });
}

}  // namespace

Result<Account> addAccount(const Context& ctx, const AccountServices& services, const Actor& actor,
                           const NewAccount& request) {
  if (Status s = authorize(actor, Action::kManageAccounts); !s.ok()) return s.error();
  if (Status s = checkPasswordPolicy(request.password); !s.ok()) return s.error();
  Account a;
  a.name = request.name;
  a.displayName = request.displayName;
  a.email = request.email;
  a.role = request.role;
  a.country = request.country;
  a.language = request.language;
  a.active = true;
  a.version = 1;
  // A placeholder lets the other fields be checked before paying for the hash.
  a.passwordHash = PasswordHash("unset");
  if (Status s = normalize(a, services.countries); !s.ok()) return s.error();
  a.passwordHash = PasswordHash(services.hasher.hash(request.password));
  return transact<Account>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Account> {
    if (Status s = r.accounts().insert(a); !s.ok()) return s.error();
    if (Status s = detail::audit(r, ctx, actor, "account.created", "account", a.name, "", ctx.snapshots.of(a)); !s.ok())
      return s.error();
    if (Status s = detail::notify(r, ctx, {accountEvent(NotificationKind::kAccountCreated, a)}); !s.ok())
      return s.error();
    return withoutSecret(a);
  });
}

Result<IssuedAccount> addAccount(const Context& ctx, const AccountServices& services, const Actor& actor,
                                 NewAccount request, const PasswordMaker& newPassword) {
  if (Status s = authorize(actor, Action::kManageAccounts); !s.ok()) return s.error();
  std::optional<std::string> madeUp;
  if (request.password.empty()) request.password = *(madeUp = newPassword());
  auto a = addAccount(ctx, services, actor, request);
  if (!a.ok()) return a.error();
  return IssuedAccount{std::move(a).value(), std::move(madeUp)};
}

Result<Page<Account>> listAccounts(const Context& ctx, const Actor& actor, const PageRequest& page) {
  if (Status s = authorize(actor, Action::kManageAccounts); !s.ok()) return s.error();
  auto listed = transact<Page<Account>>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) {
    return r.accounts().list(page);
  });
  if (!listed.ok()) return listed;
  for (auto& a : listed->items) a = withoutSecret(std::move(a));
  return listed;
}

Result<Account> getAccount(const Context& ctx, const Actor& actor, const std::string& name) {
  if (Status s = authorize(actor, Action::kManageAccounts); !s.ok()) return s.error();
  auto folded = parseUserName("name", name);
  if (!folded.ok()) return Error::notFound("there is no account named '" + name + "'", "name");
  auto found = transact<Account>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) {
    return r.accounts().get(*folded);
  });
  if (!found.ok()) return found;
  return withoutSecret(std::move(found).value());
}

Result<Account> getOwnAccount(const Context& ctx, const Actor& actor) {
  auto found = transact<Account>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) {
    return r.accounts().get(actor.name);
  });
  if (!found.ok()) return found;
  return withoutSecret(std::move(found).value());
}

Result<Account> setOwnLanguage(const Context& ctx, const Actor& actor, const std::string& language) {
  auto parsed = parseAccountLanguage("language", language);
  if (!parsed.ok()) return parsed.error();
  return modify(ctx, actor, actor.name, std::nullopt, "account.language_changed",
                [&](Repositories&, Account a) -> Result<Account> {
                  a.language = *parsed;
                  return a;
                });
}

Result<OwnPreferences> getOwnPreferences(const Context& ctx, const Actor& actor) {
  return transact<OwnPreferences>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<OwnPreferences> {
    auto a = r.accounts().get(actor.name);
    if (!a.ok()) return a.error();
    auto choices = r.accounts().notificationChoices(actor.name);
    if (!choices.ok()) return choices.error();
    return OwnPreferences{withoutSecret(std::move(a).value()), std::move(choices).value()};
  });
}

Result<OwnPreferences> setOwnPreferences(const Context& ctx, const Actor& actor, const PreferenceChange& change,
                                         std::optional<long> expectedVersion) {
  std::optional<std::string> language;
  if (change.language) {
    auto parsed = parseAccountLanguage("language", *change.language);
    if (!parsed.ok()) return parsed.error();
    language = *parsed;
  }
  NotificationChoices asked{change.notifications};
  if (Status s = validate(asked); !s.ok()) return s.error();
  // Changing the language alone keeps the action its audit trail always had.
  const char* action = change.notifications.empty() ? "account.language_changed" : "account.preferences_changed";
  NotificationChoices stored;
  auto a = modify(ctx, actor, actor.name, expectedVersion, action, [&](Repositories& r, Account a) -> Result<Account> {
    if (language) a.language = *language;
    auto choices = r.accounts().notificationChoices(a.name);
    if (!choices.ok()) return choices.error();
    stored = std::move(choices).value();
    if (change.notifications.empty()) return a;
    for (const auto& [topic, choice] : change.notifications) stored.topics[topic] = choice;
    if (Status s = r.accounts().setNotificationChoices(a.name, stored); !s.ok()) return s.error();
    return a;
  });
  if (!a.ok()) return a.error();
  return OwnPreferences{std::move(a).value(), std::move(stored)};
}

Result<std::map<std::string, AccountName>> accountNames(const Context& ctx, const Actor& actor,
                                                        const std::vector<std::string>& names) {
  (void)actor;  // any signed-in role: see the header
  std::set<std::string> wanted;
  for (const auto& n : names) {
    if (wanted.size() >= kMaxAccountNames) break;
    if (auto folded = parseUserName("name", n); folded.ok()) wanted.insert(*folded);
  }
  std::map<std::string, AccountName> out;
  if (wanted.empty()) return out;
  auto found = transact<std::vector<Account>>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) {
    return r.accounts().named({wanted.begin(), wanted.end()});
  });
  if (!found.ok()) return found.error();
  for (const Account& a : *found) out[a.name] = AccountName{a.displayName, a.role};
  return out;
}

Result<Account> changeAccount(const Context& ctx, const AccountServices& services, const Actor& actor,
                              const std::string& name, const AccountChange& change, long expectedVersion) {
  if (Status s = authorize(actor, Action::kManageAccounts); !s.ok()) return s.error();
  std::string action = change.active && !*change.active ? "account.disabled"
                       : change.active                  ? "account.enabled"
                       : change.role                    ? "account.role_changed"
                                                        : "account.updated";
  return modify(ctx, actor, name, expectedVersion, action, [&](Repositories& r, Account a) -> Result<Account> {
    bool wasActiveAdmin = isActiveAdmin(a);
    if (change.displayName) a.displayName = *change.displayName;
    if (change.email) a.email = *change.email;
    if (change.role) {
      a.role = *change.role;
      if (a.role != Role::kCoordinator) a.country.reset();
    }
    if (change.country) a.country = change.country;
    if (change.active) a.active = *change.active;
    if (change.language) a.language = *change.language;
    if (Status s = normalize(a, services.countries); !s.ok()) return s.error();
    if (wasActiveAdmin && !isActiveAdmin(a)) {
      auto admins = r.accounts().countActive(Role::kAdmin);
      if (!admins.ok()) return admins.error();
      if (*admins <= 1)
        return Error::state("'" + a.name +
                            "' is the last active admin; make another account admin first, or nobody could "
                            "manage accounts any more");
    }
    return a;
  });
}

Result<Account> unlockAccount(const Context& ctx, const Actor& actor, const std::string& name, long expectedVersion) {
  if (Status s = authorize(actor, Action::kManageAccounts); !s.ok()) return s.error();
  const Timestamp now = ctx.clock.now();
  return modify(ctx, actor, name, expectedVersion, "account.unlocked",
                [&](Repositories& r, Account a) -> Result<Account> {
                  // The keys LoginThrottle counts this account's failures under (login_throttle.cpp):
                  // from everywhere, and from each address. "pair:<name> " ends at the space, which
                  // no user name holds, so another account's keys never match.
                  std::vector<std::string> keys;
                  for (const std::string& prefix : {"user:" + a.name, "pair:" + a.name + " "}) {
                    auto refusing = r.loginThrottle().refusing(prefix, now, 10000);
                    if (!refusing.ok()) return refusing.error();
                    for (const auto& entry : *refusing)
                      if (prefix.back() == ' ' || entry.first == prefix) keys.push_back(entry.first);
                  }
                  if (keys.empty())
                    return Error::state("'" + a.name + "' is not locked: its owner may sign in", "name");
                  for (const std::string& key : keys)
                    if (Status s = r.loginThrottle().forget(key); !s.ok()) return s.error();
                  return a;
                });
}

Result<Account> resetPassword(const Context& ctx, const AccountServices& services, const Actor& actor,
                              const std::string& name, const std::string& password, long expectedVersion) {
  if (Status s = authorize(actor, Action::kManageAccounts); !s.ok()) return s.error();
  if (Status s = checkPasswordPolicy(password); !s.ok()) return s.error();
  // Hashed before the transaction: PBKDF2 takes tens of milliseconds, too long to
  // hold SQLite's write lock for.
  PasswordHash hash(services.hasher.hash(password));
  return modify(ctx, actor, name, expectedVersion, "account.password_reset",
                [&](Repositories&, Account a) -> Result<Account> {
                  a.passwordHash = hash;
                  return a;
                });
}

Result<IssuedAccount> resetPassword(const Context& ctx, const AccountServices& services, const Actor& actor,
                                    const std::string& name, const std::optional<std::string>& password,
                                    const PasswordMaker& newPassword, long expectedVersion) {
  if (Status s = authorize(actor, Action::kManageAccounts); !s.ok()) return s.error();
  std::optional<std::string> madeUp;
  if (!password) madeUp = newPassword();
  auto a = resetPassword(ctx, services, actor, name, password ? *password : *madeUp, expectedVersion);
  if (!a.ok()) return a.error();
  return IssuedAccount{std::move(a).value(), std::move(madeUp)};
}

}  // namespace accord::app
