// The Skopje sample accounts: one per role, coordinators bound to their country,
// a fresh password each, created once, and never into a deployment that already
// has accounts of its own.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <set>

#include "accord/app/sample_accounts.h"
#include "accord/json/json_snapshots.h"
#include "accord/security/jwt_token_service.h"
#include "accord/security/pbkdf2_password_hasher.h"
#include "accord/storage/storage.h"

using namespace accord;
using domain::Role;

namespace {
const domain::Actor kAdmin{"cli:test", Role::kAdmin, std::nullopt};

struct Deployment {
  Deployment()
      : dir((std::filesystem::temp_directory_path() / ("accord-samples-" + security::newTokenId())).string()),
        store(storage::openStore("sqlite:" + dir + "/accord.db").value()) {
    for (const char* code : {"AL", "BA", "ME", "MK", "RS", "XK"})
      countries.put({domain::CountryCode::parse("t", code).value(), code, "", "", {}, false});
  }
  ~Deployment() {
    store.reset();
    std::filesystem::remove_all(dir);
  }
  domain::Result<std::vector<app::SeededAccount>> seed(bool onlyIntoEmpty) {
    return app::seedSampleAccounts({*store, clock, snapshots}, {hasher, countries}, kAdmin,
                                   [this] { return "generated password " + std::to_string(++made); }, onlyIntoEmpty);
  }
  std::string dir;
  std::unique_ptr<app::Store> store;
  domain::FixedClock clock{domain::Timestamp::fromSeconds(1477641600)};
  json::JsonSnapshots snapshots;
  security::Pbkdf2PasswordHasher hasher{1000};
  domain::CountryCatalog countries;
  int made = 0;
};
}  // namespace

BOOST_AUTO_TEST_SUITE(sample_accounts_tests)

BOOST_AUTO_TEST_CASE(every_role_gets_an_account_with_its_own_password_once) {
  Deployment d;
  auto first = d.seed(false);
  BOOST_TEST_REQUIRE(first.ok());
  std::set<std::string> roles, passwords, countries;
  for (const auto& s : *first) {
    roles.insert(domain::toString(s.account.role));
    passwords.insert(s.password);
    if (s.account.country) countries.insert(s.account.country->str());
    BOOST_TEST(s.account.passwordHash.empty());
  }
  BOOST_TEST(roles == (std::set<std::string>{"admin", "coordinator", "monitor", "secretariat", "viewer"}));
  BOOST_TEST(passwords.size() == first->size());
  BOOST_TEST(countries == (std::set<std::string>{"AL", "BA", "ME", "MK", "RS", "XK"}));
  auto text = app::credentialsText(*first, "sqlite:x.db");
  BOOST_TEST(text.find("coordinator.mk\tgenerated password") != std::string::npos);
  BOOST_TEST(text.find("coordinator (MK)") != std::string::npos);

  auto again = d.seed(false);
  BOOST_TEST_REQUIRE(again.ok());
  BOOST_TEST(again->empty());
}

BOOST_AUTO_TEST_CASE(a_deployment_with_accounts_gets_no_sample_ones_on_first_start) {
  Deployment d;
  BOOST_TEST_REQUIRE(app::addAccount({*d.store, d.clock, d.snapshots}, {d.hasher, d.countries}, kAdmin,
                                     {"real.admin", "Real Admin", "admin@ministry.example", Role::kAdmin, {},
                                      "the real admin's passphrase"})
                         .ok());
  auto seeded = d.seed(true);
  BOOST_TEST_REQUIRE(seeded.ok());
  BOOST_TEST(seeded->empty());
  BOOST_TEST(d.made == 0);
}

BOOST_AUTO_TEST_SUITE_END()
