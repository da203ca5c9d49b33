#include "catalogue.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Path.h>

#include "accord/base/file_text.h"
#include "plural_rules.h"

namespace accord::web {

namespace {

using domain::Error;

std::string htmlEscaped(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// The {{names}} a message uses, so that a translation can be checked to use the same.
std::set<std::string> placeholders(const std::string& s) {
  std::set<std::string> out;
  for (auto at = s.find("{{"); at != std::string::npos; at = s.find("{{", at + 2)) {
    auto end = s.find("}}", at + 2);
    if (end == std::string::npos) break;
    out.insert(s.substr(at + 2, end - at - 2));
  }
  return out;
}

// `s` with each {{name}} that args has replaced by its value, in one pass: a value
// that itself holds "{{other}}" (a title a user typed) is kept as it is.
std::string replaced(const std::string& s, const Catalogue::Args& args) {
  std::string out;
  std::size_t from = 0;
  for (auto at = s.find("{{"); at != std::string::npos; at = s.find("{{", from)) {
    auto end = s.find("}}", at + 2);
    if (end == std::string::npos) break;
    auto arg = args.find(s.substr(at + 2, end - at - 2));
    out.append(s, from, at - from);
    out += arg != args.end() ? arg->second : s.substr(at, end + 2 - at);
    from = end + 2;
  }
  return out + s.substr(from);
}

}  // namespace

domain::Result<Catalogue> Catalogue::load(const std::string& dir) {
  Catalogue out;
  if (!Poco::File(dir).exists()) return Error::notFound("no message catalogue in " + dir, "catalogue.dir");
  std::vector<std::string> files;
  for (Poco::DirectoryIterator it(dir), end; it != end; ++it) {
    const std::string name = Poco::Path(it->path()).getFileName();
    if (name.rfind("messages.", 0) == 0 && name.size() > 14 && name.compare(name.size() - 5, 5, ".json") == 0)
      files.push_back(name);
  }
  for (const auto& name : files) {
    const std::string lang = name.substr(9, name.size() - 14);
    const std::string path = dir + "/" + name;
    Poco::JSON::Object::Ptr root;
    try {
      root = Poco::JSON::Parser().parse(base::fileText(path)).extract<Poco::JSON::Object::Ptr>();
    } catch (const std::exception& e) {
      return Error::invalid("catalogue", path + ": not a JSON object (" + e.what() + ")");
    }
    out.names_[lang] = root->optValue<std::string>("name", lang);
    auto messages = root->getObject("messages");
    if (!messages) return Error::invalid("catalogue", path + ": no \"messages\" object");
    Messages& into = out.messages_[lang];
    for (const auto& [key, value] : *messages) {
      Message m;
      if (value.isString()) {
        m.forms[""] = value.extract<std::string>();
      } else if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
        for (const auto& [form, text] : *value.extract<Poco::JSON::Object::Ptr>())
          m.forms[form] = text.toString();
        if (!m.forms.count("other"))
          return Error::invalid("catalogue", path + ": " + key + " has plural forms but no \"other\"");
      } else {
        return Error::invalid("catalogue", path + ": " + key + " must be a string or an object of plural forms");
      }
      into[key] = std::move(m);
    }
  }
  if (!out.messages_.count("en")) return Error::notFound("no messages.en.json in " + dir, "catalogue.dir");
  const Messages& english = out.messages_.at("en");
  for (const auto& [lang, messages] : out.messages_) {
    if (lang != "en") out.languages_.push_back(lang);
    for (const auto& [key, m] : messages) {
      auto en = english.find(key);
      if (en == english.end())
        return Error::invalid("catalogue", "messages." + lang + ".json: " + key + " is not in messages.en.json");
      // Every form of a translation uses the placeholders of English's "other" (or only) form.
      const auto& enText = en->second.forms.count("other") ? en->second.forms.at("other") : en->second.forms.at("");
      for (const auto& [form, text] : m.forms) {
        if ((form.empty()) != (en->second.forms.count("") > 0))
          return Error::invalid("catalogue", "messages." + lang + ".json: " + key +
                                                 " is plural in one language and not in the other");
        auto mine = placeholders(text), theirs = placeholders(enText);
        if (mine != theirs && !(form == "one" && std::includes(theirs.begin(), theirs.end(), mine.begin(), mine.end())))
          return Error::invalid("catalogue", "messages." + lang + ".json: " + key +
                                                 " does not use the same {{placeholders}} as English");
      }
    }
  }
  out.languages_.insert(out.languages_.begin(), "en");
  return out;
}

std::string Catalogue::nameOf(const std::string& lang) const {
  auto it = names_.find(lang);
  return it == names_.end() ? lang : it->second;
}

const Catalogue::Message* Catalogue::find(const std::string& lang, const std::string& key) const {
  auto l = messages_.find(lang);
  if (l != messages_.end()) {
    auto m = l->second.find(key);
    if (m != l->second.end()) return &m->second;
  }
  auto& english = messages_.at("en");
  auto m = english.find(key);
  return m == english.end() ? nullptr : &m->second;
}

std::string Catalogue::text(const std::string& lang, const std::string& key) const {
  const Message* m = find(lang, key);
  if (!m || !m->forms.count("")) throw std::logic_error("no message " + key + " in the catalogue");
  return m->forms.at("");
}

std::string Catalogue::format(const std::string& lang, const std::string& key, const Args& args) const {
  return replaced(text(lang, key), args);
}

std::string Catalogue::count(const std::string& lang, const std::string& key, long long n, const Args& args) const {
  const Message* m = find(lang, key);
  if (!m || m->forms.count("")) throw std::logic_error("no plural message " + key + " in the catalogue");
  auto form = m->forms.find(pluralCategory(lang, n));
  Args all = args;
  all["n"] = std::to_string(n);
  return replaced(form == m->forms.end() ? m->forms.at("other") : form->second, all);
}

domain::Result<std::string> Catalogue::translate(const std::string& lang, const std::string& source,
                                                 const std::string& file) const {
  std::string out;
  out.reserve(source.size());
  std::size_t from = 0;
  for (auto at = source.find("{{t:"); at != std::string::npos; at = source.find("{{t:", from)) {
    auto end = source.find("}}", at);
    if (end == std::string::npos) return Error::invalid("templates.dir", file + ": {{t: without its }}");
    const std::string key = source.substr(at + 4, end - at - 4);
    const Message* m = find(lang, key);
    if (!m) return Error::invalid("templates.dir", file + ": no message " + key + " in the catalogue");
    if (!m->forms.count(""))
      return Error::invalid("templates.dir", file + ": " + key + " has plural forms; a view model counts it");
    out.append(source, from, at - from);
    out += htmlEscaped(m->forms.at(""));
    from = end + 2;
  }
  out.append(source, from, std::string::npos);
  return out;
}

std::vector<std::string> Catalogue::missing(const std::string& lang) const {
  std::vector<std::string> out;
  auto l = messages_.find(lang);
  for (const auto& [key, m] : messages_.at("en"))
    if (l == messages_.end() || !l->second.count(key)) out.push_back(key);
  return out;
}

}  // namespace accord::web
