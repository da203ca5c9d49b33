// An active coordinator account for the notification suites, e-mailed at
// <name>@accord.example, stored directly (no admin use case needed).
#pragma once

#include <string>

#include "accord/domain/account.h"
#include "conformance_env.h"

namespace accord::test {

inline domain::Account coordinatorAccount(const std::string& name) {
  domain::Account a;
  a.name = name;
  a.displayName = name;
  a.email = name + "@accord.example";
  a.role = domain::Role::kCoordinator;
  a.country = cc("AL");
  a.passwordHash = domain::PasswordHash("pbkdf2-sha256$1000$c2FsdA==$aGFzaA==");
  a.version = 1;
  return a;
}

}  // namespace accord::test
