// Reminder benchmark (figures printed, not asserted): a declaration open for
// endorsement with 57 invited countries, none answered, 3 coordinators each, on
// SQLite. Times preparing the reminder (app::previewReminder: the pending
// countries, their 171 recipients, when each was last reminded) and sending it
// (app::sendReminder: 171 notifications and 57 records in one transaction).
// usage: reminder_bench [rounds=50]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

#include "accord/app/reminder_use_cases.h"
#include "accord/json/json_snapshots.h"
#include "accord/storage/storage.h"
#include "bench_support.h"

using namespace accord;
using bench::code;
using bench::must;
using Clock = std::chrono::steady_clock;

namespace {
domain::Declaration declaration() {
  domain::Declaration d;
  d.id = domain::DeclarationId("bench-decl");
  d.conference = domain::ConferenceId("bench-conf");
  d.title = "Joint Declaration of the benchmark";
  for (int c = 0; c < 57; ++c) d.invitedCountries.push_back(code(c));
  domain::Revision r;
  r.number = 1;
  r.author = "bench";
  r.createdAt = domain::Timestamp::fromSeconds(1500000000);
  r.operative = {{domain::ClauseId("op-1"), "Agree", {}}};
  d.revisions.push_back(r);
  d.status = domain::DeclarationStatus::kOpenForEndorsement;
  d.finalRevision = 1;
  d.version = 1;
  return d;
}

void seed(app::Store& store) {
  must(store.run(app::TxMode::kReadWrite, [](app::Repositories& r) -> domain::Status {
    domain::Conference conf;
    conf.id = domain::ConferenceId("bench-conf");
    conf.title = "Benchmark conference";
    conf.city = "Skopje";
    conf.startDate = domain::Date::ymd(2016, 10, 27);
    conf.endDate = domain::Date::ymd(2016, 10, 28);
    conf.version = 1;
    if (auto s = r.conferences().insert(conf, {}); !s.ok()) return s;
    if (auto s = r.declarations().insert(declaration()); !s.ok()) return s;
    return bench::addCoordinators(r);
  }));
}

double ms(Clock::time_point from) { return std::chrono::duration<double, std::milli>(Clock::now() - from).count(); }
}  // namespace

int main(int argc, char** argv) {
  int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 50;
  auto dir = std::filesystem::temp_directory_path() / ("accord-reminder-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto store = storage::openStore("sqlite:" + (dir / "accord.db").string());
  if (!store.ok()) {
    std::fprintf(stderr, "%s\n", store.error().message.c_str());
    return 1;
  }
  seed(**store);
  domain::FixedClock clock(domain::Timestamp::fromSeconds(1500000000));
  json::JsonSnapshots snapshots;
  app::Context ctx{**store, clock, snapshots};
  domain::Actor secretariat{"secretariat", domain::Role::kSecretariat, std::nullopt};
  const domain::ReminderTopic topic = domain::ReminderTopic::kEndorsement;

  std::vector<double> prepare;
  long recipients = 0;
  for (int i = 0; i < rounds; ++i) {
    auto start = Clock::now();
    auto plan = app::previewReminder(ctx, secretariat, topic, "bench-decl", {});
    prepare.push_back(ms(start));
    if (!plan.ok()) must(plan.error());
    recipients = plan->recipients;
  }
  double first = prepare.front();  // a cold cache: the first page a secretariat opens
  std::sort(prepare.begin(), prepare.end());
  auto start = Clock::now();
  auto sent = app::sendReminder(ctx, secretariat, topic, "bench-decl", {});
  double send = ms(start);
  if (!sent.ok()) must(sent.error());
  std::printf("reminder to 57 countries x 3 coordinators (%ld recipients), SQLite, %d rounds\n", recipients, rounds);
  std::printf("  prepared (preview): first %.2f ms, median %.2f ms, max %.2f ms (target <= 100 ms)\n", first,
              prepare[prepare.size() / 2], prepare.back());
  std::printf("  sent (171 notifications + 57 records, one transaction): %.2f ms\n", send);
  std::filesystem::remove_all(dir);
  return 0;
}
