// The request dispatcher: limits, routing, authentication, the handler, sending
// the reply, metrics. Every exit path answers with a status and a body; an
// exception from a handler is a 500 problem and a log line, never a dropped
// connection.
#include "accord/http/api.h"

#include <chrono>
#include <istream>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "api_state.h"
#include "call.h"
#include "dispatch.h"
#include "openapi.h"

namespace accord::http {

Api::State::State(ApiServices s) : services(std::move(s)) {
  addOperationsRoutes(router);
  addCountryRoutes(router);
  addConferenceRoutes(router);
  addDeclarationRoutes(router);
  addRevisionRoutes(router);
  addEndorsementRoutes(router);
  addCommitmentRoutes(router);
  addAssignmentRoutes(router);
  addReportRoutes(router);
  addStatusRoutes(router);
  addDocumentRoutes(router);
  addAuditRoutes(router);
  std::vector<std::pair<std::string, std::string>> labels;
  for (const auto& r : router.routes()) labels.emplace_back(r.method, r.path);
  metrics = std::make_unique<Metrics>(labels);
  store = std::make_unique<CountingStore>(services.store, *metrics);
  cache = std::make_unique<ReadCache>(*store, services.cache.maxStale, services.cache.maxBytes);
}

namespace {

class Handler final : public Poco::Net::HTTPRequestHandler {
 public:
  Handler(std::shared_ptr<const Api::State> state, const std::string& mount) : state_(std::move(state)), mount_(mount) {}

  void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
    auto started = std::chrono::steady_clock::now();
    Metrics& metrics = *state_->metrics;
    metrics.inFlight().fetch_add(1, std::memory_order_relaxed);
    std::size_t route = metrics.unmatched();
    SharedReply reply;
    try {
      reply = dispatch(*state_, mount_, request, route);
    } catch (const std::exception& e) {
      state_->services.logger.error("unexpected fault in %s %s: %s", request.getMethod(), request.getURI(),
                                    std::string(e.what()));
      reply = share(problem(domain::Error{domain::ErrorCode::kInternal,
                                          "the server met an unexpected fault; it has been logged", ""}));
    }
    send(request, response, *reply);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    metrics.observe(route, request.getMethod(), reply->status, seconds);
    // Failures of the server are always logged; every request only at debug
    // level, because at tens of thousands a second the log would cost more than
    // the requests.
    Poco::Logger& log = state_->services.logger;
    if (reply->status >= 500 || log.debug())
      log.log(Poco::Message(log.name(),
                            request.getMethod() + " " + request.getURI().substr(0, 300) + " -> " +
                                std::to_string(reply->status) + " in " + std::to_string(seconds * 1000) + " ms",
                            reply->status >= 500 ? Poco::Message::PRIO_ERROR : Poco::Message::PRIO_DEBUG));
    metrics.inFlight().fetch_sub(1, std::memory_order_relaxed);
  }

 private:
  std::shared_ptr<const Api::State> state_;
  const std::string& mount_;
};

class Factory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  Factory(std::shared_ptr<const Api::State> state, std::string mount) : state_(std::move(state)), mount_(std::move(mount)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new Handler(state_, mount_);
  }

 private:
  std::shared_ptr<const Api::State> state_;
  std::string mount_;
};

}  // namespace

Api::Api(ApiServices services) : state_(std::make_shared<State>(std::move(services))) {}
// The factories this Api handed out may outlive it (a server holds them until it
// is destroyed), and with them its state; but the store the state reads goes
// right after the Api, so nothing may read it any more.
Api::~Api() { state_->cache->stop(); }

Poco::Net::HTTPRequestHandlerFactory::Ptr Api::factory(const std::string& mountPrefix) {
  return new Factory(state_, mountPrefix);
}

std::vector<RouteInfo> Api::routes() const {
  std::vector<RouteInfo> out;
  for (const auto& r : state_->router.routes()) out.push_back({r.method, r.path});
  return out;
}

std::string Api::openApi(const std::string& mountPrefix) const { return openApiDocument(*state_, mountPrefix); }

}  // namespace accord::http
