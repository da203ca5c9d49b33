// Durability: a writer process acknowledges each commit to its parent, which kills
// it with SIGKILL at a random moment. Every acknowledged record must be there
// afterwards, the file must pass integrity_check, and the audit chain must verify.
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <set>

#include "accord/app/audit_use_cases.h"
#include "accord/app/conference_use_cases.h"
#include "accord/app/read_models.h"
#include "storage_fixture.h"

using namespace accord;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(durability_tests)

namespace {
// The child: writes conferences until killed, reporting each committed id.
[[noreturn]] void writeUntilKilled(const std::string& uri, int ackFd) {
  auto store = storage::openStore(uri);
  if (!store.ok()) _exit(3);
  domain::FixedClock clock(at("2017-08-01T12:00:00Z"));
  app::Context ctx{**store, clock, snapshots()};
  auto c = sampleDossier().conference;
  // Bare conferences: no directory to refer to.
  c.organizers.clear();
  c.speakers.clear();
  c.delegations.clear();
  for (int i = 0; i < 100000; ++i) {
    c.id = domain::ConferenceId("c" + std::to_string(i));
    if (!app::createConference(ctx, secretariat(), c, {}).ok()) _exit(4);
    std::string ack = std::to_string(i) + "\n";
    if (write(ackFd, ack.data(), ack.size()) != static_cast<ssize_t>(ack.size())) _exit(5);
  }
  _exit(0);
}

std::set<int> readAcks(int fd, std::string& buffer, bool untilEof, std::chrono::milliseconds window) {
  std::set<int> acks;
  auto deadline = std::chrono::steady_clock::now() + window;
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    pollfd p{fd, POLLIN, 0};
    int timeout = untilEof ? -1 : static_cast<int>(std::max<long>(0, left.count()));
    if (!untilEof && left.count() <= 0) break;
    if (poll(&p, 1, timeout) <= 0) break;
    char chunk[4096];
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n <= 0) break;
    buffer.append(chunk, static_cast<std::size_t>(n));
  }
  for (std::size_t nl; (nl = buffer.find('\n')) != std::string::npos; buffer.erase(0, nl + 1))
    acks.insert(std::stoi(buffer.substr(0, nl)));
  return acks;
}

std::string integrityCheck(const std::string& file) {
  Poco::Data::SQLite::Connector::registerConnector();
  Poco::Data::Session s("SQLite", file);
  std::string result;
  s << "PRAGMA integrity_check", Poco::Data::Keywords::into(result), Poco::Data::Keywords::now;
  return result;
}
}  // namespace

BOOST_AUTO_TEST_CASE(every_acknowledged_commit_survives_sigkill) {
  const char* env = std::getenv("ACCORD_DURABILITY_ROUNDS");
  const int rounds = env ? std::atoi(env) : 40;
  // ACCORD_DURABILITY_SEED replays a run: every failure names the seed it ran with.
  const char* seedEnv = std::getenv("ACCORD_DURABILITY_SEED");
  unsigned seed = 0;
  if (seedEnv && *seedEnv) {
    seed = static_cast<unsigned>(std::strtoul(seedEnv, nullptr, 10));
  } else {
    std::random_device seedSource;
    seed = seedSource();
  }
  BOOST_TEST_MESSAGE("durability: " << rounds << " rounds, seed " << seed);
  BOOST_TEST_CONTEXT("durability seed " << seed << " (replay with ACCORD_DURABILITY_SEED=" << seed << ")") {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> delayMs(1, 250);
  std::size_t totalAcked = 0;
  for (int round = 0; round < rounds; ++round) {
    std::string dir = (std::filesystem::temp_directory_path() / "accord-kill-XXXXXX").string();
    BOOST_TEST_REQUIRE(mkdtemp(dir.data()) != nullptr);
    std::string file = dir + "/accord.db", uri = "sqlite:" + file;
    int fds[2];
    BOOST_TEST_REQUIRE(pipe(fds) == 0);
    pid_t pid = fork();
    BOOST_TEST_REQUIRE(pid >= 0);
    if (pid == 0) {
      close(fds[0]);
      writeUntilKilled(uri, fds[1]);
    }
    close(fds[1]);
    std::string buffer;
    int delay = delayMs(rng);
    std::set<int> acked = readAcks(fds[0], buffer, false, std::chrono::milliseconds(delay));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    // Acks written before the kill are still in the pipe: they count too.
    for (int id : readAcks(fds[0], buffer, true, {})) acked.insert(id);
    close(fds[0]);
    BOOST_TEST_REQUIRE((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL),
                       "round " << round << ": the writer ended by itself, status " << status);
    totalAcked += acked.size();

    auto store = storage::openStore(uri);
    BOOST_TEST_REQUIRE(store.ok(), "round " << round << ": " << (store.ok() ? "" : store.error().message));
    domain::FixedClock clock(at("2017-08-01T12:00:00Z"));
    app::Context ctx{**store, clock, snapshots()};
    for (int id : acked)
      BOOST_TEST(app::getConference(ctx, monitor(), domain::ConferenceId("c" + std::to_string(id))).ok(),
                 "round " << round << ": acknowledged conference c" << id << " is missing");
    auto chain = app::verifyAuditOffline(**store);
    BOOST_TEST_REQUIRE(chain.ok());
    BOOST_TEST(chain->ok, "round " << round << ": " << chain->reason);
    BOOST_TEST(chain->checked >= static_cast<std::int64_t>(acked.size()));
    store.value().reset();
    BOOST_TEST(integrityCheck(file) == "ok", "round " << round);
    std::filesystem::remove_all(dir);
  }
  BOOST_TEST_MESSAGE("durability: " << rounds << " kills, " << totalAcked << " acknowledged commits, all present");
  BOOST_TEST(totalAcked > 0u);
  }
}

BOOST_AUTO_TEST_SUITE_END()
