#include "server_process.h"

#include <signal.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>

#include <Poco/PipeStream.h>
#include <Poco/StreamCopier.h>

#ifndef ACCORD_SERVER_PATH
#error "ACCORD_SERVER_PATH must name the built accord-server"
#endif

namespace accord::test {

namespace {
bool hasOption(const std::vector<std::string>& args, const std::string& name) {
  for (const auto& a : args)
    if (a == name || a.rfind(name + "=", 0) == 0) return true;
  return false;
}
}  // namespace

ServerProcess::ServerProcess(std::vector<std::string> args, std::map<std::string, std::string> env)
    : handle_([&] {
        std::string t = (std::filesystem::temp_directory_path() / "accord-server-XXXXXX").string();
        if (!mkdtemp(t.data())) throw std::runtime_error("mkdtemp failed");
        dir_ = t;
        storage_ = "sqlite:" + dir_ + "/accord.db";
        if (!hasOption(args, "--port")) args.push_back("--port=0");
        if (!hasOption(args, "--storage")) args.push_back("--storage=" + storage_);
        for (const auto& a : args)
          if (a.rfind("--storage=", 0) == 0) storage_ = a.substr(10);
        Poco::Process::Env environment;
        for (const auto& [k, v] : env) environment[k] = v;
        return Poco::Process::launch(ACCORD_SERVER_PATH, args, dir_, nullptr, &out_, &out_, environment);
      }()) {
  reader_ = std::thread([this] { collect(); });
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, std::chrono::seconds(60), [this] { return port_ != 0 || ended_; });
}

ServerProcess::~ServerProcess() {
  if (!reaped_) {
    ::kill(pid(), SIGKILL);
    wait();
  }
  reader_.join();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

void ServerProcess::collect() {
  Poco::PipeInputStream in(out_);
  std::string line;
  while (std::getline(in, line)) {
    std::lock_guard<std::mutex> lock(mutex_);
    log_ += line + "\n";
    const std::string marker = "Accord is serving at http://127.0.0.1:";
    if (port_ == 0) {
      auto at = line.find(marker);
      if (at != std::string::npos) port_ = std::atoi(line.c_str() + at + marker.size());
    }
    changed_.notify_all();
  }
  std::lock_guard<std::mutex> lock(mutex_);
  ended_ = true;
  changed_.notify_all();
}

std::string ServerProcess::log() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return log_;
}

int ServerProcess::terminate() {
  ::kill(pid(), SIGTERM);
  return wait();
}

int ServerProcess::wait() {
  if (!reaped_) {
    code_ = handle_.wait();
    reaped_ = true;
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait_for(lock, std::chrono::seconds(10), [this] { return ended_; });
  }
  return code_;
}

std::pair<int, std::string> runServer(const std::vector<std::string>& args) {
  ServerProcess p(args);
  int code = p.wait();
  return {code, p.log()};
}

}  // namespace accord::test
