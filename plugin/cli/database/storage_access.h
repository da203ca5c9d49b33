// Shared by the commands that work on a database: the --storage option, opening
// the store, the operator acting from the command line, and reading one stored
// conference back as a dossier.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/app/store.h"
#include "accord/domain/actor.h"
#include "accord/domain/dossier.h"
#include "args.h"

namespace accord::cli {

// The offline tool acts with full rights under the operator's login name, which
// the audit trail records.
domain::Actor operatorActor();

// Prints "accord COMMAND: code: message (field)" and returns kExitFailure.
int fail(const char* command, const domain::Error& e);

// Declares --storage URI (default: the embedded database).
Args& withStorage(Args& args);

// The use-case context over `store`, wired as the plugin wires it: the audit
// snapshots are written by the json layer's record writers.
app::Context contextOf(app::Store& store, const domain::Clock& clock);

// argv with -o, the customary short form, spelled --output.
std::vector<std::string> withShortOutput(std::vector<std::string> argv);

// Writes `text` to `path`, or to standard output for "-". Returns false after
// printing "accord COMMAND: cannot write PATH".
bool writeOutput(const char* command, const std::string& path, const std::string& text);

// Opens the store named by --storage; prints the error and returns nullptr on failure.
std::unique_ptr<app::Store> openStorage(const char* command, const Args& args);

// The stored conference `id`, or the only one when `id` is empty. Prints what is
// wrong (none or several stored, unknown id) and returns nullopt on failure.
std::optional<domain::Dossier> loadStoredConference(const char* command, app::Store& store, const std::string& id);

}  // namespace accord::cli
