#include "accord/app/account_alerts.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "accord/app/authorization.h"
#include "accord/app/login_throttle.h"
#include "accord/app/store.h"

namespace accord::app {

using namespace accord::domain;

namespace {

// "user:<name>" and "pair:<name> <address>" are the keys LoginThrottle counts an
// account's failures under; a state locks once it reaches its budget's lockAfter
// (below that it only slows attempts down, which is no one's concern yet).
void addLocked(const std::map<std::string, LoginThrottleState>& states, const std::string& prefix,
               const ThrottleBudget& budget, std::vector<LockedAccount>& out) {
  for (const auto& [key, state] : states) {
    if (state.failures < budget.lockAfter) continue;
    std::string rest = key.substr(prefix.size());
    auto space = rest.find(' ');
    LockedAccount a{rest.substr(0, space), state.nextAllowed, ""};
    if (space != std::string::npos) a.address = rest.substr(space + 1);
    out.push_back(std::move(a));
  }
}

}  // namespace

Result<AccountAlerts> accountAlerts(const Context& ctx, const Actor& actor, std::size_t limit) {
  if (Status s = authorize(actor, Action::kManageAccounts); !s.ok()) return s.error();
  Timestamp now = ctx.clock.now();
  return transact<AccountAlerts>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<AccountAlerts> {
    AccountAlerts out;
    // One more than shown tells whether there is more.
    auto everywhere = r.loginThrottle().refusing("user:", now, limit + 1);
    if (!everywhere.ok()) return everywhere.error();
    auto fromOne = r.loginThrottle().refusing("pair:", now, limit + 1);
    if (!fromOne.ok()) return fromOne.error();
    addLocked(*everywhere, "user:", LoginThrottle::kAccountBudget, out.locked);
    addLocked(*fromOne, "pair:", LoginThrottle::kPairBudget, out.locked);
    std::sort(out.locked.begin(), out.locked.end(), [](const LockedAccount& a, const LockedAccount& b) {
      return std::tie(a.name, a.address) < std::tie(b.name, b.address);
    });
    auto never = r.accounts().neverSignedIn(limit + 1);
    if (!never.ok()) return never.error();
    out.neverUsed = std::move(*never);
    out.more = out.locked.size() > limit || out.neverUsed.size() > limit;
    if (out.locked.size() > limit) out.locked.resize(limit);
    if (out.neverUsed.size() > limit) out.neverUsed.resize(limit);
    for (Account& a : out.neverUsed) a.passwordHash = PasswordHash();
    return out;
  });
}

}  // namespace accord::app
