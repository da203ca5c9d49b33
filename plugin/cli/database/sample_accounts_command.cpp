// accord seed-accounts: creates the Skopje 2016 sample accounts (app/sample_accounts.h)
// with random passwords, printed once and appended to a file only the owner can
// read. Nothing ships with a default password.
#include <iostream>

#include "accord/app/sample_accounts.h"
#include "accord/security/private_file.h"
#include "accord/security/random_password.h"
#include "account_support.h"
#include "args.h"
#include "command.h"
#include "storage_access.h"
#include "table.h"

namespace accord::cli {
namespace {

constexpr const char* kDefaultOut = "var/sample-accounts.txt";

int runSeed(const std::vector<std::string>& argv) {
  const char* cmd = "seed-accounts";
  Args args("accord seed-accounts [--storage URI] [--out FILE] [--if-empty]",
            "Creates the sample accounts of the Skopje 2016 conference that do not exist yet: admin,\n"
            "secretariat, monitor, viewer and coordinator.al|ba|me|mk|rs|xk. Each gets a random\n"
            "password, printed once and appended to FILE (readable by its owner only).");
  withCountries(withStorage(args))
      .option("out", "FILE", "where to keep the new passwords", kDefaultOut)
      .flag("if-empty", "do nothing if the database holds any account (for seeding on first start)");
  if (!args.parse(argv)) return args.exitCode();
  auto tools = accountTools(cmd, args);
  if (!tools) return kExitFailure;
  auto store = openStorage(cmd, args);
  if (!store) return kExitFailure;
  domain::SystemClock clock;
  auto seeded = app::seedSampleAccounts(contextOf(*store, clock), tools->services(), operatorActor(),
                                        security::randomPassword, args.has("if-empty"));
  if (!seeded.ok()) return fail(cmd, seeded.error());
  if (seeded->empty()) {
    std::cout << "seed-accounts: " << store->describe() << " already has "
              << (args.has("if-empty") ? "accounts" : "the sample accounts")
              << "; set a new password with 'accord user reset-password NAME'\n";
    return kExitOk;
  }
  Table table({"User name", "Password", "Role"});
  for (const auto& s : *seeded) table.add({s.account.name, s.password, app::roleLabel(s.account)});
  std::cout << "created " << seeded->size() << " sample accounts in " << store->describe() << ":\n\n";
  table.print(std::cout);
  std::string out = args.get("out", kDefaultOut);
  try {
    security::appendPrivateFile(out, app::credentialsText(*seeded, store->describe()));
  } catch (const std::exception& e) {
    std::cerr << "accord " << cmd << ": " << e.what() << "; the passwords above are the only copy, note them now\n";
    return kExitFailure;
  }
  std::cout << "\nThese passwords are shown only now and kept in " << out << " (mode 0600).\n";
  return kExitOk;
}

CommandRegistrar seedAccountsCommand({"seed-accounts", "create the Skopje sample accounts with random passwords",
                                      runSeed});

}  // namespace
}  // namespace accord::cli
