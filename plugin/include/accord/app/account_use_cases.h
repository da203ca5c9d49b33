// Managing accounts: admins add people, give them a role, disable them and reset
// their passwords. Each change runs in one transaction with its audit event; the
// audit snapshots and the accounts these functions return never hold the
// password hash.
#pragma once

#include <functional>
#include <map>
#include <vector>
#include <optional>
#include <string>

#include "accord/app/context.h"
#include "accord/app/credentials.h"
#include "accord/domain/account.h"
#include "accord/domain/notification_choice.h"

namespace accord::app {

// The adapters account management needs besides the store and the clock.
struct AccountServices {
  const PasswordHasher& hasher;
  const domain::CountryCatalog& countries;  // codes a coordinator may be bound to
};

struct NewAccount {
  std::string name;
  std::string displayName;
  std::string email;
  domain::Role role = domain::Role::kViewer;
  std::optional<domain::CountryCode> country;  // coordinators only
  std::string password;
  std::string language;  // empty: none (English)
};

// What an admin may change; each set field replaces the stored one. Moving a
// coordinator to another role drops their country.
struct AccountChange {
  std::optional<std::string> displayName;
  std::optional<std::string> email;
  std::optional<domain::Role> role;
  std::optional<domain::CountryCode> country;
  std::optional<bool> active;
  std::optional<std::string> language;  // "" clears it (English)
};

// Creates an active account. Returns kForbidden unless `actor` is an admin;
// kInvalidArgument naming the field for a bad user name, display name, e-mail,
// country or a password the policy refuses; kAlreadyExists if the name is taken.
Result<domain::Account> addAccount(const Context& ctx, const AccountServices& services, const domain::Actor& actor,
                                   const NewAccount& request);

// Makes up a strong password, for an account created or reset without one.
using PasswordMaker = std::function<std::string()>;

// An account as stored, with the password the server made up for it, if it did:
// shown once, to the admin who asked, and never kept in the clear.
struct IssuedAccount {
  domain::Account account;
  std::optional<std::string> madeUpPassword;
};

// Like addAccount, but when `request` has no password, one is made by
// `newPassword`, called only once `actor` is known to be an admin (a refused
// caller costs no password) and returned with the account. Returns the errors of
// addAccount.
Result<IssuedAccount> addAccount(const Context& ctx, const AccountServices& services, const domain::Actor& actor,
                                 NewAccount request, const PasswordMaker& newPassword);

// Accounts ordered by user name. Returns kForbidden unless `actor` is an admin.
Result<Page<domain::Account>> listAccounts(const Context& ctx, const domain::Actor& actor, const PageRequest& page);

// One account. Returns kForbidden unless `actor` is an admin, kNotFound.
Result<domain::Account> getAccount(const Context& ctx, const domain::Actor& actor, const std::string& name);

// The signed-in person's own account (any role), without its password hash.
// Returns kNotFound when it was deleted meanwhile.
Result<domain::Account> getOwnAccount(const Context& ctx, const domain::Actor& actor);

// Sets the signed-in person's own language ("" for none: English), which their
// mail and calendar feed use. Any role; the last choice wins (no version to send).
// Returns kInvalidArgument naming "language" for a language parseAccountLanguage
// refuses.
Result<domain::Account> setOwnLanguage(const Context& ctx, const domain::Actor& actor, const std::string& language);

// A person's own preferences: their account (its language, its version: the ETag)
// and how they want each topic of notification.
struct OwnPreferences {
  domain::Account account;
  domain::NotificationChoices notifications;
};

// What a person changes of their own preferences: an absent language stays, and
// only the topics named in `notifications` change.
struct PreferenceChange {
  std::optional<std::string> language;  // "" for none (English)
  std::map<domain::NotificationTopic, domain::TopicChoice> notifications;
};

// The signed-in person's preferences (any role). Returns kNotFound when the
// account was deleted meanwhile.
Result<OwnPreferences> getOwnPreferences(const Context& ctx, const domain::Actor& actor);

// Applies `change` to the signed-in person's own preferences (any role), in one
// audited transaction that moves the account's version. Without `expectedVersion`
// the last choice wins. Returns kInvalidArgument naming "language" or
// "notifications.account" (account-security mail cannot be turned off or held),
// kConflict when `expectedVersion` is stale, kNotFound.
Result<OwnPreferences> setOwnPreferences(const Context& ctx, const domain::Actor& actor,
                                         const PreferenceChange& change, std::optional<long> expectedVersion);

// Applies `change`. Disabling an account also ends its sessions; a role change
// applies from the holder's next request. Returns kForbidden, kNotFound,
// kInvalidArgument naming the field, kInvalidState if it would leave no active
// admin, kConflict if `expectedVersion` is stale.
Result<domain::Account> changeAccount(const Context& ctx, const AccountServices& services,
                                      const domain::Actor& actor, const std::string& name,
                                      const AccountChange& change, long expectedVersion);

// Lifts the sign-in throttle's locks on account `name` (LoginThrottle: from every
// address and from each one), so that its owner may sign in at once; the
// addresses' own counts stay, as they cover other accounts too. Audited as
// account.unlocked (the account's version moves on). Returns kForbidden unless
// `actor` is an admin, kNotFound, kConflict if `expectedVersion` is stale,
// kInvalidState naming "name" when nothing locks it.
Result<domain::Account> unlockAccount(const Context& ctx, const domain::Actor& actor, const std::string& name,
                                      long expectedVersion);

// Sets a new password chosen by an admin and ends every session of the account.
// Returns kForbidden, kNotFound, kInvalidArgument "password" if the policy
// refuses it, kConflict if `expectedVersion` is stale.
Result<domain::Account> resetPassword(const Context& ctx, const AccountServices& services,
                                      const domain::Actor& actor, const std::string& name,
                                      const std::string& password, long expectedVersion);

// Like resetPassword, with `password` or, without one, a password made by
// `newPassword`, called only once `actor` is known to be an admin and returned
// with the account. Returns the errors of resetPassword.
Result<IssuedAccount> resetPassword(const Context& ctx, const AccountServices& services,
                                    const domain::Actor& actor, const std::string& name,
                                    const std::optional<std::string>& password, const PasswordMaker& newPassword,
                                    long expectedVersion);

// Who a record's user name is, as pages show it: "Ana Petrova" (secretariat).
struct AccountName {
  std::string displayName;
  domain::Role role = domain::Role::kViewer;
};

// The display names and roles of the accounts `names`, read in one query, for
// a page that shows who acted. Any signed-in actor may ask, and gets only the
// display name and role (no e-mail, country or state): the caller asks only for
// user names on records it has already read through their own read rules, which
// show the user name itself. Names no account holds (or that are not user
// names) are left out; at most kMaxAccountNames distinct names, the rest are left
// out too (a page falls back to the user name).
constexpr std::size_t kMaxAccountNames = 200;
Result<std::map<std::string, AccountName>> accountNames(const Context& ctx, const domain::Actor& actor,
                                                        const std::vector<std::string>& names);

}  // namespace accord::app
