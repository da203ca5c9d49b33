// The request dispatcher: limits, routing, authentication, the handler, sending
// the reply, metrics. Every exit path answers with a status and a body; an
// exception from a handler is a 500 problem and a log line, never a dropped
// connection.
#include "accord/http/api.h"

#include <algorithm>
#include <chrono>
#include <istream>

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "accord/http/security_headers.h"
#include "api_state.h"
#include "call.h"
#include "dispatch.h"
#include "openapi.h"

namespace accord::http {

Api::State::State(ApiServices s) : services(std::move(s)), cors(services.corsOrigins) {
  addOperationsRoutes(router);
  addSessionRoutes(router);
  addUserRoutes(router);
  addCountryRoutes(router);
  addConferenceRoutes(router);
  addDelegateRoutes(router);
  addDirectoryRoutes(router);
  addDeclarationRoutes(router);
  addRevisionRoutes(router);
  addConsultationRoutes(router);
  addLanguageVersionRoutes(router);
  addEndorsementRoutes(router);
  addCommitmentRoutes(router);
  addAssignmentRoutes(router);
  addReportRoutes(router);
  addStatusRoutes(router);
  addDocumentRoutes(router);
  addAuditRoutes(router);
  addNotificationRoutes(router);
  addPreferenceRoutes(router);
  addInboxRoutes(router);
  addReminderRoutes(router);
  std::vector<std::pair<std::string, std::string>> labels;
  for (const auto& r : router.routes()) labels.emplace_back(r.method, r.path);
  metrics = std::make_unique<Metrics>(labels);
  store = std::make_unique<CountingStore>(services.store, *metrics);
  cache = std::make_unique<ReadCache>(*store, services.cache.maxStale, services.cache.maxBytes);
}

namespace {

// The request target as logged: cut short, and without the query, which is the
// one place a careless client might put a secret.
std::string loggable(const Poco::Net::HTTPServerRequest& request) {
  const std::string& uri = request.getURI();
  return uri.substr(0, std::min<std::size_t>(uri.find('?'), 300));
}

class Handler final : public Poco::Net::HTTPRequestHandler {
 public:
  Handler(std::shared_ptr<const Api::State> state, const std::string& mount) : state_(std::move(state)), mount_(mount) {}

  void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override {
    auto started = std::chrono::steady_clock::now();
    Metrics& metrics = *state_->metrics;
    metrics.inFlight().fetch_add(1, std::memory_order_relaxed);
    std::string id = requestIdOf(request);
    std::size_t route = metrics.unmatched();
    SharedReply reply;
    try {
      reply = dispatch(*state_, mount_, request, route);
    } catch (const std::exception& e) {
      state_->services.logger.error("request %s: unexpected fault in %s %s: %s", id, request.getMethod(),
                                    loggable(request), std::string(e.what()));
      reply = share(problem(domain::Error{domain::ErrorCode::kInternal,
                                          "the server met an unexpected fault; it has been logged (request " + id +
                                              ")",
                                          ""}));
    }
    applySecurityHeaders(response);
    response.set(kRequestIdHeader, id);
    state_->cors.decorate(request, response);
    // Answers that depend on who asks must not be kept by a browser or a proxy
    // for the next person at the same machine.
    bool anonymous = route != metrics.unmatched() && state_->router.routes()[route].doc.anonymous;
    if (!anonymous && !reply->find("Cache-Control")) response.set("Cache-Control", "no-store");
    send(request, response, *reply);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    metrics.observe(route, request.getMethod(), reply->status, seconds);
    // Failures of the server are always logged; every request only at debug
    // level, because at tens of thousands a second the log would cost more than
    // the requests.
    Poco::Logger& log = state_->services.logger;
    if (reply->status >= 500 || log.debug())
      log.log(Poco::Message(log.name(),
                            "request " + id + ": " + request.getMethod() + " " + loggable(request) + " -> " +
                                std::to_string(reply->status) + " in " + std::to_string(seconds * 1000) + " ms" +
                                (reply->fault.empty() ? "" : ": " + reply->fault),
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

void Api::dataChanged() { state_->cache->invalidate(); }

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
