// Composing a notification's message: the catalogue of the recipient's language
// gives the sentences (themselves Mustache, filled with plain text), the two
// templates lay them out as text and as HTML. User text (a declaration's title)
// is data throughout: never interpreted as a template, escaped in the HTML part.
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include <Poco/JSON/Parser.h>
#include <kainjow/mustache.hpp>

#include "accord/mail/mail.h"

namespace accord::mail {

using namespace accord::domain;
using kainjow::mustache::data;
using kainjow::mustache::mustache;

namespace {
struct Sentences {
  std::string subject, body, action;
};
// The digest's own sentences: its subject ({{count}}, {{day}}), the line before
// the list, and the link to the notifications page.
struct DigestSentences {
  std::string subject, intro, action;
};
struct Catalogue {
  std::string greeting, footer;
  std::map<std::string, Sentences> kinds;
  std::optional<DigestSentences> digest;
};

Result<std::string> readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::invalid("mail.templates", "cannot read " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Result<mustache> compile(const std::string& path) {
  auto text = readFile(path);
  if (!text.ok()) return text.error();
  mustache m(*text);
  if (!m.is_valid()) return Error::invalid("mail.templates", path + ": " + m.error_message());
  return m;
}

Result<Catalogue> readCatalogue(const std::string& path) {
  auto text = readFile(path);
  if (!text.ok()) return text.error();
  try {
    auto root = Poco::JSON::Parser().parse(*text).extract<Poco::JSON::Object::Ptr>();
    Catalogue c{root->getValue<std::string>("greeting"), root->getValue<std::string>("footer"), {}};
    auto kinds = root->getObject("kinds");
    if (!kinds) return Error::invalid("mail.templates", path + ": no \"kinds\"");
    for (const auto& name : kinds->getNames()) {
      auto k = kinds->getObject(name);
      if (!k) return Error::invalid("mail.templates", path + ": kind " + name + " is not an object");
      c.kinds[name] = {k->getValue<std::string>("subject"), k->getValue<std::string>("body"),
                       k->getValue<std::string>("action")};
    }
    if (auto d = root->getObject("digest"))
      c.digest = DigestSentences{d->getValue<std::string>("subject"), d->getValue<std::string>("intro"),
                                 d->getValue<std::string>("action")};
    return c;
  } catch (const Poco::Exception& e) {
    return Error::invalid("mail.templates", path + ": " + e.displayText());
  }
}

// Fills a catalogue sentence with plain text: no escaping, and no interpretation
// of what the values contain.
std::string fill(const std::string& sentence, const data& values) {
  mustache m(sentence);
  m.set_custom_escape([](const std::string& s) { return s; });
  return m.render(values);
}

// Line breaks and other controls have no place in a header or a one-line sentence.
std::string oneLine(std::string s) {
  for (char& c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return s;
}

struct Templates {
  mustache text, html, digestText, digestHtml;
};

class TemplateComposer final : public MailComposer {
 public:
  TemplateComposer(Templates t, std::map<std::string, Catalogue> catalogues, const CountryCatalog& countries)
      : t_(std::move(t)), catalogues_(std::move(catalogues)), countries_(countries) {
    for (mustache* m : {&t_.text, &t_.digestText}) m->set_custom_escape([](const std::string& s) { return s; });
  }

  ComposedMail compose(const app::OutboxItem& item, const std::string& language,
                       const std::string& baseUrl) const override {
    auto [c, lang] = catalogueOf(language);
    const Notification& n = item.notification;
    data values = valuesOf(n, item.displayName, lang);
    const Sentences& s = c.kinds.at(toString(n.event.kind));
    ComposedMail out;
    out.subject = subjectOf(c, n, values);
    out.link = baseUrl + n.event.link;
    data view;
    view.set("language", lang);
    view.set("subject", out.subject);
    view.set("greeting", fill(c.greeting, values));
    view.set("body", fill(s.body, values));
    view.set("action", fill(s.action, values));
    view.set("link", out.link);
    view.set("footer", fill(c.footer, values));
    // The templates are shared by the sender's thread only; render() keeps no state
    // between calls, but a copy keeps this const and safe to call from any thread.
    mustache text = t_.text, html = t_.html;
    out.text = text.render(view);
    out.html = html.render(view);
    return out;
  }

  ComposedMail composeDigest(const app::DigestItem& digest, const std::string& day,
                             const std::string& baseUrl) const override {
    auto [c, lang] = catalogueOf(digest.language);
    const DigestSentences& d = *c.digest;
    data values;
    values.set("name", oneLine(digest.displayName));
    values.set("account", digest.recipient);
    values.set("count", std::to_string(digest.notifications.size()));
    values.set("day", day);
    ComposedMail out;
    out.subject = oneLine(fill(d.subject, values));
    out.link = baseUrl + "/notifications";
    kainjow::mustache::list items;
    for (const Notification& n : digest.notifications) {
      data item;
      item.set("subject", subjectOf(c, n, valuesOf(n, digest.displayName, lang)));
      item.set("link", baseUrl + n.event.link);
      items.push_back(item);
    }
    data view;
    view.set("language", lang);
    view.set("subject", out.subject);
    view.set("greeting", fill(c.greeting, values));
    view.set("intro", fill(d.intro, values));
    view.set("items", items);
    view.set("action", fill(d.action, values));
    view.set("link", out.link);
    view.set("footer", fill(c.footer, values));
    mustache text = t_.digestText, html = t_.digestHtml;
    out.text = text.render(view);
    out.html = html.render(view);
    return out;
  }

 private:
  // The catalogue of `language` where one exists, else English, and its language.
  std::pair<const Catalogue&, std::string> catalogueOf(const std::string& language) const {
    auto found = catalogues_.find(language);
    if (found != catalogues_.end()) return {found->second, language};
    return {catalogues_.at("en"), "en"};
  }
  data valuesOf(const Notification& n, const std::string& displayName, const std::string& lang) const {
    data values;
    values.set("title", oneLine(n.event.title));
    values.set("country", n.event.country ? countryIn(*n.event.country, lang) : std::string());
    values.set("name", oneLine(displayName));
    values.set("account", n.recipient);
    values.set("message", n.event.message);
    return values;
  }
  static std::string subjectOf(const Catalogue& c, const Notification& n, const data& values) {
    return oneLine(fill(c.kinds.at(toString(n.event.kind)).subject, values));
  }

  // The country's name in `lang` where the list has one. A name the organization
  // marked ("Kosovo*") is kept as marked: its footnote is in no other language.
  std::string countryIn(const CountryCode& code, const std::string& lang) const {
    const Country* c = countries_.find(code);
    if (!c || !c->displayName.empty()) return countries_.shown(code);
    auto named = c->names.find(lang);
    return named != c->names.end() ? named->second : c->name;
  }

  Templates t_;
  std::map<std::string, Catalogue> catalogues_;
  const CountryCatalog& countries_;
};
}  // namespace

Result<std::unique_ptr<MailComposer>> MailComposer::load(const std::string& dir, const CountryCatalog& countries) {
  auto text = compile(dir + "/text.mustache");
  if (!text.ok()) return text.error();
  auto html = compile(dir + "/html.mustache");
  if (!html.ok()) return html.error();
  auto digestText = compile(dir + "/digest.text.mustache");
  if (!digestText.ok()) return digestText.error();
  auto digestHtml = compile(dir + "/digest.html.mustache");
  if (!digestHtml.ok()) return digestHtml.error();
  std::map<std::string, Catalogue> catalogues;
  // Every language with a catalogue file (messages.<lang>.json); English is required.
  std::vector<std::string> languages{"en"};
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name.size() > 14 && name.rfind("messages.", 0) == 0 && name.substr(name.size() - 5) == ".json" &&
        name != "messages.en.json")
      languages.push_back(name.substr(9, name.size() - 14));
  }
  for (const auto& lang : languages) {
    std::string path = dir + "/messages." + lang + ".json";
    auto c = readCatalogue(path);
    if (!c.ok()) return c.error();
    for (const char* kind : enumNames<NotificationKind>())
      if (!c->kinds.count(kind))
        return Error::invalid("mail.templates", path + ": no sentences for kind " + kind);
    if (!c->digest) return Error::invalid("mail.templates", path + ": no \"digest\" sentences");
    catalogues[lang] = std::move(c).value();
  }
  Templates t{std::move(text).value(), std::move(html).value(), std::move(digestText).value(),
              std::move(digestHtml).value()};
  return std::unique_ptr<MailComposer>(new TemplateComposer(std::move(t), std::move(catalogues), countries));
}

}  // namespace accord::mail
