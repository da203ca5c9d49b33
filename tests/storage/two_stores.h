// Two servers writing at once, for the tests of what concurrent writes leave
// behind: the writes split between the test's store and a second store on the same
// database, run in two threads together.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "conformance_env.h"

namespace accord::test {

// Twenty countries that are not the sample's.
inline const std::vector<std::string>& twentyCountries() {
  static const std::vector<std::string> codes = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
                                                 "FR", "GR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL"};
  return codes;
}

// Adds `codes` to the declaration's invited countries.
inline void inviteCountries(Env& env, const domain::DeclarationId& id, const std::vector<std::string>& codes) {
  ok(env.fresh.store().run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
    auto d = ok(r.declarations().get(id));
    for (const auto& c : codes) d.invitedCountries.push_back(cc(c));
    auto v = r.declarations().update(d, d.version);
    return v.ok() ? domain::Status() : domain::Status(v.error());
  }));
}

struct Written {
  int landed = 0;
  std::vector<std::string> failed;  // "code: message"
};

// Runs `write(ctx, code)` for every code, alternately from the test's store and
// from a second one, in two threads at once.
inline Written writeFromTwoStores(Env& env, const std::vector<std::string>& codes,
                                  const std::function<domain::Status(const app::Context&, const std::string&)>& write) {
  auto second = env.fresh.reopen();
  std::atomic<int> landed{0};
  std::mutex failedMutex;
  Written out;
  auto writer = [&](app::Store& store, std::size_t first) {
    app::Context ctx{store, env.clock, snapshots()};
    for (std::size_t i = first; i < codes.size(); i += 2) {
      domain::Status s = write(ctx, codes[i]);
      if (s.ok()) {
        ++landed;
      } else {
        std::lock_guard<std::mutex> lock(failedMutex);
        out.failed.push_back(codes[i] + ": " + s.error().message);
      }
    }
  };
  std::thread a(writer, std::ref(env.fresh.store()), 0), b(writer, std::ref(*second), 1);
  a.join();
  b.join();
  out.landed = landed.load();
  return out;
}

}  // namespace accord::test
