// Signing in and out. The token SessionService issues goes into the HttpOnly
// session cookie and never into a page.
#include "accord/domain/actor.h"
#include "page.h"
#include "pages.h"
#include "session_cookie.h"

namespace accord::web {

namespace {

// Only a path of this site may follow sign-in: never another host.
std::string safeNext(const std::string& next, const std::string& prefix) {
  if (next.size() < 1 || next[0] != '/' || (next.size() > 1 && (next[1] == '/' || next[1] == '\\'))) return "/";
  if (!prefix.empty() && next.compare(0, prefix.size(), prefix) == 0) return next.substr(prefix.size());
  return next;
}

Reply form(const Site& site, const Visit& v, const std::string& name, const domain::Error* error) {
  Data view = baseView(site, v, v.words("title.sign_in"));
  view.set("name", name);
  view.set("next", safeNext(v.form.count("next") ? v.field("next") : v.queryOr("next", "/"), v.prefix));
  if (error) putError(v.words, view, *error);
  return renderPage(site, v, "signin", view, error ? statusOf(error->code) : 200);
}

}  // namespace

Reply signInForm(const Site& site, Visit& v) {
  if (v.who) return redirectTo(v, "/");
  return form(site, v, "", nullptr);
}

Reply signIn(const Site& site, Visit& v) {
  // Both boxes are needed: an empty one is named before anything is checked.
  for (const char* box : {"name", "password"})
    if (v.field(box).empty()) v.formErrors.push_back(domain::Error::invalid(box, "must not be empty"));
  if (!v.formErrors.empty()) return form(site, v, v.field("name"), &v.formErrors.front());
  auto in = site.services.sessions.signIn(v.field("name"), v.field("password"), v.address);
  if (!in.ok()) {
    domain::Error e = in.error();
    e.field = "password";  // the message never says which of the two was wrong
    if (e.message == "wrong user name or password") e.message = v.words("signin.wrong");
    return form(site, v, v.field("name"), &e);
  }
  long maxAge = static_cast<long>(in->expiresAt.seconds() - site.ctx.clock.now().seconds());
  Reply r = redirectTo(v, safeNext(v.field("next"), v.prefix));
  r.headers.emplace_back("Set-Cookie", sessionCookie(in->token, v.prefix, maxAge, site.services.secureCookies));
  return r;
}

Reply signOut(const Site& site, Visit& v) {
  (void)site.services.sessions.signOut(v.who->tokenId);  // already ended is as good as ended
  Reply r = redirectTo(v, "/signin");
  r.headers.emplace_back("Set-Cookie", clearedSessionCookie(v.prefix, site.services.secureCookies));
  return r;
}

}  // namespace accord::web
