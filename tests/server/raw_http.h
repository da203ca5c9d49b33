// HTTP over a bare socket, for the cases a real client would never send: one
// answer read in full (head and Content-Length body), from a chosen local
// address, within a liveness timeout.
#pragma once

#include <map>
#include <string>

namespace accord::test {

struct RawAnswer {
  std::string statusLine;                      // "HTTP/1.1 400 Bad Request", or "" when none came
  int status = 0;
  std::string reason;
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;
  bool closedAfter = false;                    // the server closed the connection after the answer
  double milliseconds = 0;                     // from sending to the whole answer

  std::string header(const std::string& lowerName) const {
    auto it = headers.find(lowerName);
    return it == headers.end() ? "" : it->second;
  }
};

// A connected socket's descriptor, bound to `from` (127.0.0.1, 127.0.0.2, ...);
// -1 when the connection fails.
int connectFrom(const std::string& from, int port);

// Sends `bytes` on a fresh connection from `from` and reads one answer, waiting
// at most `timeoutSeconds` for it; then, if `checkClose`, waits as long again for
// the server to close the connection.
RawAnswer askRaw(int port, const std::string& bytes, const std::string& from = "127.0.0.1",
                 double timeoutSeconds = 5, bool checkClose = true);

}  // namespace accord::test
