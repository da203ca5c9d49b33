#include "overload_filter.h"

#include <string>

#include <Poco/Exception.h>
#include <Poco/Net/StreamSocket.h>

namespace accord::server {

namespace {

const std::string kBody =
    R"({"type":"urn:accord:problem:unavailable","title":"Service Unavailable","status":503,)"
    R"("detail":"the server is at capacity: every worker is busy and the queue is full; retry shortly",)"
    R"("code":"unavailable"})";

const std::string kResponse = "HTTP/1.1 503 Service Unavailable\r\n"
                              "Content-Type: application/problem+json; charset=utf-8\r\n"
                              "Content-Length: " + std::to_string(kBody.size()) + "\r\n"
                              "Retry-After: 1\r\n"
                              "Connection: close\r\n\r\n" + kBody;

}  // namespace

bool OverloadFilter::accept(const Poco::Net::StreamSocket& socket) {
  if (!server_ || server_->queuedConnections() < maxQueued_) return true;
  std::uint64_t n = ++refused_;
  // Every hundredth refusal is logged, so an overload cannot flood the log.
  if (n % 100 == 1) logger_.warning("at capacity: turned away %Lu connection(s) with 503 so far", n);
  try {
    Poco::Net::StreamSocket s(socket);
    s.setSendTimeout(Poco::Timespan(0, 200000));
    s.setReceiveTimeout(Poco::Timespan(0, 50000));
    s.sendBytes(kResponse.data(), static_cast<int>(kResponse.size()));
    s.shutdownSend();
    // Read what the client already sent: closing a socket with unread data
    // resets the connection, which could destroy the 503 before it is read.
    char buffer[4096];
    for (int i = 0; i < 16 && s.poll(Poco::Timespan(0, 50000), Poco::Net::Socket::SELECT_READ); ++i)
      if (s.receiveBytes(buffer, sizeof buffer) <= 0) break;
  } catch (const Poco::Exception&) {
    // The client went away: nothing more is owed to it.
  }
  return false;
}

}  // namespace accord::server
