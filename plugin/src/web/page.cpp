#include "page.h"

#include <cctype>

#include <Poco/URI.h>

#include "accord/app/authorization.h"
#include "accord/app/notification_use_cases.h"
#include "accord/domain/actor.h"
#include "accord/http/error_status.h"

namespace accord::web {

Data baseView(const Site& site, const Visit& v, const std::string& title) {
  Data d;
  d.set("assetVersion", site.assetVersion);
  d.set("title", title);
  d.set("prefix", v.prefix);
  d.set("csrf", v.csrf);
  d.set("signedIn", v.who.has_value());
  d.set("formError", false);
  if (v.who) {
    Data user;
    user.set("name", v.who->account.displayName.empty() ? v.who->actor.name : v.who->account.displayName);
    user.set("login", v.who->actor.name);
    user.set("role", domain::toString(v.who->actor.role));
    user.set("country", text(v.who->actor.country ? v.who->actor.country->str() : ""));
    user.set("mayAudit", app::authorize(v.who->actor, app::Action::kReadAudit).ok());
    user.set("mayManageAccounts", app::authorize(v.who->actor, app::Action::kManageAccounts).ok());
    // One count per page: a failure to read it leaves the badge off, not the page.
    auto unread = app::countUnreadNotifications(site.ctx, v.who->actor);
    if (unread.ok() && *unread > 0) user.set("unread", std::to_string(*unread));
    else user.set("unread", false);
    d.set("user", user);
  } else {
    d.set("user", false);
  }
  return d;
}

Reply renderPage(const Site& site, const Visit& v, const std::string& page, const Data& view, int status) {
  (void)v;
  Reply r;
  r.status = status;
  r.body = site.templates.render(page, view);
  return r;
}

Reply redirectTo(const Visit& v, const std::string& to) {
  Reply r;
  r.status = 303;
  r.location = v.prefix + to;
  return r;
}

int statusOf(domain::ErrorCode code) {
  // A form that breaks a rule is re-shown as 422; otherwise the API's one table.
  return code == domain::ErrorCode::kInvalidArgument ? 422 : http::httpStatus(code);
}

Reply errorPage(const Site& site, const Visit& v, const domain::Error& e) {
  return errorPage(site, v, e, statusOf(e.code));
}

Reply errorPage(const Site& site, const Visit& v, const domain::Error& e, int status) {
  const char* heading = status == 404 ? "Not found" : status == 403 ? "Not allowed" : "Something went wrong";
  Data view = baseView(site, v, heading);
  view.set("heading", heading);
  view.set("message", http::clientMessage(e));
  view.set("code", domain::errorCodeName(e.code));
  if (http::clientMessage(e) != e.message) site.services.logger.error("page %s failed: %s", v.path, e.message);
  return renderPage(site, v, "error", view, status);
}

std::string pathSegment(const std::string& s) {
  std::string out;
  Poco::URI::encode(s, "/?#&=+;", out);
  return out;
}

std::string link(const Visit& v, const std::string& path) { return v.prefix + path; }

std::string fieldKey(const std::string& field) {
  std::string key;
  for (char c : field) {
    bool word = std::isalnum(static_cast<unsigned char>(c)) != 0;
    if (word) key += c;
    else if (!key.empty() && key.back() != '_') key += '_';
  }
  while (!key.empty() && key.back() == '_') key.pop_back();
  return key;
}

std::string errorSentence(const domain::Error& e) { return e.field.empty() ? e.message : e.field + ": " + e.message; }

void putError(Data& view, const domain::Error& e) {
  if (!e.field.empty()) view.set("error_" + fieldKey(e.field), e.message);
  view.set("formError", errorSentence(e));
}

}  // namespace accord::web
