// The sign-ins of the Skopje 2016 sample: one account per role and a coordinator
// for each Western Balkan country, so that a first start can be tried from every
// side. Used by `accord seed-accounts` and by the server's first start. Nothing
// ships with a password: each is made up when the account is created.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "accord/app/account_use_cases.h"

namespace accord::app {

struct SeededAccount {
  domain::Account account;  // without its password hash
  std::string password;     // the only copy; show it once, keep it private
};

// Creates the sample accounts that do not exist yet, each with a password from
// `newPassword`, as `actor` (an admin). With `onlyIntoEmpty`, does nothing when
// any account exists, so that a deployment with real accounts never gets sample
// ones. Returns what was created (maybe nothing), or the first use case error.
Result<std::vector<SeededAccount>> seedSampleAccounts(const Context& ctx, const AccountServices& services,
                                                      const domain::Actor& actor,
                                                      const std::function<std::string()>& newPassword,
                                                      bool onlyIntoEmpty);

// The text kept in the sample accounts file: a warning header naming `where`,
// then one "name<TAB>password<TAB>role" line per account.
std::string credentialsText(const std::vector<SeededAccount>& seeded, const std::string& where);

// "coordinator (MK)", "admin".
std::string roleLabel(const domain::Account& a);

}  // namespace accord::app
