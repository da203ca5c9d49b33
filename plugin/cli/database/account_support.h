// Shared by the commands that manage accounts: the country list coordinators are
// checked against, the password hasher, and reading a password without it ever
// appearing in the process list or the shell history.
#pragma once

#include <optional>
#include <string>

#include "accord/app/account_use_cases.h"
#include "accord/security/pbkdf2_password_hasher.h"
#include "args.h"

namespace accord::cli {

// What the account use cases need, owned for the life of one command.
struct AccountTools {
  security::Pbkdf2PasswordHasher hasher;  // production strength
  domain::CountryCatalog countries;
  app::AccountServices services() const { return {hasher, countries}; }
};

// Declares --countries FILE.
Args& withCountries(Args& args);

// Loads the reference countries named by --countries (default: the shipped list);
// prints why and returns nullopt on failure.
std::optional<AccountTools> accountTools(const char* command, const Args& args);

// The first line of standard input without its line ending, for --password-stdin;
// nullopt (after saying so) when there is none.
std::optional<std::string> passwordFromStdin(const char* command);

}  // namespace accord::cli
