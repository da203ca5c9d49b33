// A browser's forms in the HTTP suites: the fields a browser submits for a form
// read from a page the real server rendered, url-encoded as a browser posts them,
// with the session cookie and the CSRF token the form carries.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "plugin_server.h"

namespace accord::test {

using Form = std::vector<std::pair<std::string, std::string>>;

// HTML character references undone (the five named ones and numeric ones).
std::string unescapeHtml(const std::string& s);

// The fields a browser submits for the form whose tag holds `marker` (an id or an
// action) in `html`: its inputs (checkboxes only when checked) and textareas, whose
// line breaks a browser sends as CRLF. Selects and buttons are the caller's to add.
Form browserForm(const std::string& html, const std::string& marker);

std::string urlEncoded(const Form& form);

// The value of the field `name` (throws std::logic_error when the form has none).
std::string& field(Form& form, const std::string& name);

// A signed-in user's browser on one page of the real server: the page's forms are
// read from it as shown and posted back as a browser posts them, with the session
// cookie and the CSRF token the form carries.
struct BrowserPage {
  BrowserPage(PluginServer& server, const Client& as, std::string path)
      : browser(server.anonymous()), cookie{{"Cookie", "accord_session=" + as.token()}}, path(std::move(path)) {}
  // The form holding `marker` on the page as shown now (the page must answer 200).
  Form form(const std::string& marker);
  // Posts `form` to the page's path + `action`.
  Response post(const std::string& action, const Form& form);

  Client browser;
  Client::Headers cookie;
  std::string path;
};

}  // namespace accord::test
