// The host's HTTP transport as an attacker meets it: slow and idle connections
// from one address must not starve anyone else, ambiguous framing (request
// smuggling) is refused and the connection closed, and every answer to a
// malformed request - whatever part of the server gives it - has a correct
// status line, the security headers, an X-Request-Id and a problem+json body.
#include <sys/socket.h>
#include <unistd.h>

#include <iostream>
#include <thread>
#include <vector>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/String.h>

#include "plugin_server.h"
#include "raw_http.h"
#include "server_process.h"

using namespace accord::test;
namespace data = boost::unit_test::data;

namespace {

const char* const kSecurityHeaders[] = {"x-content-type-options", "x-frame-options", "referrer-policy",
                                        "content-security-policy"};

std::string get(const std::string& target, const std::string& extra = "") {
  return "GET " + target + " HTTP/1.1\r\nHost: x\r\n" + extra + "\r\n";
}

// The one server these cases share, started on first use.
ServerProcess& server() {
  static ServerProcess p({}, {{"ACCORD_BODY_TIMEOUT", "2"}});
  BOOST_REQUIRE_MESSAGE(p.serving(), p.log());
  return p;
}

std::string token(const ServerProcess& p, const std::string& actor) {
  static const accord::domain::SystemClock clock;
  return Client(p.port(), std::make_shared<TestAccounts>(p.storage(), clock), actor).token();
}

// The answer carries what every answer must: the plugin's own security headers
// (as /healthz has them), an X-Request-Id, and a reason phrase that matches.
void checkHeaders(const RawAnswer& a, const RawAnswer& reference) {
  for (const char* name : kSecurityHeaders) {
    BOOST_TEST(!a.header(name).empty(), name << " missing in " << a.statusLine);
    BOOST_TEST(a.header(name) == reference.header(name), name);
  }
  BOOST_TEST(!a.header("x-request-id").empty(), a.statusLine);
  BOOST_TEST(a.reason == Poco::Net::HTTPResponse::getReasonForStatus(
                             static_cast<Poco::Net::HTTPResponse::HTTPStatus>(a.status)),
             a.statusLine);
}

void checkProblem(const RawAnswer& a, int status) {
  BOOST_TEST(a.statusLine.rfind("HTTP/1.1 ", 0) == 0, a.statusLine);
  BOOST_TEST(a.status == status, a.statusLine << "\n" << a.body);
  BOOST_TEST(a.header("content-type").rfind("application/problem+json", 0) == 0, a.header("content-type"));
  try {
    auto problem = Poco::JSON::Parser().parse(a.body).extract<Poco::JSON::Object::Ptr>();
    BOOST_TEST(problem->getValue<int>("status") == status);
    BOOST_TEST(!problem->getValue<std::string>("detail").empty());
  } catch (const std::exception& e) {
    BOOST_FAIL("the body is not a problem+json object: " << a.body);
  }
}

struct Malformed {
  const char* name;
  std::string bytes;
  int status;
};
std::ostream& operator<<(std::ostream& o, const Malformed& m) { return o << m.name; }

const std::vector<Malformed> kMalformed = {
    {"HTTP/0.9 request line", "GET /healthz\r\n", 400},
    {"no version, blank line", "GET /healthz\r\n\r\n", 400},
    {"unknown HTTP version", "GET /healthz HTTP/2.0\r\nHost: x\r\n\r\n", 505},
    {"header without colon", "GET /healthz HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n", 400},
    {"space before colon", "GET /healthz HTTP/1.1\r\nHost : x\r\n\r\n", 400},
    {"folded header", "GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: b\r\n c\r\n\r\n", 400},
    {"bare LF", "GET /healthz HTTP/1.1\nHost: x\n\n", 400},
    {"control character in target", std::string("GET /health\x01z HTTP/1.1\r\nHost: x\r\n\r\n"), 400},
    {"head too large", get("/healthz", "X-Big: " + std::string(20000, 'a') + "\r\n"), 431},
    {"bad escape in a page's query", get("/signin?next=%zz"), 400},
    {"bad escape in a static file", get("/static/%zz.css"), 400},
    {"bad escape in a compare query", get("/declarations/skopje-joint-declaration/compare?from=%zz"), 400},
    {"bad escape in a page path", get("/declarations/%zz"), 400},
    {"bad escape in an API query", get("/api/v1/declarations?from=%zz"), 400},
    {"truncated escape", get("/declarations/%4"), 400},
    {"body over the limit", "POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n", 413},
    {"unknown transfer coding", "POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501},
    {"body slower than its deadline", "POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{}", 408},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(http_transport_tests)

BOOST_AUTO_TEST_CASE(hundreds_of_slow_connections_from_one_address_do_not_starve_another) {
  ServerProcess& p = server();
  std::string bearer = "Authorization: Bearer " + token(p, "reader;viewer") + "\r\n";
  // 500 clients at 127.0.0.2 each start a request and add a header line now and
  // then, never finishing it (slowloris).
  std::vector<int> slow;
  for (int i = 0; i < 500; ++i) {
    int fd = connectFrom("127.0.0.2", p.port());
    if (fd < 0) continue;
    const std::string start = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
    ::send(fd, start.data(), start.size(), MSG_NOSIGNAL);
    slow.push_back(fd);
  }
  BOOST_TEST_MESSAGE("slow connections opened: " << slow.size());
  for (int round = 0; round < 3; ++round) {
    for (int fd : slow) ::send(fd, "X-Slow: 1\r\n", 11, MSG_NOSIGNAL);
    RawAnswer health = askRaw(p.port(), get("/healthz"), "127.0.0.1", 5, false);
    RawAnswer read = askRaw(p.port(), get(kDeclaration, bearer), "127.0.0.1", 5, false);
    std::cout << "with " << slow.size() << " slow connections: /healthz " << health.status << " in "
              << health.milliseconds << " ms, JSON read " << read.status << " in " << read.milliseconds << " ms\n";
    BOOST_TEST(health.status == 200, health.statusLine);
    BOOST_TEST(read.status == 200, read.statusLine);
    BOOST_TEST(read.header("content-type").rfind("application/json", 0) == 0);
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  for (int fd : slow) ::close(fd);
}

BOOST_AUTO_TEST_CASE(slow_request_bodies_from_one_address_do_not_hold_every_worker) {
  // Four workers, two of them at most for one address; bodies may take 30 s.
  ServerProcess p({"--threads=4", "--per-address-workers=2"});
  BOOST_REQUIRE(p.serving());
  // 40 clients at 127.0.0.5 each send a complete head announcing a body, then
  // trickle it: without a per-address bound they would hold all four workers
  // (and the queue) for the body deadline.
  std::vector<int> slow;
  const std::string head = "POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           "Content-Length: 1000\r\n\r\n{";
  for (int i = 0; i < 40; ++i) {
    int fd = connectFrom("127.0.0.5", p.port());
    if (fd < 0) continue;
    ::send(fd, head.data(), head.size(), MSG_NOSIGNAL);
    slow.push_back(fd);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  for (int round = 0; round < 3; ++round) {
    for (int fd : slow) ::send(fd, " ", 1, MSG_NOSIGNAL);
    RawAnswer health = askRaw(p.port(), get("/healthz"), "127.0.0.1", 5, false);
    std::cout << "with " << slow.size() << " slow bodies from one address: /healthz " << health.status << " in "
              << health.milliseconds << " ms\n";
    BOOST_TEST(health.status == 200, health.statusLine);
  }
  for (int fd : slow) ::close(fd);
  BOOST_TEST(p.terminate() == 0);
}

BOOST_AUTO_TEST_CASE(one_address_gets_429_beyond_its_connection_cap) {
  ServerProcess p({"--per-address=3"});
  BOOST_REQUIRE(p.serving());
  RawAnswer reference = askRaw(p.port(), get("/healthz"), "127.0.0.1", 5, false);
  std::vector<int> held;
  for (int i = 0; i < 3; ++i) held.push_back(connectFrom("127.0.0.3", p.port()));
  RawAnswer over = askRaw(p.port(), get("/healthz"), "127.0.0.3");
  checkProblem(over, 429);
  checkHeaders(over, reference);
  // Another address is not counted against it.
  BOOST_TEST(askRaw(p.port(), get("/healthz"), "127.0.0.4", 5, false).status == 200);
  for (int fd : held) ::close(fd);
  BOOST_TEST(p.terminate() == 0);
}

BOOST_AUTO_TEST_CASE(an_idle_kept_alive_connection_is_closed_after_the_idle_limit) {
  ServerProcess p({"--idle-timeout=1"});
  BOOST_REQUIRE(p.serving());
  // askRaw waits up to 5 s for the close after the answer; a server that keeps the
  // idle connection open fails this.
  RawAnswer a = askRaw(p.port(), get("/healthz"), "127.0.0.1", 5, true);
  BOOST_TEST(a.status == 200);
  BOOST_TEST(Poco::icompare(a.header("connection"), "close") != 0);
  BOOST_TEST(a.closedAfter);
  BOOST_TEST(p.terminate() == 0);
}

BOOST_DATA_TEST_CASE(ambiguous_framing_is_refused_with_400_and_the_connection_closed,
                     data::make(std::vector<std::string>{
                         // Content-Length and Transfer-Encoding: which one ends the body?
                         "POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /healthz HTTP/1.1\r\n\r\n",
                         // a chunk size that is not hex must not read as an empty body
                         "POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         "Transfer-Encoding: chunked\r\n\r\nzz\r\nGET /healthz HTTP/1.1\r\n\r\n0\r\n\r\n",
                         // two different lengths
                         "POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         "Content-Length: 2\r\nContent-Length: 30\r\n\r\n{}GET /healthz HTTP/1.1\r\n\r\n",
                         "POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         "Content-Length: 2, 30\r\n\r\n{}GET /healthz HTTP/1.1\r\n\r\n",
                     }),
                     bytes) {
  ServerProcess& p = server();
  RawAnswer a = askRaw(p.port(), bytes);
  checkProblem(a, 400);
  BOOST_TEST(Poco::icompare(a.header("connection"), "close") == 0, a.header("connection"));
  BOOST_TEST(a.closedAfter, "the connection stayed open after a refused framing");
}

BOOST_DATA_TEST_CASE(malformed_requests_get_a_complete_problem_answer, data::make(kMalformed), m) {
  ServerProcess& p = server();
  RawAnswer reference = askRaw(p.port(), get("/healthz"), "127.0.0.1", 5, false);
  RawAnswer a = askRaw(p.port(), m.bytes);
  checkProblem(a, m.status);
  checkHeaders(a, reference);
  BOOST_TEST(a.closedAfter);
  // A client's mistake is no server fault: logged at info once, never as an error.
  BOOST_TEST(p.log().find("level=error") == std::string::npos, p.log());
}

BOOST_AUTO_TEST_CASE(pages_answer_with_the_reason_phrase_of_their_status) {
  ServerProcess& p = server();
  RawAnswer reference = askRaw(p.port(), get("/healthz"), "127.0.0.1", 5, false);
  RawAnswer missing = askRaw(p.port(), get("/no-such-page"), "127.0.0.1", 5, false);
  BOOST_TEST(missing.statusLine == "HTTP/1.1 404 Not Found");
  checkHeaders(missing, reference);
  // Well escaped on the wire, but "%zz" once the path is decoded: no such page, no fault.
  RawAnswer undecodable = askRaw(p.port(), get("/declarations/%25zz"), "127.0.0.1", 5, false);
  BOOST_TEST(undecodable.statusLine == "HTTP/1.1 404 Not Found");
  checkHeaders(undecodable, reference);
}

BOOST_AUTO_TEST_CASE(broken_forms_are_a_client_error_not_a_fault) {
  ServerProcess& p = server();
  RawAnswer reference = askRaw(p.port(), get("/healthz"), "127.0.0.1", 5, false);
  std::string many;
  // More fields than the largest editor form has.
  for (int i = 0; i <= 6000; ++i) many += (i ? "&f" : "f") + std::to_string(i) + "=x";
  const std::string multipart = "--b\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\nx\r\n--b";  // never ends
  const std::string badEscape = "user=%zz&password=x";
  // Too many fields and a bad escape are unreadable (400); multipart, which our
  // pages never send, is refused by its type (415).
  struct Broken {
    std::string type, body;
    int status;
  };
  for (const Broken& b : {Broken{"application/x-www-form-urlencoded", many, 400},
                          Broken{"multipart/form-data; boundary=b", multipart, 415},
                          Broken{"application/x-www-form-urlencoded", badEscape, 400}}) {
    std::string request = "POST /signin HTTP/1.1\r\nHost: x\r\nSec-Fetch-Site: same-origin\r\nContent-Type: " + b.type +
                          "\r\nContent-Length: " + std::to_string(b.body.size()) + "\r\n\r\n" + b.body;
    RawAnswer a = askRaw(p.port(), request, "127.0.0.1", 5, false);
    BOOST_TEST(a.status == b.status, a.statusLine << " for " << b.type);
    checkHeaders(a, reference);
  }
  BOOST_TEST(p.log().find("level=error") == std::string::npos, p.log());
  BOOST_TEST(p.log().find("failed") == std::string::npos, p.log());
}

BOOST_AUTO_TEST_SUITE_END()
