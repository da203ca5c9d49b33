#include "account_repository.h"

#include "codec.h"
#include "versioned.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
const char* kColumns = "name, display_name, email, role, country, active, password_hash, version, language";

std::vector<Account> accounts(const Rows& r) {
  std::vector<Account> out;
  out.reserve(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) {
    Account a;
    a.name = r.str(i, 0);
    a.displayName = r.str(i, 1);
    a.email = r.str(i, 2);
    a.role = enumOf(r, i, 3, parseRole);
    a.country = optCountry(r, i, 4);
    a.active = flag(r, i, 5);
    a.passwordHash = PasswordHash(r.str(i, 6));
    a.version = r.i64(i, 7);
    a.language = r.str(i, 8);
    out.push_back(std::move(a));
  }
  return out;
}
}  // namespace

Result<Account> SqlAccountRepository::get(const std::string& name) {
  return guarded(tx_, [&]() -> Result<Account> {
    auto found = accounts(sql_.query(std::string("SELECT ") + kColumns + " FROM account WHERE name = ?", {v(name)}));
    if (found.empty()) return Error::notFound("there is no account named '" + name + "'", "name");
    return std::move(found.front());
  });
}

Result<app::Page<Account>> SqlAccountRepository::list(const app::PageRequest& page) {
  return guarded(tx_, [&]() -> Result<app::Page<Account>> {
    app::Page<Account> out;
    out.items = accounts(sql_.query(std::string("SELECT ") + kColumns +
                                        " FROM account WHERE name > ? ORDER BY name LIMIT ?",
                                    {v(page.after), v(page.clampedLimit() + 1)}));
    trimPage(out.items, page.clampedLimit(), out.next, [](const Account& a) { return a.name; });
    return out;
  });
}

Result<std::vector<Account>> SqlAccountRepository::named(const std::vector<std::string>& names) {
  return guarded(tx_, [&]() -> Result<std::vector<Account>> {
    if (names.empty()) return std::vector<Account>{};
    Params params;
    for (const auto& n : names) params.push_back(v(n));
    return accounts(sql_.query(std::string("SELECT ") + kColumns + " FROM account WHERE name IN (" +
                                   placeholders(names.size()) + ") ORDER BY name",
                               params));
  });
}

Result<long> SqlAccountRepository::countActive(Role role) {
  return guarded(tx_, [&]() -> Result<long> {
    Rows r = sql_.query("SELECT COUNT(*) FROM account WHERE role = ? AND active = 1", {v(toString(role))});
    return static_cast<long>(r.i64(0, 0));
  });
}

Status SqlAccountRepository::insert(const Account& a) {
  return guarded(tx_, [&]() -> Status {
    // Checked first so that the common mistake gets a plain answer; the primary
    // key still decides a race between two admins.
    if (sql_.query("SELECT COUNT(*) FROM account WHERE name = ?", {v(a.name)}).i64(0, 0) > 0)
      return Error{ErrorCode::kAlreadyExists, "the user name '" + a.name + "' is taken", "name"};
    sql_.exec(std::string("INSERT INTO account (") + kColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {v(a.name), v(a.displayName), v(a.email), v(toString(a.role)), v(a.country), v(a.active),
               v(a.passwordHash.encoded()), v(a.version > 0 ? a.version : 1L), v(a.language)});
    return {};
  });
}

Result<long> SqlAccountRepository::update(const Account& a, long expectedVersion) {
  return guarded(tx_, [&]() -> Result<long> {
    return versionedUpdate(sql_, "account",
                           "display_name = ?, email = ?, role = ?, country = ?, active = ?, password_hash = ?, "
                           "language = ?",
                           {v(a.displayName), v(a.email), v(toString(a.role)), v(a.country), v(a.active),
                            v(a.passwordHash.encoded()), v(a.language)},
                           "name = ?", {v(a.name)}, expectedVersion, "account " + a.name);
  });
}

Status SqlAccountRepository::recordSignIn(const std::string& name, Timestamp at) {
  return guarded(tx_, [&]() -> Status {
    sql_.exec("UPDATE account SET last_sign_in_at = ? WHERE name = ?", {v(at), v(name)});
    return {};
  });
}

Result<std::vector<Account>> SqlAccountRepository::neverSignedIn(std::size_t limit) {
  return guarded(tx_, [&]() -> Result<std::vector<Account>> {
    return accounts(sql_.query(std::string("SELECT ") + kColumns +
                                   " FROM account WHERE last_sign_in_at IS NULL AND active = 1 ORDER BY name LIMIT ?",
                               {v(limit)}));
  });
}

}  // namespace accord::storage::detail
