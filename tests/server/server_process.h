// accord-server started as a child process on a fresh database, its log
// collected, its URL read from the "serving" line.
#pragma once

#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Pipe.h>
#include <Poco/Process.h>

namespace accord::test {

class ServerProcess {
 public:
  // Starts accord-server with `args` (plus --port 0 and a fresh --storage unless
  // given) and `env` added to the environment. Waits for the log line that says
  // where it serves, or for the process to end.
  explicit ServerProcess(std::vector<std::string> args, std::map<std::string, std::string> env = {});
  ~ServerProcess();

  bool serving() const { return port_ != 0; }
  int port() const { return port_; }
  // The storage URI it was given: --storage, else a file in its own temporary folder.
  const std::string& storage() const { return storage_; }
  const std::string& dir() const { return dir_; }
  // Everything logged so far.
  std::string log() const;

  // Sends SIGTERM and returns the exit code.
  int terminate();
  // Waits for the process to end by itself and returns the exit code.
  int wait();
  int pid() const { return static_cast<int>(handle_.id()); }

 private:
  void collect();
  std::string dir_, storage_;
  Poco::Pipe out_;
  Poco::ProcessHandle handle_;
  std::thread reader_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::string log_;
  bool ended_ = false;
  int port_ = 0;
  bool reaped_ = false;
  int code_ = -1;
};

// Runs accord-server with `args` to its end; returns the exit code and output.
std::pair<int, std::string> runServer(const std::vector<std::string>& args);

}  // namespace accord::test
