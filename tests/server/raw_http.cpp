#include "raw_http.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <chrono>

namespace accord::test {

namespace {

using Clock = std::chrono::steady_clock;

// Reads into `out` until `done(out)` or the deadline; false when the deadline
// passed or the peer closed first.
template <typename Done>
bool readUntil(int fd, std::string& out, Clock::time_point deadline, Done done, bool& closed) {
  char buffer[16384];
  while (!done(out)) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left)) <= 0) continue;
    ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) {
      closed = true;
      return done(out);
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
  return true;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

int connectFrom(const std::string& from, int port) {
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  sockaddr_in local{};
  local.sin_family = AF_INET;
  ::inet_pton(AF_INET, from.c_str(), &local.sin_addr);
  sockaddr_in server{};
  server.sin_family = AF_INET;
  server.sin_port = htons(static_cast<uint16_t>(port));
  ::inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
  if (::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
      ::connect(fd, reinterpret_cast<sockaddr*>(&server), sizeof server) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

RawAnswer askRaw(int port, const std::string& bytes, const std::string& from, double timeoutSeconds,
                 bool checkClose) {
  RawAnswer a;
  auto started = Clock::now();
  int fd = connectFrom(from, port);
  if (fd < 0) return a;
  ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
  auto deadline = started + std::chrono::milliseconds(static_cast<long long>(timeoutSeconds * 1000));
  std::string in;
  bool closed = false;
  auto headDone = [](const std::string& s) { return s.find("\r\n\r\n") != std::string::npos; };
  if (readUntil(fd, in, deadline, headDone, closed)) {
    std::size_t end = in.find("\r\n\r\n");
    std::string head = in.substr(0, end);
    std::size_t lineEnd = head.find("\r\n");
    a.statusLine = head.substr(0, lineEnd);
    if (a.statusLine.size() >= 12) {
      a.status = std::atoi(a.statusLine.substr(9, 3).c_str());
      a.reason = a.statusLine.size() > 13 ? a.statusLine.substr(13) : "";
    }
    std::size_t at = lineEnd == std::string::npos ? head.size() : lineEnd + 2;
    while (at < head.size()) {
      std::size_t next = head.find("\r\n", at);
      if (next == std::string::npos) next = head.size();
      std::string line = head.substr(at, next - at);
      auto colon = line.find(':');
      if (colon != std::string::npos) {
        std::size_t v = colon + 1;
        while (v < line.size() && line[v] == ' ') ++v;
        a.headers[lower(line.substr(0, colon))] = line.substr(v);
      }
      at = next + 2;
    }
    std::size_t length = static_cast<std::size_t>(std::atoll(a.header("content-length").c_str()));
    std::size_t bodyStart = end + 4;
    readUntil(fd, in, deadline, [&](const std::string& s) { return s.size() >= bodyStart + length; }, closed);
    a.body = in.substr(bodyStart, length);
    a.milliseconds = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    if (checkClose && !closed) {
      std::string rest;
      readUntil(fd, rest, Clock::now() + std::chrono::milliseconds(static_cast<long long>(timeoutSeconds * 1000)), [](const std::string&) { return false; }, closed);
    }
    a.closedAfter = closed;
  }
  ::close(fd);
  return a;
}

}  // namespace accord::test
