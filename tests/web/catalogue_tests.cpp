// The UI's message catalogue: the shipped files load, every language has every
// message English has, translations keep English's placeholders, plural forms
// follow each language's rule, and templates compile in every language with the
// words put in escaped.
#include <boost/test/unit_test.hpp>

#include <fstream>

#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/TemporaryFile.h>

#include "catalogue.h"
#include "plural_rules.h"
#include "templates.h"

using namespace accord::web;

namespace {

const std::string kShipped = "templates/html";

// A directory with the given files, removed at the end of the test.
struct Dir {
  Poco::TemporaryFile dir;
  explicit Dir(std::initializer_list<std::pair<const char*, const char*>> files) {
    dir.createDirectories();
    for (const auto& [name, text] : files) std::ofstream(dir.path() + "/" + name) << text;
  }
  std::string path() const { return dir.path(); }
};

const char* kEnglish = R"({"name": "English", "messages": {
  "hello": "Hello, {{name}}",
  "plain": "Tom & Jerry's <b>",
  "countries": {"one": "{{n}} country", "other": "{{n}} countries"}}})";

}  // namespace

BOOST_AUTO_TEST_CASE(the_shipped_catalogue_loads_and_every_language_is_complete) {
  auto c = Catalogue::load(kShipped);
  BOOST_REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().message));
  const auto& langs = c->languages();
  BOOST_TEST(langs.front() == "en");
  for (const char* lang : {"fr", "ru"}) {
    BOOST_TEST_CONTEXT(lang) {
      BOOST_TEST(std::count(langs.begin(), langs.end(), lang) == 1);
      // A message English has and this language lacks would show in English.
      auto missing = c->missing(lang);
      std::string list;
      for (const auto& k : missing) list += k + " ";
      BOOST_TEST(missing.empty(), "missing in " << lang << ": " << list);
    }
  }
  BOOST_TEST(c->nameOf("fr") == "Français");
  BOOST_TEST(c->nameOf("ru") == "Русский");
}

BOOST_AUTO_TEST_CASE(a_message_falls_back_to_english_and_fills_its_placeholders) {
  Dir d({{"messages.en.json", kEnglish}, {"messages.fr.json", R"({"messages": {"hello": "Bonjour, {{name}}"}})"}});
  auto c = Catalogue::load(d.path());
  BOOST_REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().message));
  BOOST_TEST(c->format("fr", "hello", {{"name", "Ана"}}) == "Bonjour, Ана");
  BOOST_TEST(c->text("fr", "plain") == "Tom & Jerry's <b>");  // not translated yet: English
  BOOST_TEST(c->text("de", "plain") == "Tom & Jerry's <b>");  // no German catalogue: English
  BOOST_TEST(c->missing("fr") == std::vector<std::string>({"countries", "plain"}));
  BOOST_CHECK_THROW(c->text("en", "no.such.key"), std::logic_error);
  // A value that looks like a placeholder is put in as it is, not expanded again.
  BOOST_TEST(c->format("en", "hello", {{"name", "{{name}}"}}) == "Hello, {{name}}");
  // Nor a value that names another placeholder of the message (a title typed with "{{country}}").
  auto shipped = Catalogue::load(kShipped);
  BOOST_REQUIRE(shipped.ok());
  BOOST_TEST(shipped->format("en", "inbox.accept", {{"commitment", "{{country}}"}, {"country", "Albania"}}) ==
             "Accept or decline {{country}} for Albania");
}

BOOST_AUTO_TEST_CASE(plural_forms_follow_each_languages_rule) {
  BOOST_TEST(pluralCategory("en", 1) == "one");
  BOOST_TEST(pluralCategory("en", 0) == "other");
  BOOST_TEST(pluralCategory("fr", 0) == "one");
  BOOST_TEST(pluralCategory("fr", 2) == "other");
  BOOST_TEST(pluralCategory("ru", 1) == "one");
  BOOST_TEST(pluralCategory("ru", 21) == "one");
  BOOST_TEST(pluralCategory("ru", 11) == "many");
  BOOST_TEST(pluralCategory("ru", 3) == "few");
  BOOST_TEST(pluralCategory("ru", 13) == "many");
  BOOST_TEST(pluralCategory("ru", 57) == "many");
  BOOST_TEST(pluralCategory("hr", 24) == "few");
  BOOST_TEST(pluralCategory("hr", 25) == "other");
  BOOST_TEST(pluralCategory("mk", 31) == "one");
  BOOST_TEST(pluralCategory("sl", 102) == "two");
  auto c = Catalogue::load(kShipped);
  BOOST_REQUIRE(c.ok());
  BOOST_TEST(c->count("en", "count.countries", 1) == "1 country");
  BOOST_TEST(c->count("en", "count.countries", 57) == "57 countries");
  BOOST_TEST(c->count("ru", "count.countries", 1) == "1 страна");
  BOOST_TEST(c->count("ru", "count.countries", 3) == "3 страны");
  BOOST_TEST(c->count("ru", "count.countries", 57) == "57 стран");
}

BOOST_AUTO_TEST_CASE(a_broken_catalogue_is_refused_with_the_file_and_key_named) {
  auto refused = [](std::initializer_list<std::pair<const char*, const char*>> files) {
    Dir d(files);
    auto c = Catalogue::load(d.path());
    return c.ok() ? std::string("(loaded)") : c.error().message;
  };
  BOOST_TEST(refused({{"messages.fr.json", R"({"messages": {}})"}}).find("messages.en.json") != std::string::npos);
  BOOST_TEST(refused({{"messages.en.json", "{not json"}}).find("messages.en.json: not a JSON object") !=
             std::string::npos);
  auto typo = refused({{"messages.en.json", kEnglish}, {"messages.fr.json", R"({"messages": {"helo": "Salut"}})"}});
  BOOST_TEST(typo.find("messages.fr.json: helo is not in messages.en.json") != std::string::npos, typo);
  auto lost = refused({{"messages.en.json", kEnglish}, {"messages.fr.json", R"({"messages": {"hello": "Bonjour"}})"}});
  BOOST_TEST(lost.find("hello does not use the same {{placeholders}}") != std::string::npos, lost);
  auto noOther = refused({{"messages.en.json", R"({"messages": {"x": {"one": "a"}}})"}});
  BOOST_TEST(noOther.find("x has plural forms but no \"other\"") != std::string::npos, noOther);
}

BOOST_AUTO_TEST_CASE(templates_name_messages_and_get_them_escaped_in_each_language) {
  Dir d({{"messages.en.json", kEnglish},
         {"messages.fr.json", R"({"messages": {"hello": "Bonjour, {{name}}", "plain": "Toto & <i>"}})"},
         {"layout.mustache", "<html lang=\"{{lang}}\">{{{body}}}</html>"},
         {"page.mustache", "<p>{{t:hello}}</p><p>{{t:plain}}</p>"}});
  auto t = Templates::load(d.path());
  BOOST_REQUIRE_MESSAGE(t.ok(), (t.ok() ? std::string() : t.error().message));
  Data view;
  view.set("lang", "fr");
  view.set("name", "<Ана>");
  BOOST_TEST(t->render("fr", "page", view, {}) ==
             "<html lang=\"fr\"><p>Bonjour, &lt;Ана&gt;</p><p>Toto &amp; &lt;i&gt;</p></html>");
  view.set("lang", "en");
  BOOST_TEST(t->render("en", "page", view, {}) ==
             "<html lang=\"en\"><p>Hello, &lt;Ана&gt;</p><p>Tom &amp; Jerry&#39;s &lt;b&gt;</p></html>");
  // A language without a catalogue is served in English.
  BOOST_TEST(t->render("de", "page", view, {}).find("Hello") != std::string::npos);

  Dir unknown({{"messages.en.json", kEnglish}, {"layout.mustache", "{{{body}}}"}, {"page.mustache", "{{t:nope}}"}});
  auto bad = Templates::load(unknown.path());
  BOOST_REQUIRE(!bad.ok());
  BOOST_TEST(bad.error().message.find("page.mustache: no message nope in the catalogue") != std::string::npos,
             bad.error().message);
  Dir plural({{"messages.en.json", kEnglish}, {"layout.mustache", "{{{body}}}"}, {"page.mustache", "{{t:countries}}"}});
  BOOST_TEST(!Templates::load(plural.path()).ok());
}

BOOST_AUTO_TEST_CASE(the_shipped_templates_compile_in_every_language) {
  auto t = Templates::load(kShipped);
  BOOST_REQUIRE_MESSAGE(t.ok(), (t.ok() ? std::string() : t.error().message));
  Data view;
  view.set("lang", "ru");
  view.set("title", "x");
  view.set("user", false);
  view.set("flash", false);
  view.set("formError", false);
  const std::string page = t->render("ru", "signin", view, {});
  BOOST_TEST(page.find("<html lang=\"ru\">") != std::string::npos);
  BOOST_TEST(page.find("Вход в Accord") != std::string::npos);
  BOOST_TEST(page.find("{{t:") == std::string::npos);
}
