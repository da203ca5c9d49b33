// accord-server as an operator meets it: --help, port 0, the layers of settings,
// structured logs, a clean refusal of bad settings, graceful shutdown on SIGTERM
// that finishes the request in flight, and a 503 when it is at capacity.
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <stdexcept>
#include <thread>

#include <boost/test/unit_test.hpp>

#include <Poco/JSON/Parser.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Exception.h>

#include "plugin_server.h"
#include "raw_http.h"
#include "server_process.h"

using namespace accord::test;

namespace {
// Without credentials: the operations routes.
Client client(const ServerProcess& p) { return Client(p.port()); }

// Signed in as `actor` ("name;role[;CC]"), with an account made in the process's
// storage at the wall-clock time the process also uses.
Client as(const ServerProcess& p, const std::string& actor) {
  static const accord::domain::SystemClock clock;
  return Client(p.port(), std::make_shared<TestAccounts>(p.storage(), clock), actor);
}

// A new, empty folder under the system temp dir: nothing left by an earlier run.
std::string freshDir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "accord-server-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  return tmpl;
}

std::size_t before(const std::string& log, const std::string& first, const std::string& second) {
  auto a = log.find(first), b = log.find(second);
  return a != std::string::npos && b != std::string::npos && a < b;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(server_process_tests)

BOOST_AUTO_TEST_CASE(help_lists_every_setting_with_its_variable) {
  auto [code, out] = runServer({"--help"});
  BOOST_TEST(code == 0);
  for (const char* s : {"--config", "--bind", "--port", "ACCORD_PORT", "--storage", "ACCORD_STORAGE", "--templates",
                        "--plugins", "--threads", "--queue", "--max-body", "--secret-file", "ACCORD_SECRET_FILE",
                        "--cors-origin", "--cache-stale", "--head-timeout", "--idle-timeout", "--body-timeout",
                        "--per-address", "--max-connections", "ACCORD_PER_ADDRESS"})
    BOOST_TEST(out.find(s) != std::string::npos, s);
  // Nothing acts without a password any more.
  for (const char* gone : {"--actor", "--dev-actor-header", "X-Accord-Actor"})
    BOOST_TEST(out.find(gone) == std::string::npos, gone);
}

BOOST_AUTO_TEST_CASE(port_zero_picks_a_free_port_logs_it_and_seeds_the_sample) {
  ServerProcess p({});
  BOOST_REQUIRE_MESSAGE(p.serving(), p.log());
  BOOST_TEST(p.port() > 0);
  BOOST_TEST(p.log().find("Accord is serving at http://127.0.0.1:" + std::to_string(p.port()) + "/") !=
             std::string::npos);
  BOOST_TEST(client(p).get("/healthz").status == 200);
  BOOST_TEST(client(p).get(kDeclaration).status == 401);
  BOOST_TEST(as(p, "reader;viewer").get(kDeclaration).status == 200);
  BOOST_TEST(p.terminate() == 0);
}

BOOST_AUTO_TEST_CASE(the_sample_is_seeded_once) {
  ServerProcess first({});
  BOOST_REQUIRE(first.serving());
  // Keep the database: copy it to a folder the second process may use.
  std::string copy = first.dir() + "-kept.db";
  BOOST_TEST(first.terminate() == 0);
  std::filesystem::copy_file(first.dir() + "/accord.db", copy);
  ServerProcess second({"--storage=sqlite:" + copy});
  BOOST_REQUIRE(second.serving());
  Response imports = as(second, "audit.reader;monitor").get("/api/v1/audit?entity=conference&id=skopje-2016");
  BOOST_TEST(imports.json()->getArray("items")->size() == 1u);
  BOOST_TEST(second.log().find("seeded") == std::string::npos);
  second.terminate();
  std::filesystem::remove(copy);
}

BOOST_AUTO_TEST_CASE(the_command_line_beats_the_environment_which_beats_the_file) {
  std::string dir = freshDir();
  std::string file = dir + "/settings.properties";
  {
    std::ofstream out(file);
    out << "auth.secretFile = " << dir << "/file-secret\nlogging.format = json\n";
  }
  {
    ServerProcess p({"--config=" + file});
    BOOST_REQUIRE(p.serving());
    BOOST_TEST(std::filesystem::exists(dir + "/file-secret"));
    std::string line = p.log().substr(0, p.log().find('\n'));
    Poco::JSON::Parser parser;
    BOOST_TEST(parser.parse(line).extract<Poco::JSON::Object::Ptr>()->has("msg"), line);
  }
  {
    ServerProcess p({"--config=" + file}, {{"ACCORD_SECRET_FILE", dir + "/env-secret"}});
    BOOST_REQUIRE(p.serving());
    BOOST_TEST(std::filesystem::exists(dir + "/env-secret"));
  }
  {
    ServerProcess p({"--config=" + file, "--secret-file=" + dir + "/cli-secret"},
                    {{"ACCORD_SECRET_FILE", dir + "/env2-secret"}});
    BOOST_REQUIRE(p.serving());
    BOOST_TEST(std::filesystem::exists(dir + "/cli-secret"));
    BOOST_TEST(!std::filesystem::exists(dir + "/env2-secret"));
    BOOST_TEST(as(p, "sec;secretariat").post("/api/v1/conferences",
               R"({"id":"c1","title":"T","city":"C","startDate":"2018-01-01","endDate":"2018-01-01"})").status == 201);
  }
  std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(the_signing_key_is_made_beside_the_database_and_kept) {
  std::string token;
  std::string keptDir = freshDir();
  std::string kept = keptDir + "/accord.db";
  {
    ServerProcess first({});
    BOOST_REQUIRE(first.serving());
    std::string key = first.dir() + "/accord-secret";
    BOOST_REQUIRE(std::filesystem::exists(key));
    BOOST_TEST(((std::filesystem::status(key).permissions() & std::filesystem::perms::others_read) ==
                std::filesystem::perms::none));
    token = as(first, "keeper;viewer").token();
    BOOST_TEST(first.terminate() == 0);
    std::filesystem::copy_file(first.dir() + "/accord.db", kept, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::copy_file(key, first.dir() + "-kept-secret", std::filesystem::copy_options::overwrite_existing);
    ServerProcess second({"--storage=sqlite:" + kept, "--secret-file=" + first.dir() + "-kept-secret"});
    BOOST_REQUIRE(second.serving());
    // The same key and the same session table: the token outlives the restart.
    BOOST_TEST(client(second).withToken(token).get(kDeclaration).status == 200);
    second.terminate();
    std::filesystem::remove(first.dir() + "-kept-secret");
  }
  std::filesystem::remove_all(keptDir);
}

BOOST_AUTO_TEST_CASE(request_log_lines_carry_the_request_id_and_never_the_token) {
  ServerProcess p({"--log-level=debug"});
  BOOST_REQUIRE(p.serving());
  Client reader = as(p, "log.reader;monitor");
  std::string token = reader.token();
  BOOST_TEST(reader.get("/api/v1/audit?limit=1", {{"X-Request-Id", "trace-42"}}).header("X-Request-Id") == "trace-42");
  BOOST_TEST(p.terminate() == 0);
  std::string log = p.log();
  BOOST_TEST(log.find("request trace-42: GET /api/v1/audit -> 200") != std::string::npos, log);
  BOOST_TEST(log.find(token) == std::string::npos);
  BOOST_TEST(log.find(TestAccounts::passwordOf("log.reader")) == std::string::npos);
  BOOST_TEST(log.find("pbkdf2") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_settings_stop_it_with_a_reason) {
  auto port = runServer({"--port=70000"});
  BOOST_TEST(port.first != 0);
  BOOST_TEST(port.second.find("http.port") != std::string::npos, port.second);
  auto storage = runServer({"--port=0", "--storage=mysql://x/y"});
  BOOST_TEST(storage.first != 0);
  BOOST_TEST(storage.second.find("storage") != std::string::npos, storage.second);
  auto plugins = runServer({"--port=0", "--plugins=/nonexistent/plugins"});
  BOOST_TEST(plugins.first != 0);
  BOOST_TEST(plugins.second.find("plugin") != std::string::npos, plugins.second);
  auto level = runServer({"--port=0", "--log-level=chatty"});
  BOOST_TEST(level.first != 0);
  auto cors = runServer({"--port=0", "--cors-origin=https://ui.example.org/path"});
  BOOST_TEST(cors.first != 0);
  BOOST_TEST(cors.second.find("http.corsOrigins") != std::string::npos, cors.second);
}

BOOST_AUTO_TEST_CASE(sigterm_finishes_the_request_in_flight_then_closes_storage) {
  ServerProcess p({"--threads=4"});
  BOOST_REQUIRE(p.serving());
  const std::string body = R"({"id":"late","title":"T","city":"C","startDate":"2018-01-01","endDate":"2018-01-01"})";
  Poco::Net::StreamSocket s(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(p.port())));
  std::string token = as(p, "sec;secretariat").token();
  std::string head = "POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Authorization: Bearer " + token + "\r\n"
                     "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  std::string firstHalf = head + body.substr(0, 20);
  s.sendBytes(firstHalf.data(), static_cast<int>(firstHalf.size()));
  // A worker takes the request as soon as its head is complete and waits for the
  // rest of the body; the host reads the body before the plugin sees the request,
  // so no metric shows it. Half a second is ample for that hand-over; were it
  // missed, the connection would be closed and the test fail, never pass wrongly.
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  ::kill(p.pid(), SIGTERM);
  std::string rest = body.substr(20);
  s.sendBytes(rest.data(), static_cast<int>(rest.size()));
  std::string answer;
  char buffer[4096];
  int n;
  s.setReceiveTimeout(Poco::Timespan(10, 0));
  while ((n = s.receiveBytes(buffer, sizeof buffer)) > 0) {
    answer.append(buffer, static_cast<std::size_t>(n));
    if (answer.find("\r\n\r\n") != std::string::npos && answer.find("}") != std::string::npos) break;
  }
  BOOST_TEST(statusOf(answer) == 201, answer);
  BOOST_TEST(p.wait() == 0);
  std::string log = p.log();
  BOOST_TEST(before(log, "stopping", "in-flight requests finished"), log);
  BOOST_TEST(before(log, "in-flight requests finished", "is closed"), log);
  BOOST_TEST(before(log, "is closed", "msg=stopped"), log);
}

BOOST_AUTO_TEST_CASE(at_capacity_a_new_request_gets_503_and_the_server_recovers) {
  ServerProcess p({"--threads=1", "--queue=1"});
  BOOST_REQUIRE(p.serving());
  const std::string get = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  const std::string slowPost = "POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{";
  {
    // Idle and kept-alive connections hold no thread; a request whose body is
    // still coming does. It keeps the only worker...
    int busy = connectFrom("127.0.0.1", p.port());
    ::send(busy, slowPost.data(), slowPost.size(), MSG_NOSIGNAL);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    // ...this complete request, from another address (one address's own requests
    // wait their turn without taking a place), takes the one place in the queue...
    int waiting = connectFrom("127.0.0.2", p.port());
    ::send(waiting, get.data(), get.size(), MSG_NOSIGNAL);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    // ...and the next one is turned away with a complete answer.
    RawAnswer refused = askRaw(p.port(), get, "127.0.0.3", 5, false);
    BOOST_TEST(refused.statusLine == "HTTP/1.1 503 Service Unavailable", refused.statusLine);
    BOOST_TEST(refused.header("content-type").rfind("application/problem+json", 0) == 0);
    BOOST_TEST(refused.header("retry-after") == "1");
    BOOST_TEST(refused.header("x-content-type-options") == "nosniff");
    BOOST_TEST(!refused.header("x-request-id").empty());
    BOOST_TEST(refused.body.find("\"status\":503") != std::string::npos, refused.body);
    ::close(busy);
    ::close(waiting);
  }
  // Both connections are gone: the server serves again.
  Response r;
  for (int i = 0; i < 400 && (r = client(p).get("/healthz")).status != 200; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  BOOST_TEST(r.status == 200);
  BOOST_TEST(p.terminate() == 0);
}

BOOST_AUTO_TEST_CASE(a_client_that_stalls_is_cut_off_and_frees_its_thread) {
  ServerProcess p({"--threads=1", "--head-timeout=1"});
  BOOST_REQUIRE(p.serving());
  Poco::Net::StreamSocket stalled(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(p.port())));
  const std::string part = "GET /healthz HTTP/1.1\r\nHost: x\r\n";  // the headers never end
  stalled.sendBytes(part.data(), static_cast<int>(part.size()));
  // A head still arriving holds no thread: the only one serves this meanwhile.
  BOOST_TEST(client(p).get("/healthz").status == 200);
  // The server cut it off a while ago (--head-timeout=1): the socket reads end of file
  // or a reset at once. Still open after ten seconds is a failure, not "closed".
  stalled.setReceiveTimeout(Poco::Timespan(10, 0));
  char buffer[256];
  int received = -1;
  try {
    received = stalled.receiveBytes(buffer, sizeof buffer);
  } catch (const Poco::TimeoutException&) {
    BOOST_FAIL("the stalled connection is still open after 10 s: the server never cut it off");
  } catch (const Poco::Net::ConnectionResetException&) {
    received = 0;  // reset: closed just the same
  }
  BOOST_TEST(received == 0);  // closed, not answered
  BOOST_TEST(p.terminate() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
