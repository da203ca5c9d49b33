// The host with the real plugin, in process: loads the built libaccord_plugin.so
// with Poco::ClassLoader, initializes it on a fresh database seeded with the
// Skopje sample, and serves it on 127.0.0.1 with a port the system picks. Tests
// speak HTTP to it with Client.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPResponse.h>

namespace accord::test {

struct Response {
  int status = 0;
  std::string body;
  Poco::Net::HTTPResponse head;

  std::string header(const std::string& name) const { return head.get(name, ""); }
  // The body as a JSON object; throws (failing the test) when it is not one.
  Poco::JSON::Object::Ptr json() const;
  // A string member of the body, or "" when absent.
  std::string str(const std::string& key) const;
};

class Client {
 public:
  Client(int port, std::string actor) : port_(port), actor_(std::move(actor)) {}
  // A client acting as "name;role[;CC]" (sent in X-Accord-Actor); empty: no header.
  Client as(const std::string& actor) const { return Client(port_, actor); }

  using Headers = std::map<std::string, std::string>;
  Response get(const std::string& path, const Headers& headers = {}) const;
  Response post(const std::string& path, const std::string& json, const Headers& headers = {}) const;
  Response put(const std::string& path, const std::string& json, const Headers& headers = {}) const;
  Response patch(const std::string& path, const std::string& json, const Headers& headers = {}) const;
  Response del(const std::string& path, const Headers& headers = {}) const;
  // Any request; a body is sent with Content-Length and `contentType`.
  Response send(const std::string& method, const std::string& path, const std::string& body,
                const std::string& contentType, const Headers& headers) const;

  // GET `path` and return its ETag (the version to name in If-Match).
  std::string etag(const std::string& path) const;

  int port() const { return port_; }

 private:
  int port_;
  std::string actor_;
};

struct ServerOptions {
  bool seed = true;                          // import the Skopje sample first
  std::string storageUri;                    // empty: a new SQLite file
  std::map<std::string, std::string> config; // more settings (plugin keys)
  std::string now = "2017-10-15T12:00:00Z";  // the host's clock
};

class PluginServer {
 public:
  explicit PluginServer(ServerOptions options = {});
  ~PluginServer();
  PluginServer(const PluginServer&) = delete;
  PluginServer& operator=(const PluginServer&) = delete;

  int port() const;
  // Acts as the secretariat (the X-Accord-Actor header is honoured).
  Client client() const { return Client(port(), "sec;secretariat"); }
  const std::string& storageUri() const;
  // Moves the host's clock.
  void setNow(const std::string& iso);

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// Paths of the seeded sample that many suites use.
inline constexpr const char* kDeclaration = "/api/v1/declarations/skopje-joint-declaration";
inline constexpr const char* kConference = "/api/v1/conferences/skopje-2016";

// Sends `bytes` as they are on a new connection and returns everything the
// server answers until it closes the connection or falls silent for two seconds:
// for requests a well-behaved client cannot send.
std::string rawExchange(int port, const std::string& bytes);
// The status code of the first response in `raw` ("HTTP/1.1 413 ..."), or 0.
int statusOf(const std::string& raw);

// `text` as a JSON string literal.
std::string quoted(const std::string& text);

}  // namespace accord::test
