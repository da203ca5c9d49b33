// A host's view of the Accord plugin: only the platform interface header and the
// built libaccord_plugin.so, found through its ClassLoader manifest.
#include <unistd.h>

#include <filesystem>
#include <map>
#include <memory>

#include <boost/test/unit_test.hpp>

#include <Poco/ClassLoader.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <Poco/Util/MapConfiguration.h>

#include "accord/platform/plugin.h"

using accord::platform::Plugin;

namespace {

class FixedClock final : public accord::platform::Clock {
 public:
  Poco::Timestamp now() const override { return Poco::Timestamp::fromEpochTime(1508068800); }  // 2017-10-15
};

// Loaded once and kept: unloading under a running thread pool is not a host's business in a test.
Poco::ClassLoader<Plugin>& loader() {
  static auto* l = [] {
    auto* cl = new Poco::ClassLoader<Plugin>;
    cl->loadLibrary(ACCORD_PLUGIN_PATH);
    return cl;
  }();
  return *l;
}

struct TempDir {
  TempDir() {
    std::string t = (std::filesystem::temp_directory_path() / "accord-plugin-XXXXXX").string();
    BOOST_REQUIRE(mkdtemp(t.data()));
    path = t;
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string path;
};

std::unique_ptr<Plugin> create() {
  return std::unique_ptr<Plugin>(loader().create("accord::plugin::AccordPlugin"));
}

std::pair<int, std::string> send(int port, const std::string& method, const std::string& path,
                                 const std::string& json = "") {
  Poco::Net::HTTPClientSession s("127.0.0.1", static_cast<Poco::UInt16>(port));
  Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  if (!json.empty()) {
    request.setContentType("application/json");
    request.setContentLength(static_cast<std::streamsize>(json.size()));
  }
  s.sendRequest(request) << json;
  Poco::Net::HTTPResponse response;
  std::string body;
  Poco::StreamCopier::copyToString(s.receiveResponse(response), body);
  return {response.getStatus(), body};
}

std::pair<int, std::string> get(int port, const std::string& path) { return send(port, "GET", path); }

}  // namespace

BOOST_AUTO_TEST_SUITE(plugin_loading_tests)

BOOST_AUTO_TEST_CASE(the_manifest_exports_the_accord_plugin) {
  const auto* manifest = loader().findManifest(ACCORD_PLUGIN_PATH);
  BOOST_REQUIRE(manifest);
  BOOST_TEST(manifest->size() == 1u);
  BOOST_TEST(manifest->begin()->name() == std::string("accord::plugin::AccordPlugin"));
  auto plugin = create();
  BOOST_TEST(plugin->name() == "accord");
  BOOST_TEST(plugin->version() == ACCORD_VERSION);
}

BOOST_AUTO_TEST_CASE(it_renders_four_documents_as_docx_and_pdf_three_as_xml_and_the_text_as_akn) {
  auto types = create()->documentTypes();
  BOOST_TEST(types.size() == 12u);
  std::map<std::string, int> byFormat;
  const std::map<std::string, std::string> media = {
      {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {"xml", "application/xml"},
      {"akn", "application/akn+xml"},
      {"pdf", "application/pdf"}};
  for (const auto& t : types) {
    ++byFormat[t.format];
    BOOST_TEST(t.mediaType == media.at(t.format), t.name << " " << t.format);
    if (t.format == "akn") BOOST_TEST(t.name == "declaration");
  }
  BOOST_TEST(byFormat["docx"] == 4);
  BOOST_TEST(byFormat["pdf"] == 4);
  BOOST_TEST(byFormat["xml"] == 3);
  BOOST_TEST(byFormat["akn"] == 1);
}

BOOST_AUTO_TEST_CASE(initialization_fails_with_a_reason_and_holds_nothing) {
  FixedClock clock;
  Poco::AutoPtr<Poco::Util::MapConfiguration> config(new Poco::Util::MapConfiguration);
  config->setString("storage.uri", "mysql://nowhere/db");
  auto plugin = create();
  auto outcome = plugin->initialize({*config, Poco::Logger::get("test"), clock});
  BOOST_TEST(!outcome.ok());
  BOOST_TEST(outcome.error.find("storage") != std::string::npos, outcome.error);
  config->setString("storage.uri", "sqlite::memory:");
  config->setString("limits.maxJsonDepth", "deep");
  outcome = create()->initialize({*config, Poco::Logger::get("test"), clock});
  BOOST_TEST(outcome.error.find("limits.maxJsonDepth") != std::string::npos, outcome.error);
  config->setString("limits.maxJsonDepth", "32");
  config->setString("pdf.resident", "sometimes");
  outcome = create()->initialize({*config, Poco::Logger::get("test"), clock});
  BOOST_TEST(outcome.error.find("pdf.resident") != std::string::npos, outcome.error);
  plugin->shutdown();  // harmless after a failed initialize
}

BOOST_AUTO_TEST_CASE(a_host_serves_a_request_through_it_under_a_prefix) {
  TempDir dir;
  FixedClock clock;
  Poco::AutoPtr<Poco::Util::MapConfiguration> config(new Poco::Util::MapConfiguration);
  config->setString("storage.uri", "sqlite:" + dir.path + "/accord.db");
  auto plugin = create();
  auto outcome = plugin->initialize({*config, Poco::Logger::get("test"), clock});
  BOOST_REQUIRE_MESSAGE(outcome.ok(), outcome.error);
  {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    Poco::Net::HTTPServer server(plugin->requestHandlerFactory("/accord"), socket, new Poco::Net::HTTPServerParams);
    server.start();
    int port = socket.address().port();
    auto health = get(port, "/accord/healthz");
    BOOST_TEST(health.first == 200);
    // The data is there, behind a sign-in that works under the prefix too (the
    // HTTP suites sign in for real; this host knows no account).
    auto declaration = get(port, "/accord/api/v1/declarations/skopje-joint-declaration");
    BOOST_TEST(declaration.first == 401);
    BOOST_TEST(declaration.second.find("session token") != std::string::npos, declaration.second);
    auto signIn = send(port, "POST", "/accord/api/v1/session", R"({"user":"nobody.here","password":"not a password"})");
    BOOST_TEST(signIn.first == 401);
    BOOST_TEST(signIn.second.find("wrong user name or password") != std::string::npos, signIn.second);
    auto openapi = get(port, "/accord/api/v1/openapi.json");
    BOOST_TEST(openapi.second.find("\"servers\":[{\"url\":\"/accord\"}]") != std::string::npos);
    BOOST_TEST(get(port, "/api/v1/declarations/skopje-joint-declaration").first == 404);
    server.stopAll(true);
  }
  plugin->shutdown();
  plugin->shutdown();  // once is enough; twice is harmless
}

BOOST_AUTO_TEST_SUITE_END()
