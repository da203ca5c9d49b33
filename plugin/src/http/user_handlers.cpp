// Accounts, for admins: list, create, read, change, reset a password and unlock. The
// account use cases decide who may (authorization stays in the app layer); the
// answers carry every field of an account but its password hash.
#include "accord/app/account_use_cases.h"
#include "accord/json/writers.h"
#include "api_state.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

void account(base::JsonWriter& w, const Account& a) { json::writeAccount(w, a); }

app::AccountServices accountServices(const Call& call) {
  return {call.services().hasher, call.services().countries};
}

std::string location(const Call& call, const std::string& name) { return call.mounted("/api/v1/users/" + name); }

// {"account": ..., "password": ...}, the password only when the server made it
// up: shown this once, in this answer only, and never kept in the clear.
std::string withPassword(const Account& a, const std::optional<std::string>& madeUp) {
  return encode::object([&](base::JsonWriter& w) {
    w.beginObject().key("account");
    account(w, a);
    if (madeUp) w.field("password", *madeUp);
    w.endObject();
  });
}

Reply listUsers(Call& call) {
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto page = app::listAccounts(call.context(), call.actor(), *request);
  if (!page.ok()) return failed(page.error());
  return view(encode::page(page->items, page->next, account));
}

Reply createUser(Call& call) {
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::newAccount(*body);
  if (!in.ok()) return problem(in.errors);
  auto a = app::addAccount(call.context(), accountServices(call), call.actor(), in.value, call.services().newPassword);
  if (!a.ok()) return failed(a.error());
  return created(withPassword(a->account, a->madeUpPassword), location(call, a->account.name),
                 versionTag(a->account.version));
}

Reply getUser(Call& call) {
  auto a = app::getAccount(call.context(), call.actor(), call.param("name"));
  if (!a.ok()) return failed(a.error());
  return record(a->version, [&](base::JsonWriter& w) { account(w, *a); });
}

Reply patchUser(Call& call) {
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::accountChange(*body);
  if (!in.ok()) return problem(in.errors);
  auto a = app::changeAccount(call.context(), accountServices(call), call.actor(), call.param("name"), in.value,
                              *version);
  if (!a.ok()) return failed(a.error());
  return record(a->version, [&](base::JsonWriter& w) { account(w, *a); });
}

Reply resetUserPassword(Call& call) {
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::passwordReset(*body);
  if (!in.ok()) return problem(in.errors);
  auto a = app::resetPassword(call.context(), accountServices(call), call.actor(), call.param("name"), in.value,
                              call.services().newPassword, *version);
  if (!a.ok()) return failed(a.error());
  return json(withPassword(a->account, a->madeUpPassword), versionTag(a->account.version));
}

Reply unlockUser(Call& call) {
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto a = app::unlockAccount(call.context(), call.actor(), call.param("name"), *version);
  if (!a.ok()) return failed(a.error());
  return record(a->version, [&](base::JsonWriter& w) { account(w, *a); });
}

}  // namespace

void addUserRoutes(Router& r) {
  r.add(Route::get("/api/v1/users", listUsers)
      .describe("listUsers", "users", "Accounts, by user name (admins)")
      .query(pagingParams())
      .responds({ok(200, "AccountPage")}, {304, 400, 403}));
  r.add(Route::post("/api/v1/users", createUser)
      .describe("createUser", "users",
                "Create an account (admins). Without a password the server makes one up and returns it, once, with "
                "the account")
      .body("NewAccount")
      .responds({ok(201, "AccountWithPassword")}, {400, 403, 409, 411, 413})
      .allows({app::Action::kManageAccounts}));
  r.add(Route::get("/api/v1/users/{name}", getUser)
      .describe("getUser", "users", "One account (admins)")
      .responds({ok(200, "Account")}, {304, 403, 404}));
  r.add(Route::patch("/api/v1/users/{name}", patchUser)
      .describe("updateUser", "users",
                "Change an account's role, country, display name, e-mail or whether it is active (admins). "
                "Disabling ends its sessions; every change applies from the holder's next request")
      .body("AccountPatch")
      .needsIfMatch()
      .responds({ok(200, "Account")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kManageAccounts}));
  r.add(Route::post("/api/v1/users/{name}/password", resetUserPassword)
      .describe("resetUserPassword", "users",
                "Set a new password (admins): the one given, or one the server makes up and returns once. Ends "
                "every session of the account")
      .body("PasswordReset")
      .needsIfMatch()
      .responds({ok(200, "AccountWithPassword", "the account, with the new password when the server made it up")},
                {400, 403, 404, 411, 412, 413, 428})
      .allows({app::Action::kManageAccounts}));
  r.add(Route::post("/api/v1/users/{name}/unlock", unlockUser)
      .describe("unlockUser", "users",
                "Lift the sign-in throttle's locks on the account (admins), so that its owner may sign in at once; "
                "audited as account.unlocked. 409 when nothing locks it")
      .needsIfMatch()
      .responds({ok(200, "Account")}, {403, 404, 409, 412, 428})
      .allows({app::Action::kManageAccounts}));
}

}  // namespace accord::http
