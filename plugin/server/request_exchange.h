// Serves exactly one request on a connection whose head has fully arrived: checks
// the head and its framing, reads the body within its deadline and size limit,
// hands the request to the handler factory and sends the answer. Runs on a worker
// thread; the connection goes back to the poller afterwards, or is closed.
#pragma once

#include <atomic>

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>

#include "connection.h"
#include "transport_limits.h"

namespace accord::server {

struct ExchangeContext {
  Poco::Net::HTTPRequestHandlerFactory& factory;
  Poco::Net::HTTPServerParams::Ptr params;
  const TransportLimits& limits;
  Poco::Logger& logger;
  const std::atomic<bool>& stopping;
};

// Serves the request whose head is `c.head`. Sets c.close when the connection
// must end: the client asked, the request was refused, the host is stopping, or
// the socket failed.
void serveOneRequest(Connection& c, const ExchangeContext& context);

}  // namespace accord::server
