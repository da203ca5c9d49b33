#include "dispatch.h"

#include <istream>

#include "accord/http/authenticator.h"
#include "accord/http/error_status.h"
#include "call.h"
#include "etag.h"

namespace accord::http {

using domain::Error;
using domain::ErrorCode;

namespace {

// A chunked body the handler left unread is drained up to this size.
constexpr std::size_t kDrainLimit = 4u << 20;

std::size_t headerBytes(const Poco::Net::HTTPServerRequest& request) {
  std::size_t n = request.getURI().size() + request.getMethod().size();
  for (const auto& [name, value] : request) n += name.size() + value.size() + 4;
  return n;
}

bool carriesBody(const Poco::Net::HTTPServerRequest& request) {
  return request.getChunkedTransferEncoding() || (request.hasContentLength() && request.getContentLength64() > 0);
}

bool isWrite(const std::string& method) { return method == "POST" || method == "PUT" || method == "PATCH"; }

// Query parameters the route does not document are refused, so that a typo
// ("?formt=xml") is an error rather than a silently different answer.
Reply checkQuery(const Route& route, const Query& query) {
  for (const auto& [name, value] : query.all()) {
    bool known = false;
    for (const auto& p : route.doc.query) known = known || p.name == name;
    if (!known) {
      std::string accepted;
      for (const auto& p : route.doc.query) accepted += (accepted.empty() ? "" : ", ") + p.name;
      return problem(Error::invalid(name, accepted.empty() ? "is not a parameter of this resource (it takes none)"
                                                          : "is not a parameter of this resource (it takes " +
                                                                accepted + ")"));
    }
  }
  return Reply{0, {}, {}, {}, {}};
}

// Operations routes (health, metrics, the API description) answer whoever asks,
// so that probes keep working once requests need credentials.
domain::Actor anonymousActor() { return domain::Actor{"anonymous", domain::Role::kViewer, std::nullopt}; }

// The cache key: who asks (authorization may differ), the day (timeliness and
// "as of" dates depend on it) and what is asked.
std::string cacheKey(const Call& call) {
  const domain::Actor& a = call.actor();
  return a.name + ';' + domain::toString(a.role) + ';' + (a.country ? a.country->str() : "") + ' ' +
         call.services().clock.today().iso() + ' ' + call.request().getURI();
}

// The handler's reply, from the read cache when a GET's answer is there.
SharedReply answer(const Api::State& state, const Route& route, Call& call) {
  ReadCache& cache = *state.cache;
  const std::string& method = call.request().getMethod();
  if (method != "GET" || route.doc.anonymous || route.doc.uncached || !cache.enabled()) {
    // A change invalidates the cache when it commits (Api::dataChanged, wired to
    // the store), whether it came through here or through a page.
    return share(route.handler(call));
  }
  std::string key = cacheKey(call);
  std::uint64_t generation = cache.generation();
  if (SharedReply hit = cache.find(key, generation)) {
    state.metrics->cacheHit();
    return hit;
  }
  state.metrics->cacheMiss();
  SharedReply reply = share(route.handler(call));
  if (reply->status == 200) cache.put(key, generation, reply);
  return reply;
}

// The session of the request's bearer token: remembered from an earlier request
// while no account or session can have changed (session_cache.h), else asked of
// the session service. The generation is taken before asking, so an answer that
// raced a change is never filed under the newer generation.
domain::Result<app::Authenticated> authenticate(const Api::State& state,
                                                const Poco::Net::HTTPServerRequest& request) {
  auto token = bearerToken(request);
  if (!token.ok()) return token.error();
  ReadCache& cache = *state.cache;
  if (!cache.enabled()) return state.services.sessions.authenticate(*token);
  std::uint64_t generation = cache.generation();
  if (auto known = state.sessions.find(*token, generation, state.services.clock.now())) return *known;
  auto checked = state.services.sessions.authenticate(*token);
  if (checked.ok()) state.sessions.put(*token, generation, *checked);
  return checked;
}

// The checks before the handler; a reply with status 0 lets the request through.
Reply admit(const Limits& limits, const Poco::Net::HTTPServerRequest& request) {
  if (headerBytes(request) > limits.maxHeaderBytes)
    return problem(431, Error{ErrorCode::kTooLarge,
                              "the request line and headers are larger than this server accepts (" +
                                  std::to_string(limits.maxHeaderBytes) + " bytes)",
                              "headers"});
  if (request.hasContentLength() && request.getContentLength64() > static_cast<Poco::Int64>(limits.maxBodyBytes))
    return problem(Error{ErrorCode::kTooLarge,
                         "the body is larger than this server accepts (" + std::to_string(limits.maxBodyBytes) +
                             " bytes)",
                         "body"});
  if (isWrite(request.getMethod()) && !request.hasContentLength() && !request.getChunkedTransferEncoding())
    return problem(411, Error::invalid("Content-Length", "is required for a request with a body"));
  return Reply{0, {}, {}, {}, {}};
}

}  // namespace

SharedReply dispatch(const Api::State& state, const std::string& mount, Poco::Net::HTTPServerRequest& request,
                     std::size_t& route) {
  if (Reply refused = admit(state.services.limits, request); refused.status != 0) return share(std::move(refused));
  const std::string& method = request.getMethod();
  const std::string& uri = request.getURI();
  std::size_t q = uri.find('?');
  std::string path = uri.substr(0, q);
  if (path.compare(0, mount.size(), mount) != 0)
    return share(problem(Error::notFound("nothing is served at " + path.substr(0, 200))));
  path.erase(0, mount.size());
  if (path.size() > 1 && path.back() == '/') path.pop_back();

  Match m = state.router.match(method, path);
  if (!m.route) {
    if (m.allow.empty()) return share(problem(Error::notFound("nothing is served at " + path.substr(0, 200))));
    if (state.cors.isPreflight(request)) return share(state.cors.preflight(request, m.allow));
    Reply r = problem(405, Error::invalid("method", method + " is not allowed here; use " + m.allow));
    r.header("Allow", m.allow);
    return share(std::move(r));
  }
  route = m.index;

  auto query = Query::parse(q == std::string::npos ? std::string() : uri.substr(q + 1));
  if (!query.ok()) return share(problem(query.error()));
  if (Reply bad = checkQuery(*m.route, *query); bad.status != 0) return share(std::move(bad));

  std::optional<app::Authenticated> session;
  if (!m.route->doc.anonymous) {
    auto authenticated = authenticate(state, request);
    if (!authenticated.ok()) {
      Reply r = problem(authenticated.error());
      r.header("WWW-Authenticate", "Bearer realm=\"accord\"");
      return share(std::move(r));
    }
    session = std::move(authenticated).value();
  }
  domain::Actor actor = session ? session->actor : anonymousActor();
  if (!m.route->gate.empty()) {
    std::optional<domain::CountryCode> country;
    for (const auto& [name, value] : m.params)
      if (auto parsed = domain::CountryCode::parse("country", value); name == "country" && parsed.ok())
        country = *parsed;
    if (domain::Status s = app::authorizeAny(actor, m.route->gate, country); !s.ok())
      return share(problem(s.error()));
  }

  Call call(request, state, mount, std::move(m.params), std::move(query).value(), std::move(actor),
            std::move(session));
  SharedReply reply = answer(state, *m.route, call);
  if (method == "GET" && reply->status == 200) {
    if (const std::string* tag = reply->find("ETag"); tag && ifNoneMatch(request, *tag)) {
      Reply notModified{304, {}, {}, {}, {}};
      notModified.header("ETag", *tag);
      return share(std::move(notModified));
    }
  }
  return reply;
}

void send(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response, const Reply& reply) {
  if (reply.status == 411 || reply.status == 413 || reply.status == 431) {
    // The body was not read (or its size is unknown): the connection cannot be
    // trusted to be at a request boundary.
    response.setKeepAlive(false);
  } else if (carriesBody(request)) {
    // Drain what the handler did not read (its size is already within the
    // limit, or it is chunked and cut off at the limit).
    std::istream& in = request.stream();
    char buffer[8192];
    std::size_t drained = 0;
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
      drained += static_cast<std::size_t>(in.gcount());
      if (drained > kDrainLimit) {
        response.setKeepAlive(false);
        break;
      }
    }
  }
  response.setStatus(std::to_string(reply.status));
  response.setReason(reasonPhrase(reply.status));
  for (const auto& [name, value] : reply.headers) response.set(name, value);
  if (reply.status == 304 || reply.status == 204) {
    response.setContentLength(0);
    response.send();
    return;
  }
  response.setContentType(reply.contentType);
  response.setContentLength64(static_cast<Poco::Int64>(reply.body.size()));
  response.sendBuffer(reply.body.data(), reply.body.size());
}

}  // namespace accord::http
