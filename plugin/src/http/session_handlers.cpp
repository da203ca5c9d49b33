// Signing in (POST /api/v1/session, the one write open to anyone), who am I, and
// signing out. The password is checked by the session service; this file only
// moves it from the body to the service and never writes it anywhere.
#include "accord/json/writers.h"
#include "api_state.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

void user(base::JsonWriter& w, const Account& a) {
  w.key("user");
  json::writeAccountSummary(w, a);
}

Reply signIn(Call& call) {
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::signIn(*body);
  if (!in.ok()) return problem(in.errors);
  // The peer's address, not X-Forwarded-For: a header any client can set must not
  // choose which throttle counter its failures land on.
  std::string address = call.request().clientAddress().host().toString();
  auto signedIn = call.services().sessions.signIn(in.value.user, in.value.password, address);
  if (!signedIn.ok()) return failed(signedIn.error());
  Reply r = json(encode::object([&](base::JsonWriter& w) {
    w.beginObject().field("token", signedIn->token).field("expiresAt", signedIn->expiresAt.iso());
    user(w, signedIn->account);
    w.endObject();
  }));
  r.status = 201;
  return r;
}

Reply whoAmI(Call& call) {
  const app::Authenticated& s = *call.session();
  return json(encode::object([&](base::JsonWriter& w) {
    w.beginObject().field("expiresAt", s.expiresAt.iso());
    user(w, s.account);
    w.endObject();
  }));
}

Reply signOut(Call& call) {
  if (Status s = call.services().sessions.signOut(call.session()->tokenId); !s.ok()) return failed(s.error());
  return Reply{204, {}, {}, {}, {}};
}

}  // namespace

void addSessionRoutes(Router& r) {
  r.add(Route::post("/api/v1/session", signIn)
      .describe("createSession", "session",
                "Sign in with a user name and password for a bearer token (8 hours). Wrong credentials: 401 "
                "with one message whether or not the user exists; repeated failures: 429 with Retry-After")
      .body("SignIn")
      .anonymous()
      .uncached()
      .responds({ok(201, "Session")}, {400, 411, 413, 429}));
  r.add(Route::get("/api/v1/session", whoAmI)
      .describe("getSession", "session", "Who the bearer token speaks for, as of now, and when it expires")
      .uncached()
      .responds({ok(200, "CurrentSession")}, {}));
  r.add(Route::del("/api/v1/session", signOut)
      .describe("deleteSession", "session", "Sign out: the token is refused from now on")
      .uncached()
      .responds({noContent("signed out")}, {}));
}

}  // namespace accord::http
