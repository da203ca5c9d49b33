#include "database_module.h"

#include <Poco/Exception.h>
#include <Poco/SharedLibrary.h>

#include <cstdlib>

#ifndef ACCORD_CLI_DATABASE_MODULE
#error "ACCORD_CLI_DATABASE_MODULE must name the built database commands module"
#endif

namespace accord::cli {
namespace {
// Matches accord_cli_database_commands in database/module.cpp.
using ListFn = void (*)(const Command** first, std::size_t* count);

ModuleCommands load() {
  const char* env = std::getenv("ACCORD_CLI_MODULE");
  std::string path = env && *env ? env : ACCORD_CLI_DATABASE_MODULE;
  ModuleCommands loaded;
  try {
    // Never unloaded: the commands' code and static data live in it.
    static Poco::SharedLibrary library;
    library.load(path, Poco::SharedLibrary::SHLIB_LOCAL);
    auto list = reinterpret_cast<ListFn>(library.getSymbol("accord_cli_database_commands"));
    const Command* first = nullptr;
    std::size_t count = 0;
    list(&first, &count);
    loaded.commands.assign(first, first + count);
  } catch (const Poco::Exception& e) {
    loaded.error = "the database commands cannot be loaded from " + path + " (" + e.displayText() +
                   "); set ACCORD_CLI_MODULE to the installed libaccord_cli_database.so";
  }
  return loaded;
}
}  // namespace

const ModuleCommands& databaseCommands() {
  static const ModuleCommands loaded = load();
  return loaded;
}

}  // namespace accord::cli
