// accord user add|list|set-role|disable|enable|reset-password: account management
// from the command line, through the same use cases (and the same rules and
// audit trail) as the admin API. The operator acts as an admin under their login
// name.
#include <iostream>

#include "accord/app/account_use_cases.h"
#include "accord/app/sample_accounts.h"
#include "accord/security/random_password.h"
#include "account_support.h"
#include "args.h"
#include "command.h"
#include "storage_access.h"
#include "table.h"

namespace accord::cli {
namespace {

// The store, clock and tools one command works with.
struct Workspace {
  std::unique_ptr<app::Store> store;
  domain::SystemClock clock;
  AccountTools tools;
  app::Context ctx() { return contextOf(*store, clock); }
};

std::optional<Workspace> openWorkspace(const char* command, const Args& args) {
  auto tools = accountTools(command, args);
  if (!tools) return std::nullopt;
  auto store = openStorage(command, args);
  if (!store) return std::nullopt;
  return Workspace{std::move(store), {}, std::move(*tools)};
}

Args& common(Args& args) { return withCountries(withStorage(args)); }

std::optional<domain::Role> roleOption(const char* command, const Args& args) {
  auto role = domain::parseRole("--role", args.get("role", ""));
  if (!role.ok()) {
    fail(command, role.error());
    return std::nullopt;
  }
  return *role;
}

// --country CC when given; nullopt in `out` when absent. False after printing an error.
bool countryOption(const char* command, const Args& args, std::optional<domain::CountryCode>& out) {
  if (!args.has("country")) return true;
  auto code = domain::CountryCode::parse("--country", args.get("country", ""));
  if (!code.ok()) {
    fail(command, code.error());
    return false;
  }
  out = *code;
  return true;
}

int runAdd(const std::vector<std::string>& argv) {
  const char* cmd = "user add";
  Args args("accord user add NAME --role ROLE [--country CC] --display-name TEXT --email ADDRESS "
            "[--password-stdin] [--storage URI]",
            "Creates an active account. Without --password-stdin a strong random password is made up\n"
            "and printed once; give it to the person, who should keep it in a password manager.");
  args.positional("NAME", "user name: 3-64 of a-z, 0-9, '.', '_', '-', starting with a letter")
      .option("role", "ROLE", "admin|secretariat|coordinator|monitor|viewer")
      .option("country", "CC", "the country a coordinator acts for (required for coordinators only)")
      .option("display-name", "TEXT", "the person's name as shown to others")
      .option("email", "ADDRESS", "the person's e-mail address")
      .flag("password-stdin", "read the password from the first line of standard input (12-256 characters)");
  common(args);
  if (!args.parse(argv)) return args.exitCode();
  for (const char* required : {"role", "display-name", "email"})
    if (!args.has(required)) {
      std::cerr << "accord " << cmd << ": missing --" << required << " (see --help)\n";
      return kExitUsage;
    }
  auto role = roleOption(cmd, args);
  if (!role) return kExitUsage;
  app::NewAccount request{args.at(0), args.get("display-name", ""), args.get("email", ""), *role, {}, {}};
  if (!countryOption(cmd, args, request.country)) return kExitUsage;
  // Without --password-stdin the password stays empty and the use case makes one up.
  if (args.has("password-stdin")) {
    auto typed = passwordFromStdin(cmd);
    if (!typed) return kExitFailure;
    request.password = *typed;
  }
  auto s = openWorkspace(cmd, args);
  if (!s) return kExitFailure;
  auto issued = app::addAccount(s->ctx(), s->tools.services(), operatorActor(), request, security::randomPassword);
  if (!issued.ok()) return fail(cmd, issued.error());
  const domain::Account& created = issued->account;
  std::cout << "created account " << created.name << ": " << app::roleLabel(created) << ", " << created.displayName
            << " <" << created.email << "> in " << s->store->describe() << "\n";
  if (issued->madeUpPassword) std::cout << "password (shown only now): " << *issued->madeUpPassword << "\n";
  return kExitOk;
}

int runList(const std::vector<std::string>& argv) {
  const char* cmd = "user list";
  Args args("accord user list [--storage URI]", "Lists every account with its role and whether it is active.");
  withStorage(args);
  if (!args.parse(argv)) return args.exitCode();
  auto store = openStorage(cmd, args);
  if (!store) return kExitFailure;
  domain::SystemClock clock;
  app::Context ctx = contextOf(*store, clock);
  Table table({"Name", "Role", "Active", "Display name", "E-mail"});
  app::PageRequest page{app::kMaxPageSize, {}};
  std::size_t n = 0;
  do {
    auto listed = app::listAccounts(ctx, operatorActor(), page);
    if (!listed.ok()) return fail(cmd, listed.error());
    for (const auto& a : listed->items)
      table.add({a.name, app::roleLabel(a), a.active ? "yes" : "no", a.displayName, a.email});
    n += listed->items.size();
    page.after = listed->next;
  } while (!page.after.empty());
  if (n == 0) {
    std::cout << "no accounts in " << store->describe() << "; create one with 'accord user add' or "
              << "'accord seed-accounts'\n";
    return kExitOk;
  }
  table.print(std::cout);
  return kExitOk;
}

// Reads NAME's current version, applies `change` and reports the result.
int change(const char* cmd, Workspace& s, const std::string& name, const app::AccountChange& change) {
  auto current = app::getAccount(s.ctx(), operatorActor(), name);
  if (!current.ok()) return fail(cmd, current.error());
  auto changed = app::changeAccount(s.ctx(), s.tools.services(), operatorActor(), name, change, current->version);
  if (!changed.ok()) return fail(cmd, changed.error());
  std::cout << changed->name << ": " << app::roleLabel(*changed) << ", " << (changed->active ? "active" : "disabled")
            << "\n";
  return kExitOk;
}

int runSetRole(const std::vector<std::string>& argv) {
  const char* cmd = "user set-role";
  Args args("accord user set-role NAME --role ROLE [--country CC] [--storage URI]",
            "Gives an account another role (and a coordinator their country). It applies from the\n"
            "person's next request; they need not sign in again.");
  args.positional("NAME", "the account")
      .option("role", "ROLE", "admin|secretariat|coordinator|monitor|viewer")
      .option("country", "CC", "the country a coordinator acts for");
  common(args);
  if (!args.parse(argv)) return args.exitCode();
  if (!args.has("role")) {
    std::cerr << "accord " << cmd << ": missing --role (see --help)\n";
    return kExitUsage;
  }
  app::AccountChange c;
  c.role = roleOption(cmd, args);
  if (!c.role || !countryOption(cmd, args, c.country)) return kExitUsage;
  auto s = openWorkspace(cmd, args);
  return s ? change(cmd, *s, args.at(0), c) : kExitFailure;
}

int runActive(const std::vector<std::string>& argv, bool active) {
  const char* cmd = active ? "user enable" : "user disable";
  Args args(std::string("accord ") + cmd + " NAME [--storage URI]",
            active ? "Lets a disabled account sign in again." :
                     "Stops an account from signing in and ends its sessions at once. The account and\n"
                     "everything it did stay in the audit trail.");
  args.positional("NAME", "the account");
  common(args);
  if (!args.parse(argv)) return args.exitCode();
  app::AccountChange c;
  c.active = active;
  auto s = openWorkspace(cmd, args);
  return s ? change(cmd, *s, args.at(0), c) : kExitFailure;
}

int runDisable(const std::vector<std::string>& argv) { return runActive(argv, false); }
int runEnable(const std::vector<std::string>& argv) { return runActive(argv, true); }

int runResetPassword(const std::vector<std::string>& argv) {
  const char* cmd = "user reset-password";
  Args args("accord user reset-password NAME [--password-stdin] [--storage URI]",
            "Sets a new password and ends the account's sessions. Without --password-stdin a strong\n"
            "random password is made up and printed once.");
  args.positional("NAME", "the account")
      .flag("password-stdin", "read the password from the first line of standard input (12-256 characters)");
  common(args);
  if (!args.parse(argv)) return args.exitCode();
  // Without --password-stdin the use case makes one up.
  std::optional<std::string> password;
  if (args.has("password-stdin")) {
    password = passwordFromStdin(cmd);
    if (!password) return kExitFailure;
  }
  auto s = openWorkspace(cmd, args);
  if (!s) return kExitFailure;
  auto current = app::getAccount(s->ctx(), operatorActor(), args.at(0));
  if (!current.ok()) return fail(cmd, current.error());
  auto reset = app::resetPassword(s->ctx(), s->tools.services(), operatorActor(), args.at(0), password,
                                  security::randomPassword, current->version);
  if (!reset.ok()) return fail(cmd, reset.error());
  std::cout << "new password set for " << reset->account.name << "; their sessions have ended\n";
  if (reset->madeUpPassword) std::cout << "password (shown only now): " << *reset->madeUpPassword << "\n";
  return kExitOk;
}

// `accord user` alone, or with an unknown subcommand: what there is.
int runOverview(const std::vector<std::string>& argv) {
  bool asked = !argv.empty() && (argv[0] == "--help" || argv[0] == "-h");
  if (!argv.empty() && !asked) std::cerr << "accord user: unknown subcommand '" << argv[0] << "'\n\n";
  (asked ? std::cout : std::cerr)
      << "usage: accord user SUBCOMMAND [ARGS...]\n\n"
         "  add NAME --role ROLE ...     create an account\n"
         "  list                         list accounts\n"
         "  set-role NAME --role ROLE    change an account's role (and coordinator country)\n"
         "  disable NAME                 stop an account from signing in\n"
         "  enable NAME                  let it sign in again\n"
         "  reset-password NAME          set a new password\n\n"
         "Run 'accord user SUBCOMMAND --help' for its options.\n";
  return asked ? kExitOk : kExitUsage;
}

CommandRegistrar userCommand({"user", "manage accounts (see 'accord user --help')", runOverview});
CommandRegistrar userAddCommand({"user add", "create an account", runAdd});
CommandRegistrar userListCommand({"user list", "list accounts", runList});
CommandRegistrar userSetRoleCommand({"user set-role", "change an account's role", runSetRole});
CommandRegistrar userDisableCommand({"user disable", "stop an account from signing in", runDisable});
CommandRegistrar userEnableCommand({"user enable", "let a disabled account sign in again", runEnable});
CommandRegistrar userResetCommand({"user reset-password", "set a new password for an account", runResetPassword});

}  // namespace
}  // namespace accord::cli
