// The commands that open the database or manage accounts (import, export,
// migrate, audit verify, status, user ..., seed-accounts) live in a module,
// libaccord_cli_database.so, loaded when one of them runs. The executable itself
// then needs neither Poco Data, SQLite nor OpenSSL: dynamic linking of those
// libraries was a third of what `accord render` cost as a whole process
// (tests/bench/render_process.sh).
#pragma once

#include <string>
#include <vector>

#include "command.h"

namespace accord::cli {

struct ModuleCommands {
  std::vector<Command> commands;  // empty when the module could not be loaded
  std::string error;              // why not, naming the module file
};

// Loads the module once (later calls return the same answer). The module is
// $ACCORD_CLI_MODULE if set, else the one built with this executable.
const ModuleCommands& databaseCommands();

}  // namespace accord::cli
