#include "host_answer.h"

#include <sys/socket.h>

#include <sstream>

#include <Poco/Exception.h>

#include <Poco/JSON/Object.h>
#include <Poco/Timestamp.h>
#include <Poco/UUIDGenerator.h>

namespace accord::server {

namespace {

const char* codeOf(int status) {
  switch (status) {
    case 408: return "timeout";
    case 413: return "too_large";
    case 431: return "too_large";
    case 500: return "internal";
    case 501: return "not_implemented";
    case 503: return "unavailable";
    case 505: return "version_not_supported";
    default: return "invalid_argument";
  }
}

}  // namespace

void completeHeaders(Poco::Net::HTTPResponse& response) {
  static const std::pair<const char*, const char*> kSecurity[] = {
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Content-Security-Policy",
       "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"},
  };
  for (const auto& [name, value] : kSecurity)
    if (!response.has(name)) response.set(name, value);
  if (!response.has("X-Request-Id"))
    response.set("X-Request-Id", Poco::UUIDGenerator::defaultGenerator().createRandom().toString());
  // A reason phrase that does not match the status ("404 OK") misleads every
  // client and proxy that shows it: the standard one replaces it.
  if (response.getReason().empty() || (response.getReason() == "OK" && response.getStatus() != 200))
    response.setReason(Poco::Net::HTTPResponse::getReasonForStatus(response.getStatus()));
}

std::string hostAnswer(int status, const std::string& detail) {
  auto code = static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status);
  std::string reason = Poco::Net::HTTPResponse::getReasonForStatus(code);
  Poco::JSON::Object problem;
  problem.set("type", std::string("urn:accord:problem:") + codeOf(status));
  problem.set("title", reason);
  problem.set("status", status);
  problem.set("detail", detail);
  problem.set("code", std::string(codeOf(status)));
  std::ostringstream body;
  problem.stringify(body);

  Poco::Net::HTTPResponse response(code);
  response.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
  response.setDate(Poco::Timestamp());
  response.setContentType("application/problem+json; charset=utf-8");
  response.setContentLength(static_cast<std::streamsize>(body.str().size()));
  response.set("Cache-Control", "no-store");
  if (status == 503) response.set("Retry-After", "1");
  response.setKeepAlive(false);
  completeHeaders(response);
  std::ostringstream out;
  response.write(out);
  out << body.str();
  return out.str();
}

void sendAndClose(Poco::Net::StreamSocket& socket, const std::string& answer, Poco::Timespan linger) {
  try {
    ::send(socket.impl()->sockfd(), answer.data(), answer.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
    socket.shutdownSend();
    Poco::Timestamp started;
    char buffer[4096];
    while (started.elapsed() < linger.totalMicroseconds() &&
           socket.poll(Poco::Timespan(0, 50000), Poco::Net::Socket::SELECT_READ))
      if (::recv(socket.impl()->sockfd(), buffer, sizeof buffer, MSG_DONTWAIT) <= 0) break;
  } catch (const Poco::Exception&) {
    // The client went away: nothing more is owed to it.
  }
}

}  // namespace accord::server
