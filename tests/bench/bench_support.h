// What the notification and reminder benchmarks share: made-up country codes, a
// stop on the first error, and 57 countries × 3 coordinators.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include "accord/app/store.h"

namespace accord::bench {

// "AA", "AB", ...: country number `i` (0 to 675).
inline domain::CountryCode code(int i) {
  std::string c{static_cast<char>('A' + i / 26), static_cast<char>('A' + i % 26)};
  return *domain::CountryCode::parse("country", c);
}

// Exits with the message on an error: a benchmark has no way to go on.
inline void must(const domain::Status& s) {
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.error().message.c_str());
    std::exit(1);
  }
}

// Coordinators "coordinator.<country>.<k>" of countries code(0) to code(56), 3 each.
inline domain::Status addCoordinators(app::Repositories& r) {
  for (int c = 0; c < 57; ++c)
    for (int k = 0; k < 3; ++k) {
      domain::Account a;
      a.name = "coordinator." + std::to_string(c) + "." + std::to_string(k);
      a.displayName = a.name;
      a.email = a.name + "@bench.example";
      a.role = domain::Role::kCoordinator;
      a.country = code(c);
      a.passwordHash = domain::PasswordHash("x");
      a.version = 1;
      if (auto s = r.accounts().insert(a); !s.ok()) return s;
    }
  return {};
}

}  // namespace accord::bench
