#include "plugin_server.h"

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include <Poco/ClassLoader.h>
#include <Poco/DateTimeParser.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/ThreadPool.h>
#include <Poco/Util/MapConfiguration.h>

#include "accord/platform/plugin.h"

#ifndef ACCORD_PLUGIN_PATH
#error "ACCORD_PLUGIN_PATH must name the built plugin library"
#endif

namespace accord::test {

namespace {

class TestClock final : public platform::Clock {
 public:
  Poco::Timestamp now() const override { return Poco::Timestamp(micros_.load()); }
  void set(const std::string& iso) {
    int tz = 0;
    Poco::DateTime dt = Poco::DateTimeParser::parse(Poco::DateTimeFormat::ISO8601_FORMAT, iso, tz);
    micros_.store(dt.timestamp().epochMicroseconds());
  }

 private:
  std::atomic<Poco::Timestamp::TimeVal> micros_{0};
};

// The same time for the accounts the harness makes.
class DomainClock final : public domain::Clock {
 public:
  explicit DomainClock(const TestClock& host) : host_(host) {}
  domain::Timestamp now() const override { return domain::Timestamp::fromSeconds(host_.now().epochTime()); }

 private:
  const TestClock& host_;
};

// One loader for the whole test process, never destroyed: unloading a library
// while Poco's thread pool might still run its code is not worth the risk.
Poco::ClassLoader<platform::Plugin>& loader() {
  static auto* l = [] {
    auto* cl = new Poco::ClassLoader<platform::Plugin>;
    cl->loadLibrary(ACCORD_PLUGIN_PATH);
    return cl;
  }();
  return *l;
}

std::string readAll(std::istream& in) {
  std::string out;
  Poco::StreamCopier::copyToString(in, out);
  return out;
}

}  // namespace

struct PluginServer::Impl {
  std::string dir;
  std::string uri;
  TestClock clock;
  DomainClock domainClock{clock};
  std::shared_ptr<TestAccounts> accounts;
  Poco::AutoPtr<Poco::Util::MapConfiguration> config{new Poco::Util::MapConfiguration};
  std::unique_ptr<platform::Plugin> plugin;
  std::unique_ptr<Poco::ThreadPool> pool;
  std::unique_ptr<Poco::Net::HTTPServer> server;
  int port = 0;
};

PluginServer::PluginServer(ServerOptions options) : impl_(std::make_unique<Impl>()) {
  Impl& s = *impl_;
  if (options.storageUri.empty()) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "accord-http-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    s.dir = tmpl;
    s.uri = "sqlite:" + s.dir + "/accord.db";
  } else {
    s.uri = options.storageUri;
  }
  s.clock.set(options.now);
  s.config->setString("storage.uri", s.uri);
  s.accounts = std::make_shared<TestAccounts>(s.uri, s.domainClock);
  if (!options.seed) s.config->setString("storage.seed", "");
  for (const auto& [k, v] : options.config) s.config->setString(k, v);

  s.plugin.reset(loader().create("accord::plugin::AccordPlugin"));
  platform::Outcome outcome = s.plugin->initialize({*s.config, Poco::Logger::get("accord.test"), s.clock});
  if (!outcome.ok()) throw std::runtime_error("plugin did not initialize: " + outcome.error);

  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
  Poco::Net::HTTPServerParams::Ptr params(new Poco::Net::HTTPServerParams);
  params->setMaxThreads(8);
  params->setMaxQueued(64);
  params->setKeepAlive(true);
  s.pool = std::make_unique<Poco::ThreadPool>(2, 8);
  s.server = std::make_unique<Poco::Net::HTTPServer>(s.plugin->requestHandlerFactory(""), *s.pool, socket, params);
  s.server->start();
  s.port = socket.address().port();
}

PluginServer::~PluginServer() {
  Impl& s = *impl_;
  s.server->stopAll(true);
  s.server.reset();
  s.pool->joinAll();
  s.plugin->shutdown();
  s.plugin.reset();
  if (!s.dir.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(s.dir, ec);
  }
}

int PluginServer::port() const { return impl_->port; }
const std::string& PluginServer::storageUri() const { return impl_->uri; }
std::shared_ptr<TestAccounts> PluginServer::accounts() const { return impl_->accounts; }
void PluginServer::setNow(const std::string& iso) {
  impl_->clock.set(iso);
  impl_->accounts->forgetTokens();
}

Poco::JSON::Object::Ptr Response::json() const {
  Poco::JSON::Parser parser;
  auto v = parser.parse(body);
  return v.extract<Poco::JSON::Object::Ptr>();
}

std::string Response::str(const std::string& key) const {
  auto o = json();
  return o->has(key) && !o->isNull(key) ? o->getValue<std::string>(key) : std::string();
}

Response Client::send(const std::string& method, const std::string& path, const std::string& body,
                      const std::string& contentType, const Headers& headers) const {
  Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(port_));
  session.setTimeout(Poco::Timespan(30, 0));
  Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  if (std::string bearer = token(); !bearer.empty()) request.set("Authorization", "Bearer " + bearer);
  for (const auto& [k, v] : headers) request.set(k, v);
  bool hasBody = !body.empty() || method == "POST" || method == "PUT" || method == "PATCH";
  if (hasBody) {
    request.setContentType(contentType);
    request.setContentLength(static_cast<std::streamsize>(body.size()));
  }
  std::ostream& out = session.sendRequest(request);
  if (hasBody) out << body;
  Response r;
  std::istream& in = session.receiveResponse(r.head);
  r.status = r.head.getStatus();
  r.body = readAll(in);
  return r;
}

std::string Client::token() const {
  if (!token_.empty() || actor_.empty() || !accounts_) return token_;
  return accounts_->token(port_, actor_);
}

Response Client::get(const std::string& path, const Headers& headers) const {
  return send("GET", path, "", "", headers);
}
Response Client::post(const std::string& path, const std::string& json, const Headers& headers) const {
  return send("POST", path, json, "application/json", headers);
}
Response Client::put(const std::string& path, const std::string& json, const Headers& headers) const {
  return send("PUT", path, json, "application/json", headers);
}
Response Client::patch(const std::string& path, const std::string& json, const Headers& headers) const {
  return send("PATCH", path, json, "application/json", headers);
}
Response Client::del(const std::string& path, const Headers& headers) const {
  return send("DELETE", path, "", "", headers);
}

std::string Client::etag(const std::string& path) const {
  Response r = get(path);
  if (r.status != 200) throw std::runtime_error("GET " + path + " answered " + std::to_string(r.status));
  return r.header("ETag");
}

std::string rawExchange(int port, const std::string& bytes) {
  Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)));
  socket.setReceiveTimeout(Poco::Timespan(2, 0));
  socket.sendBytes(bytes.data(), static_cast<int>(bytes.size()));
  std::string out;
  char buffer[4096];
  try {
    for (;;) {
      int n = socket.receiveBytes(buffer, sizeof buffer);
      if (n <= 0) break;
      out.append(buffer, static_cast<std::size_t>(n));
    }
  } catch (const Poco::Exception&) {
    // A timeout or a reset ends the exchange; what arrived before counts.
  }
  return out;
}

int statusOf(const std::string& raw) {
  if (raw.size() < 12 || raw.compare(0, 5, "HTTP/") != 0) return 0;
  return std::atoi(raw.substr(9, 3).c_str());
}

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string csrfOf(const std::string& html) {
  const std::string marker = "name=\"csrf\" value=\"";
  std::size_t at = html.find(marker);
  if (at == std::string::npos) return {};
  at += marker.size();
  return html.substr(at, html.find('"', at) - at);
}

}  // namespace accord::test
