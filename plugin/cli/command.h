// The accord command-line tool is a set of subcommands; each lives in its own file
// and registers itself here, so adding one touches nothing else. The executable and
// the database commands module (database/module.cpp) each have their own list:
// commands() is the list of the binary the caller is part of.
#pragma once

#include <string>
#include <vector>

namespace accord::cli {

struct Command {
  const char* name;     // "status", "render", "audit verify" (two words allowed)
  const char* summary;  // one line for `accord --help`
  // Runs with the arguments after the command name. Returns the exit status:
  // 0 success, 1 the work failed (invalid input, broken chain), 2 bad usage.
  int (*run)(const std::vector<std::string>& args);
};

// The layout of Command and of what its commands share with the executable; the
// database commands module says which it was built with, and a module built
// with another is refused rather than called. Bump when Command changes.
inline constexpr int kCommandAbi = 1;

void registerCommand(const Command& command);
const std::vector<Command>& commands();

struct CommandRegistrar {
  explicit CommandRegistrar(const Command& command) { registerCommand(command); }
};

// Exit statuses shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
// Evidence given to check against cannot be trusted (a checkpoint whose signature
// does not verify): distinct from 1, which says the checked data is bad.
inline constexpr int kExitUntrusted = 3;

}  // namespace accord::cli
