// accord: the command-line tool for offline work. Subcommands register themselves
// (see command.h); this file only dispatches.
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "command.h"

namespace accord::cli {
namespace {
std::vector<Command>& registry() {
  static std::vector<Command> all;
  return all;
}

void printHelp() {
  std::cout << "usage: accord COMMAND [ARGS...]\n\n"
               "Accord manages conferences, joint declarations, endorsements and\n"
               "follow-up commitments. Commands:\n\n";
  // Commands register from static initializers in link order; list them sorted.
  std::vector<Command> sorted = registry();
  std::sort(sorted.begin(), sorted.end(), [](const Command& a, const Command& b) { return a.name < b.name; });
  for (const auto& c : sorted) {
    std::string name = c.name;
    name.resize(std::max<std::size_t>(name.size() + 2, 16), ' ');
    std::cout << "  " << name << c.summary << "\n";
  }
  std::cout << "\nRun 'accord COMMAND --help' for a command's options.\n";
}
}  // namespace

void registerCommand(const Command& command) { registry().push_back(command); }
const std::vector<Command>& commands() { return registry(); }

}  // namespace accord::cli

int main(int argc, char** argv) {
  using namespace accord::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    printHelp();
    return args.empty() ? kExitUsage : kExitOk;
  }
  // Longest match first, so "audit verify" wins over a plain "audit".
  const Command* best = nullptr;
  std::size_t bestWords = 0;
  for (const auto& c : commands()) {
    std::vector<std::string> words;
    std::string name = c.name;
    for (std::size_t p = 0; p != std::string::npos;) {
      auto q = name.find(' ', p);
      words.push_back(name.substr(p, q == std::string::npos ? q : q - p));
      p = q == std::string::npos ? q : q + 1;
    }
    if (words.size() > args.size() || words.size() <= bestWords) continue;
    bool match = true;
    for (std::size_t i = 0; i < words.size(); ++i) match = match && words[i] == args[i];
    if (match) {
      best = &c;
      bestWords = words.size();
    }
  }
  if (!best) {
    std::cerr << "accord: unknown command '" << args[0] << "'\n\n";
    printHelp();
    return kExitUsage;
  }
  try {
    return best->run(std::vector<std::string>(args.begin() + static_cast<long>(bestWords), args.end()));
  } catch (const std::exception& e) {
    std::cerr << "accord " << best->name << ": internal error: " << e.what() << "\n";
    return kExitFailure;
  }
}
