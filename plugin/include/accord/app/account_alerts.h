// What an administrator's home shows about accounts: those the login throttle
// locks (someone has been guessing) and those nobody has ever signed in to (an
// account made for someone who never came, or whose first password went astray).
#pragma once

#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/domain/account.h"

namespace accord::app {

// An account whose sign-ins are refused until `until`: from everywhere (after
// LoginThrottle::kAccountLockAfter failures), or from one address only.
struct LockedAccount {
  std::string name;
  domain::Timestamp until;
  std::string address;  // empty when locked from every address
};

struct AccountAlerts {
  std::vector<LockedAccount> locked;       // by user name, then address
  std::vector<domain::Account> neverUsed;  // active accounts, by user name, without password hashes
  bool more = false;                       // a list stopped at its bound
};

// The accounts an administrator should look at, each list at most `limit` long.
// Returns kForbidden unless `actor` is an admin.
domain::Result<AccountAlerts> accountAlerts(const Context& ctx, const domain::Actor& actor, std::size_t limit = 50);

}  // namespace accord::app
