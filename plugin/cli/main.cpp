// accord: the command-line tool for offline work. Subcommands register themselves
// (see command.h); this file only dispatches: to a built-in command, else to one
// of the database commands module (database_module.h).
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "command.h"
#include "database_module.h"

namespace accord::cli {
namespace {

void printHelp() {
  std::cout << "usage: accord COMMAND [ARGS...]\n\n"
               "Accord manages conferences, joint declarations, endorsements and\n"
               "follow-up commitments. Commands:\n\n";
  const ModuleCommands& database = databaseCommands();
  std::vector<Command> sorted = commands();
  sorted.insert(sorted.end(), database.commands.begin(), database.commands.end());
  // Commands register from static initializers in link order; list them sorted.
  std::sort(sorted.begin(), sorted.end(),
            [](const Command& a, const Command& b) { return std::string(a.name) < b.name; });
  for (const auto& c : sorted) {
    std::string name = c.name;
    name.resize(std::max<std::size_t>(name.size() + 2, 16), ' ');
    std::cout << "  " << name << c.summary << "\n";
  }
  if (!database.error.empty()) std::cout << "\nNot available: " << database.error << "\n";
  std::cout << "\nRun 'accord COMMAND --help' for a command's options.\n";
}

// The command `args` starts with, longest match first so that "audit verify"
// wins over a plain "audit"; sets `words` to the number of words its name has.
const Command* find(const std::vector<Command>& all, const std::vector<std::string>& args, std::size_t& words) {
  const Command* best = nullptr;
  words = 0;
  for (const auto& c : all) {
    std::vector<std::string> name;
    std::string text = c.name;
    for (std::size_t p = 0; p != std::string::npos;) {
      auto q = text.find(' ', p);
      name.push_back(text.substr(p, q == std::string::npos ? q : q - p));
      p = q == std::string::npos ? q : q + 1;
    }
    if (name.size() > args.size() || name.size() <= words) continue;
    if (std::equal(name.begin(), name.end(), args.begin())) {
      best = &c;
      words = name.size();
    }
  }
  return best;
}

}  // namespace
}  // namespace accord::cli

int main(int argc, char** argv) {
  using namespace accord::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    printHelp();
    return args.empty() ? kExitUsage : kExitOk;
  }
  std::size_t words = 0;
  const Command* command = find(commands(), args, words);
  if (!command) {
    const ModuleCommands& database = databaseCommands();
    if (!database.error.empty()) {
      std::cerr << "accord: '" << args[0] << "' is not a built-in command, and " << database.error << "\n";
      return kExitFailure;
    }
    command = find(database.commands, args, words);
  }
  if (!command) {
    std::cerr << "accord: unknown command '" << args[0] << "'\n\n";
    printHelp();
    return kExitUsage;
  }
  try {
    return command->run(std::vector<std::string>(args.begin() + static_cast<long>(words), args.end()));
  } catch (const std::exception& e) {
    std::cerr << "accord " << command->name << ": internal error: " << e.what() << "\n";
    return kExitFailure;
  }
}
