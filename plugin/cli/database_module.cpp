#include "database_module.h"

#include <Poco/Exception.h>
#include <Poco/SharedLibrary.h>

#include <cstdlib>
#include <string>

#ifndef ACCORD_CLI_DATABASE_MODULE
#error "ACCORD_CLI_DATABASE_MODULE must name the built database commands module"
#endif

namespace accord::cli {
namespace {
// Match the entry points in database/module.cpp.
using AbiFn = int (*)();
using ListFn = void (*)(const Command** first, std::size_t* count);

ModuleCommands load() {
  const char* env = std::getenv("ACCORD_CLI_MODULE");
  std::string path = env && *env ? env : ACCORD_CLI_DATABASE_MODULE;
  ModuleCommands loaded;
  try {
    // Never unloaded: the commands' code and static data live in it.
    static Poco::SharedLibrary library;
    library.load(path, Poco::SharedLibrary::SHLIB_LOCAL);
    int abi = reinterpret_cast<AbiFn>(library.getSymbol("accord_cli_database_abi"))();
    if (abi != kCommandAbi) {
      loaded.error = "the database commands in " + path + " were built for another accord (interface " +
                     std::to_string(abi) + ", this one speaks " + std::to_string(kCommandAbi) +
                     "); set ACCORD_CLI_MODULE to the libaccord_cli_database.so built with this accord";
      return loaded;
    }
    auto list = reinterpret_cast<ListFn>(library.getSymbol("accord_cli_database_commands"));
    const Command* first = nullptr;
    std::size_t count = 0;
    list(&first, &count);
    loaded.commands.assign(first, first + count);
  } catch (const Poco::Exception& e) {
    loaded.error = "the database commands cannot be loaded from " + path + " (" + e.displayText() +
                   "); set ACCORD_CLI_MODULE to the libaccord_cli_database.so built with this accord";
  }
  return loaded;
}
}  // namespace

const ModuleCommands& databaseCommands() {
  static const ModuleCommands loaded = load();
  return loaded;
}

}  // namespace accord::cli
