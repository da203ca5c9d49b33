#include "process_group.h"

#include <cstdlib>
#include <thread>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace accord::render {

namespace {

// Polling keeps this free of SIGCHLD handlers, which a host process may own.
constexpr std::chrono::milliseconds kPoll{10};

void killGroup(pid_t group) {
  ::kill(-group, SIGKILL);
}

}  // namespace

int startProcessGroup(const std::vector<std::string>& argv, const std::string& logFile) {
  if (argv.empty()) return 0;
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&files, 1, logFile.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
  posix_spawn_file_actions_adddup2(&files, 1, 2);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK);
  posix_spawnattr_setpgroup(&attributes, 0);  // a group of its own, led by the child
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, args[0], &files, &attributes, args.data(), environ);
  posix_spawn_file_actions_destroy(&files);
  posix_spawnattr_destroy(&attributes);
  return rc == 0 ? pid : 0;
}

bool processGroupRunning(int leader) {
  if (leader <= 0) return false;
  int status = 0;
  if (::waitpid(leader, &status, WNOHANG) == 0) return true;
  killGroup(leader);  // the leader is gone: what it left behind goes too
  return false;
}

void stopProcessGroup(int leader) {
  if (leader <= 0) return;
  killGroup(leader);
  int status = 0;
  ::waitpid(leader, &status, 0);
}

ProcessOutcome runProcessGroup(const std::vector<std::string>& argv, const std::string& logFile,
                               std::chrono::milliseconds timeout) {
  ProcessOutcome out;
  pid_t pid = startProcessGroup(argv, logFile);
  if (pid == 0) return out;

  const auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  for (;;) {
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0) {  // not ours to wait for any more (cannot happen unless reaped elsewhere)
      killGroup(pid);
      out.kind = ProcessOutcome::Kind::kSignalled;
      out.code = SIGKILL;
      return out;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      killGroup(pid);
      ::waitpid(pid, &status, 0);
      out.kind = ProcessOutcome::Kind::kTimedOut;
      return out;
    }
    std::this_thread::sleep_for(kPoll);
  }
  // The leader is gone; anything it left behind in its group goes too.
  killGroup(pid);
  if (WIFEXITED(status)) {
    out.kind = ProcessOutcome::Kind::kExited;
    out.code = WEXITSTATUS(status);
  } else {
    out.kind = ProcessOutcome::Kind::kSignalled;
    out.code = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  }
  return out;
}

std::string findProgram(const std::string& name) {
  if (name.empty()) return "";
  if (name.find('/') != std::string::npos) return ::access(name.c_str(), X_OK) == 0 ? name : "";
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    std::size_t end = dirs.find(':', start);
    if (end == std::string::npos) end = dirs.size();
    std::string dir = dirs.substr(start, end - start);
    if (!dir.empty()) {
      std::string candidate = dir + "/" + name;
      if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
    start = end + 1;
  }
  return "";
}

}  // namespace accord::render
