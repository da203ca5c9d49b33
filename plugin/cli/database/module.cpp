// Entry point of the database commands module (see ../database_module.h): hands
// the executable the commands this module's files registered.
#include <cstddef>

#include "command.h"

extern "C" __attribute__((visibility("default"))) int accord_cli_database_abi() { return accord::cli::kCommandAbi; }

extern "C" __attribute__((visibility("default"))) void accord_cli_database_commands(
    const accord::cli::Command** first, std::size_t* count) {
  const auto& all = accord::cli::commands();
  *first = all.data();
  *count = all.size();
}
