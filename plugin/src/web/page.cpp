#include "page.h"

#include <cctype>
#include <set>

#include <Poco/URI.h>

#include "accord/app/authorization.h"
#include "accord/app/notification_use_cases.h"
#include "accord/domain/actor.h"
#include "accord/http/error_status.h"
#include "error_words.h"
#include "labels.h"
#include "view_common.h"
#include "words.h"

namespace accord::web {

Data baseView(const Site& site, const Visit& v, const std::string& title) {
  Data d;
  d.set("assetVersion", site.assetVersion);
  d.set("title", title);
  d.set("lang", v.language);
  d.set("prefix", v.prefix);
  d.set("csrf", v.csrf);
  d.set("signedIn", v.who.has_value());
  d.set("formError", false);
  d.set("flash", false);
  if (v.flash) {
    Data flash;
    flash.set("message", v.flash->message);
    if (!v.flash->undoAction.empty()) {
      Data undo;
      undo.set("action", link(v, v.flash->undoAction));
      undo.set("label", v.flash->undoLabel);
      List fields;
      for (const auto& [name, value] : v.flash->undoFields) {
        Data f;
        f.set("name", name);
        f.set("value", value);
        fields.push_back(f);
      }
      undo.set("fields", fields);
      flash.set("undo", undo);
    } else {
      flash.set("undo", false);
    }
    d.set("flash", flash);
  }
  if (v.who) {
    Data user;
    user.set("name", v.who->account.displayName.empty() ? v.who->actor.name : v.who->account.displayName);
    user.set("login", v.who->actor.name);
    // "National coordinator — North Macedonia": the role in words, a country by name.
    user.set("role", roleLabel(v.words, v.who->actor.role,
                               v.who->actor.country ? countryName(site, *v.who->actor.country) : std::string()));
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
  Reply r;
  r.status = status;
  // A country printed with a mark ("Kosovo*") gets its note at the foot of the page.
  auto footnotes = [&site](const std::string& body, Data& layout) {
    List notes;
    for (const auto& [shown, note] : site.footnotes)
      if (body.find(shown) != std::string::npos) notes.push_back(Data("note", Data(note)));
    layout.set("footnotes", notes.empty() ? Data(false) : Data(notes));
  };
  if (v.formErrors.empty()) {
    r.body = site.templates.render(v.language, page, view, footnotes);
  } else {
    Data all = view;  // the form's own checks found more than the use case's first error
    putErrors(v.words, all, v.formErrors);
    r.body = site.templates.render(v.language, page, all, footnotes);
  }
  r.headers.emplace_back("Content-Language", v.language);
  // The message was shown (baseView put it in the layout): the next page has none.
  if (v.flash) r.headers.emplace_back("Set-Cookie", clearedFlashCookie(v.prefix, site.services.secureCookies));
  return r;
}

Reply redirectTo(const Visit& v, const std::string& to) {
  Reply r;
  r.status = 303;
  r.location = v.prefix + to;
  return r;
}

Reply redirectTo(const Site& site, const Visit& v, const std::string& to, const Flash& flash) {
  // The message at the top takes the focus; a "#section" would scroll away from it
  // (and browsers skip autofocus on an address with a fragment).
  Reply r = redirectTo(v, to.substr(0, to.find('#')));
  if (!v.sessionToken.empty())
    r.headers.emplace_back("Set-Cookie",
                           flashCookie(encodeFlash(flash, v.sessionToken), v.prefix, site.services.secureCookies));
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
  const std::string heading = v.words(status == 404 ? "error.not_found" : status == 403 ? "error.not_allowed" : "error.went_wrong");
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

std::string errorSentence(const Wording& w, const domain::Error& e) { return errorInWords(w, e); }

void putError(const Wording& w, Data& view, const domain::Error& e) { putErrors(w, view, {e}); }

std::vector<domain::Error> everyError(const domain::Error& refusal, std::vector<domain::Error> checks) {
  if (refusal.code != domain::ErrorCode::kInvalidArgument) return {refusal};
  bool listed = false;
  for (const domain::Error& e : checks) listed = listed || fieldKey(e.field) == fieldKey(refusal.field);
  if (!listed) checks.insert(checks.begin(), refusal);
  return checks;
}

void showEveryError(Visit& v, const domain::Error& refusal, std::vector<domain::Error> checks) {
  std::vector<domain::Error> all = everyError(refusal, std::move(checks));
  if (all.size() > 1) v.formErrors = std::move(all);
}

void putErrors(const Wording& w, Data& view, const std::vector<domain::Error>& errors) {
  if (errors.empty()) return;
  List summary;
  std::set<std::string> seen;
  for (const domain::Error& e : errors) {
    std::string key = fieldKey(e.field);
    if (!seen.insert(key).second) continue;  // one sentence per field: the first rule it breaks
    // Beside the field its label is already printed: the message alone.
    if (!key.empty()) view.set("error_" + key, messageInWords(w, e.message));
    Data item;
    item.set("key", key);
    item.set("sentence", errorSentence(w, e));
    summary.push_back(item);
  }
  view.set("formError", seen.size() == 1 ? errorSentence(w, errors.front())
                                         : w.count("form.fields_need_correcting", static_cast<long long>(seen.size())));
  view.set("errorList", seen.size() > 1 ? Data(summary) : Data(false));
  view.set("severalErrors", seen.size() > 1);
}

}  // namespace accord::web
