// Notification benchmark (figures printed, not asserted):
//   1. what writing the outbox adds to a change on SQLite: a transaction with an
//      audit append, with and without enqueueing one event for a country's three
//      coordinators;
//   2. the delivery rate through the real sender and SMTP adapter to Debian's
//      aiosmtpd on loopback (a sink that accepts and drops every message).
// usage: notify_bench [changes=500] [messages=300]   (run from the source tree)
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Process.h>

#include "accord/app/outbox_sender.h"
#include "accord/domain/date.h"
#include "accord/mail/mail.h"
#include "accord/storage/storage.h"
#include "bench_support.h"

using namespace accord;
using bench::code;
using bench::must;
using Clock = std::chrono::steady_clock;

namespace {
// 57 countries x 3 coordinators.
void addAccounts(app::Store& store) { must(store.run(app::TxMode::kReadWrite, bench::addCoordinators)); }

double changes(app::Store& store, int n, bool notify) {
  auto start = Clock::now();
  for (int i = 0; i < n; ++i)
    must(store.run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
      auto e = r.audit().append({"bench", "bench.change", "bench", std::to_string(i), "", "{}"},
                                domain::Timestamp::fromSeconds(1500000000 + i));
      if (!e.ok()) return e.error();
      if (notify) {
        domain::NotificationEvent ev{domain::NotificationKind::kCommitmentProposed, "cm", code(i % 57), "t", "/x", ""};
        auto q = r.outbox().enqueue(ev, domain::audienceOf(ev), domain::Timestamp::fromSeconds(1500000000));
        if (!q.ok()) return q.error();
      }
      return {};
    }));
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count() / n;
}

class WallClock final : public domain::Clock {
 public:
  domain::Timestamp now() const override {
    return domain::Timestamp::fromSeconds(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
  }
};
}  // namespace

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 500;
  int messages = argc > 2 ? std::atoi(argv[2]) : 300;
  auto dir = std::filesystem::temp_directory_path() / ("accord-notify-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto store = storage::openStore("sqlite:" + (dir / "accord.db").string());
  if (!store.ok()) return 1;
  addAccounts(**store);
  changes(**store, 50, true);  // warm up
  double plain = changes(**store, n, false), notified = changes(**store, n, true);
  std::printf("enqueue on SQLite: a change %.3f ms, with its notification (3 recipients) %.3f ms: +%.3f ms\n", plain,
              notified, notified - plain);

  // Delivery: a fresh outbox of `messages` notifications, sent to an aiosmtpd sink.
  auto store2 = storage::openStore("sqlite:" + (dir / "deliver.db").string());
  if (!store2.ok()) return 1;
  addAccounts(**store2);
  must((*store2)->run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
    for (int i = 0; i * 3 < messages; ++i) {
      domain::NotificationEvent ev{domain::NotificationKind::kCommitmentProposed, "cm", code(i % 57), "t", "/x", ""};
      if (auto q = r.outbox().enqueue(ev, domain::audienceOf(ev), domain::Timestamp::fromSeconds(0)); !q.ok())
        return q.error();
    }
    return {};
  }));
  int port = 20000 + ::getpid() % 20000;
  Poco::ProcessHandle sink = Poco::Process::launch(
      "/usr/bin/python3", {"-m", "aiosmtpd", "-n", "-l", "127.0.0.1:" + std::to_string(port), "-c",
                           "aiosmtpd.handlers.Sink"});
  for (int i = 0; i < 100; ++i) {
    try {
      Poco::Net::StreamSocket s(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(port)));
      break;
    } catch (...) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  domain::CountryCatalog countries;
  auto composer = mail::MailComposer::load("templates/mail", countries);
  if (!composer.ok()) return 1;
  mail::SmtpSettings smtp;
  smtp.host = "127.0.0.1";
  smtp.port = static_cast<std::uint16_t>(port);
  smtp.from = "Accord <accord@bench.example>";
  smtp.baseUrl = "http://bench.example";
  auto mailer = mail::makeSmtpMailer(smtp, **composer);
  WallClock clock;
  app::SenderOptions o;
  o.claimer = "bench";
  app::OutboxSender sender(**store2, clock, *mailer, o);
  long sent = 0;
  auto start = Clock::now();
  for (;;) {
    auto round = sender.runOnce();
    if (!round.ok() || round->claimed == 0) break;
    sent += round->sent;
  }
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::printf("delivery to a local aiosmtpd sink: %ld messages in %.2f s: %.0f messages/s (one SMTP session, one transaction per outcome)\n",
              sent, seconds, sent / seconds);
  Poco::Process::kill(sink);
  std::filesystem::remove_all(dir);
  return 0;
}
