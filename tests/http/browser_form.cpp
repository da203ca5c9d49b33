#include "browser_form.h"

#include <regex>
#include <stdexcept>

#include <boost/test/unit_test.hpp>

namespace accord::test {

std::string unescapeHtml(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    std::size_t end = s.find(';', i);
    std::string entity = s.substr(i + 1, end - i - 1);
    if (entity == "amp") out += '&';
    else if (entity == "lt") out += '<';
    else if (entity == "gt") out += '>';
    else if (entity == "quot") out += '"';
    else if (entity == "apos") out += '\'';
    else if (entity.size() > 2 && entity[0] == '#' && (entity[1] == 'x' || entity[1] == 'X'))
      out += static_cast<char>(std::stoi(entity.substr(2), nullptr, 16));
    else if (entity.size() > 1 && entity[0] == '#') out += static_cast<char>(std::stoi(entity.substr(1)));
    else throw std::logic_error("unknown entity &" + entity + ";");
    i = end;
  }
  return out;
}

namespace {
std::string attribute(const std::string& tag, const std::string& name) {
  std::smatch m;
  if (std::regex_search(tag, m, std::regex("\\s" + name + "=\"([^\"]*)\""))) return unescapeHtml(m[1]);
  return {};
}
}  // namespace

// The fields a browser submits for the form whose tag holds `marker` (an id or an
// action) in `html`: its inputs (checkboxes only when checked) and textareas, whose
// line breaks a browser sends as CRLF. Buttons are the caller's to add.
Form browserForm(const std::string& html, const std::string& marker) {
  std::size_t start = html.find(marker);
  BOOST_REQUIRE(start != std::string::npos);
  std::string form = html.substr(start, html.find("</form>", start) - start);
  Form fields;
  std::regex control("<input[^>]*>|<textarea([^>]*)>([\\s\\S]*?)</textarea>");
  for (std::sregex_iterator it(form.begin(), form.end(), control), end; it != end; ++it) {
    std::string tag = (*it)[0];
    if (tag.rfind("<textarea", 0) == 0) {
      std::string text = unescapeHtml((*it)[2]);
      // HTML drops one line break right after <textarea>; a browser submits CRLF.
      if (!text.empty() && text[0] == '\n') text.erase(0, 1);
      fields.emplace_back(attribute((*it)[1].str(), "name"), std::regex_replace(text, std::regex("\n"), "\r\n"));
      continue;
    }
    std::string type = attribute(tag, "type");
    if (type == "submit" || (type == "checkbox" && tag.find(" checked") == std::string::npos)) continue;
    fields.emplace_back(attribute(tag, "name"), attribute(tag, "value"));
  }
  return fields;
}

std::string urlEncoded(const Form& form) {
  std::string out;
  const char* hex = "0123456789ABCDEF";
  for (const auto& [k, v] : form) {
    if (!out.empty()) out += '&';
    for (const std::string* part : {&k, &v}) {
      for (unsigned char ch : *part) {
        if (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '~') out += static_cast<char>(ch);
        else out += std::string("%") + hex[ch >> 4] + hex[ch & 15];
      }
      if (part == &k) out += '=';
    }
  }
  return out;
}

std::string& field(Form& form, const std::string& name) {
  for (auto& [k, v] : form)
    if (k == name) return v;
  throw std::logic_error("the form has no field " + name);
}

Form BrowserPage::form(const std::string& marker) {
  Response shown = browser.get(path, cookie);
  BOOST_REQUIRE_MESSAGE(shown.status == 200, shown.body);
  return browserForm(shown.body, marker);
}

Response BrowserPage::post(const std::string& action, const Form& form) {
  return browser.send("POST", path + action, urlEncoded(form), "application/x-www-form-urlencoded", cookie);
}

}  // namespace accord::test
