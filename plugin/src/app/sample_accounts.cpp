#include "accord/app/sample_accounts.h"

namespace accord::app {

using namespace accord::domain;

namespace {

struct Sample {
  const char* name;
  const char* displayName;
  Role role;
  const char* country;  // empty unless a coordinator
};

// The coordinators carry the names of the national co-ordinators in the sample
// bundle's people.
const Sample kSamples[] = {
    {"admin", "Accord Administrator", Role::kAdmin, ""},
    {"secretariat", "Conference Secretariat, OSCE Mission to Skopje", Role::kSecretariat, ""},
    {"monitor", "Implementation Monitor, OSCE/OSR-CTHB", Role::kMonitor, ""},
    {"viewer", "Public Reader", Role::kViewer, ""},
    {"coordinator.al", "Mirela Dervishi", Role::kCoordinator, "AL"},
    {"coordinator.ba", "Amra Hadžić", Role::kCoordinator, "BA"},
    {"coordinator.me", "Milena Vuković", Role::kCoordinator, "ME"},
    {"coordinator.mk", "Aleksandar Trajkovski", Role::kCoordinator, "MK"},
    {"coordinator.rs", "Dragana Đorđević", Role::kCoordinator, "RS"},
    {"coordinator.xk", "Arben Krasniqi", Role::kCoordinator, "XK"},
};

}  // namespace

Result<std::vector<SeededAccount>> seedSampleAccounts(const Context& ctx, const AccountServices& services,
                                                      const Actor& actor,
                                                      const std::function<std::string()>& newPassword,
                                                      bool onlyIntoEmpty) {
  std::vector<SeededAccount> created;
  if (onlyIntoEmpty) {
    auto any = listAccounts(ctx, actor, {1, {}});
    if (!any.ok()) return any.error();
    if (!any->items.empty()) return created;
  }
  for (const auto& sample : kSamples) {
    auto existing = getAccount(ctx, actor, sample.name);
    if (existing.ok()) continue;
    if (existing.error().code != ErrorCode::kNotFound) return existing.error();
    NewAccount request{sample.name, sample.displayName, std::string(sample.name) + "@skopje-2016.example",
                       sample.role, std::nullopt, newPassword()};
    if (*sample.country) {
      auto code = CountryCode::parse("country", sample.country);
      if (!code.ok()) return code.error();
      request.country = *code;
    }
    auto account = addAccount(ctx, services, actor, request);
    if (!account.ok()) return account.error();
    created.push_back({std::move(account).value(), request.password});
  }
  return created;
}

std::string credentialsText(const std::vector<SeededAccount>& seeded, const std::string& where) {
  std::string text = "# Accord sample accounts for " + where +
                     ". Keep this file private; delete it once the\n"
                     "# passwords are in a password manager. Change one with 'accord user reset-password NAME'.\n";
  for (const auto& s : seeded) text += s.account.name + "\t" + s.password + "\t" + roleLabel(s.account) + "\n";
  return text;
}

std::string roleLabel(const Account& a) {
  std::string label = toString(a.role);
  if (a.country) label += " (" + a.country->str() + ")";
  return label;
}

}  // namespace accord::app
