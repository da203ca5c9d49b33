// The host's HTTP/1.1 transport. One poller thread owns every connection that is
// not being served: it accepts (at most http.perAddressConnections per client
// address), reads request heads as they trickle in, and ends connections whose
// head takes longer than http.headTimeout from its first byte or that sit idle
// longer than http.idleTimeout. Only a complete head reaches a worker, which
// serves that one request (request_exchange.h) and gives the connection back.
// So a slow or idle client costs a socket and a few bytes, never a thread, and
// /healthz keeps answering while hundreds of them hang on. One address has at
// most http.perAddressWorkers requests with workers at once; its other complete
// requests wait here, in order, without a thread, so a client that trickles
// request bodies cannot hold every worker either. When every worker is busy and
// http.queue complete requests wait, a new one gets 503.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>

#include "connection.h"
#include "request_exchange.h"
#include "transport_limits.h"
#include "worker_pool.h"

namespace accord::server {

class HttpTransport {
 public:
  HttpTransport(Poco::Net::ServerSocket socket, Poco::Net::HTTPRequestHandlerFactory::Ptr factory,
                Poco::Net::HTTPServerParams::Ptr params, TransportLimits limits, Poco::Logger& logger);
  ~HttpTransport();

  // Starts the poller and the workers. Throws Poco::Exception if the system
  // refuses the poller's resources.
  void start();
  // Stops accepting, closes the idle connections, lets the requests in flight
  // and in the queue finish, then closes every connection. Returns when done.
  void stop();

  // Requests answered 503 because every worker was busy and the queue full.
  std::uint64_t refused() const { return refused_.load(); }

 private:
  void poll();
  void accept();
  void receive(const std::shared_ptr<Connection>& c);
  void dispatch(const std::shared_ptr<Connection>& c);
  void serve(const std::shared_ptr<Connection>& c);
  void finished(const Connection& c);
  void takeBack();
  void expire();
  void close(int fd);
  void watch(int fd);
  void unwatch(int fd);

  Poco::Net::ServerSocket socket_;
  Poco::Net::HTTPRequestHandlerFactory::Ptr factory_;
  Poco::Net::HTTPServerParams::Ptr params_;
  TransportLimits limits_;
  Poco::Logger& logger_;
  ExchangeContext context_;
  WorkerPool pool_;

  int epoll_ = -1, wake_ = -1;
  std::atomic<bool> stopping_{false};
  std::atomic<std::uint64_t> refused_{0};
  std::thread poller_;
  // The poller's alone: every open connection by descriptor, and how many each address holds.
  std::map<int, std::shared_ptr<Connection>> open_;
  std::map<std::string, int> perAddress_;
  // Requests with a worker per address, and the complete ones waiting for a turn.
  std::map<std::string, int> serving_;
  std::map<std::string, std::deque<std::shared_ptr<Connection>>> waiting_;
  std::uint64_t acceptFailures_ = 0;
  // Connections workers have finished with, for the poller to take back.
  std::mutex returnedMutex_;
  std::vector<std::shared_ptr<Connection>> returned_;
};

}  // namespace accord::server
