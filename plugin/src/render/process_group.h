// Runs a program in a process group of its own and waits for it at most a given
// time, then kills the whole group: LibreOffice's `soffice` is a script that
// starts oosplash, which starts soffice.bin, and killing only the first would
// leave the others running.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace accord::render {

struct ProcessOutcome {
  enum class Kind { kExited, kSignalled, kTimedOut, kNotStarted };
  Kind kind = Kind::kNotStarted;
  int code = 0;  // exit status, or the signal's number
};

// Runs argv[0] (a path) with its arguments, standard input from /dev/null and
// standard output and error appended to `logFile`. Whatever the outcome, every
// process of the group has been killed and reaped when it returns.
ProcessOutcome runProcessGroup(const std::vector<std::string>& argv, const std::string& logFile,
                               std::chrono::milliseconds timeout);

// Starts argv[0] like runProcessGroup, without waiting: a resident program (a
// LibreOffice that stays up between conversions). Returns its process group's
// leader, or 0 when it could not be started.
int startProcessGroup(const std::vector<std::string>& argv, const std::string& logFile);
// Whether the group led by `leader` still runs; reaps the leader when it has ended.
bool processGroupRunning(int leader);
// Kills every process of the group and reaps its leader.
void stopProcessGroup(int leader);

// The program's path: `name` itself when it holds a '/', else the first
// executable of that name on PATH; empty when there is none.
std::string findProgram(const std::string& name);

}  // namespace accord::render
