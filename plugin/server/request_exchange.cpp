#include "request_exchange.h"

#include <memory>

#include <Poco/Exception.h>
#include <Poco/String.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerSession.h>
#include <Poco/Net/NetException.h>

#include "body_framing.h"
#include "buffered_request.h"
#include "guarded_response.h"
#include "host_answer.h"

namespace accord::server {

namespace {

struct Refusal {
  int status = 0;
  std::string problem;
};

// The path as logged: cut short and without the query, where a careless client
// may have put a secret.
std::string loggable(const std::string& target) { return target.substr(0, std::min<std::size_t>(target.find('?'), 200)); }

// Reads more bytes into c.in, waiting no later than `deadline`. Returns false when
// the deadline passed, the client closed, or the socket failed.
bool readMore(Connection& c, Clock::time_point deadline, int ioSeconds) {
  auto left = std::chrono::duration_cast<std::chrono::microseconds>(deadline - Clock::now()).count();
  left = std::min<long long>(left, static_cast<long long>(ioSeconds) * 1000000);
  if (left <= 0) return false;
  try {
    if (!c.socket.poll(Poco::Timespan(left), Poco::Net::Socket::SELECT_READ)) return false;
    char buffer[16384];
    int n = c.socket.receiveBytes(buffer, sizeof buffer);
    if (n <= 0) return false;
    c.in.append(buffer, static_cast<std::size_t>(n));
    return true;
  } catch (const Poco::Exception&) {
    return false;
  }
}

// Reads the body `framing` declares out of c.in and the socket; leaves in c.in
// what follows it. Returns a refusal (408, 400, 413) when it cannot.
Refusal readBody(Connection& c, const Framing& framing, const TransportLimits& limits, std::string& body) {
  auto deadline = Clock::now() + std::chrono::seconds(limits.bodySeconds);
  const Refusal slow{408, "the request body did not arrive within " + std::to_string(limits.bodySeconds) + " s"};
  const Refusal large{413, "the request body exceeds " + std::to_string(limits.maxBodyBytes) + " bytes"};
  if (framing.kind == Framing::Kind::kLength) {
    if (framing.length > limits.maxBodyBytes) return large;
    auto length = static_cast<std::size_t>(framing.length);
    while (c.in.size() < length)
      if (!readMore(c, deadline, limits.ioSeconds)) return slow;
    body = c.in.substr(0, length);
    c.in.erase(0, length);
    return {};
  }
  if (framing.kind == Framing::Kind::kChunked) {
    while (true) {
      ChunkedBody decoded = decodeChunked(c.in, limits.maxBodyBytes);
      if (decoded.state == ChunkedBody::State::kInvalid) return {400, decoded.problem};
      if (decoded.state == ChunkedBody::State::kTooLarge) return large;
      if (decoded.state == ChunkedBody::State::kComplete) {
        body = std::move(decoded.body);
        c.in.erase(0, decoded.consumed);
        return {};
      }
      // Sizes, CRLFs and trailers cost a little beyond the data; not a megabyte more.
      if (c.in.size() > limits.maxBodyBytes + 65536) return large;
      if (!readMore(c, deadline, limits.ioSeconds)) return slow;
    }
  }
  return {};
}

// What the head says before any byte of the body is read; a refusal or nothing.
Refusal check(const RequestHead& head, Framing& framing) {
  if (head.state == RequestHead::State::kInvalid) return {head.status, head.problem};
  if (!wellEscaped(head.target))
    return {400, "the request target holds a '%' that does not start a %XX escape of two hex digits"};
  framing = framingOf(head);
  if (framing.status != 0) return {framing.status, framing.problem};
  return {};
}

void refuse(Connection& c, const Refusal& r, const ExchangeContext& context) {
  // A client error, told to the client in the answer: info, not error, and once.
  context.logger.information("refused %s %s from %s: %d %s", c.head.method.empty() ? std::string("a request") : c.head.method,
                             loggable(c.head.target), c.peer, r.status, r.problem);
  sendAndClose(c.socket, hostAnswer(r.status, r.problem), Poco::Timespan(0, 500000));
  c.close = true;
}

void handle(Connection& c, std::string body, const ExchangeContext& context) {
  Poco::Net::HTTPServerSession session(c.socket, context.params);
  {
    GuardedResponse response(session, c.head.method == "HEAD");
    BufferedRequest request(c.head, std::move(body), response, c.socket.peerAddress(), c.socket.address(),
                            context.params);
    response.setDate(Poco::Timestamp());
    response.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);
    response.setKeepAlive(request.getKeepAlive() && !context.stopping.load());
    response.set("Server", context.params->getSoftwareVersion());
    try {
      std::unique_ptr<Poco::Net::HTTPRequestHandler> handler(context.factory.createRequestHandler(request));
      handler->handleRequest(request, response);
      if (!response.sent()) {
        response.setContentLength(0);
        response.send();
      }
      c.close = !response.getKeepAlive() || !request.getKeepAlive();
    } catch (const Poco::Net::NetException&) {
      c.close = true;  // the client went away mid-answer
    } catch (const std::exception& e) {
      c.close = true;
      context.logger.error("%s %s from %s failed: %s", c.head.method, loggable(c.head.target), c.peer,
                           std::string(e.what()));
      if (!response.sent()) {
        try {
          std::string answer = hostAnswer(500, "the server met an unexpected fault; it has been logged");
          c.socket.sendBytes(answer.data(), static_cast<int>(answer.size()));
        } catch (const Poco::Exception&) {
        }
      }
    }
  }
  // The session would close the socket it ends with; the connection lives on.
  session.detachSocket();
}

}  // namespace

void serveOneRequest(Connection& c, const ExchangeContext& context) {
  try {
    c.socket.setSendTimeout(Poco::Timespan(context.limits.ioSeconds, 0));
    c.socket.setReceiveTimeout(Poco::Timespan(context.limits.ioSeconds, 0));
    Framing framing;
    if (Refusal r = check(c.head, framing); r.status != 0) return refuse(c, r, context);
    c.in.erase(0, c.head.length);
    if (framing.kind != Framing::Kind::kNone && c.head.version == "HTTP/1.1" &&
        Poco::icompare(c.head.get("Expect"), "100-continue") == 0 && c.in.empty()) {
      static const std::string kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
      c.socket.sendBytes(kContinue.data(), static_cast<int>(kContinue.size()));
    }
    std::string body;
    if (Refusal r = readBody(c, framing, context.limits, body); r.status != 0) return refuse(c, r, context);
    handle(c, std::move(body), context);
  } catch (const Poco::Exception&) {
    c.close = true;  // the socket failed: nothing more can be said to this client
  }
}

}  // namespace accord::server
