// The browser UI's words in each language: one catalogue file per language
// (templates/html/messages.<lang>.json), English complete, the others falling
// back to English key by key. Page templates name a message as {{t:key}}; the
// catalogue puts each language's text in before the template is compiled, so a
// translated page costs nothing more to render than an English one. Sentences the
// view models build (counts, errors, flash messages) ask text(), format() and
// count() at run time.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "accord/domain/result.h"

namespace accord::web {

class Catalogue {
 public:
  using Args = std::map<std::string, std::string>;

  // Reads every messages.<lang>.json in `dir`; messages.en.json is required. Refuses
  // (naming file and key) a file that does not parse, a key English lacks, a plural
  // message without its "other" form, and a translation whose {{placeholders}}
  // differ from English's.
  static domain::Result<Catalogue> load(const std::string& dir);

  // Languages with a catalogue, English first; the name of each in itself ("Français").
  const std::vector<std::string>& languages() const { return languages_; }
  std::string nameOf(const std::string& lang) const;

  // The message `key` in `lang`, else in English. A key English lacks is a
  // programming error (std::logic_error); tests read every key the code uses.
  std::string text(const std::string& lang, const std::string& key) const;
  // The same with each {{name}} replaced by args[name] (plain text, not escaped).
  std::string format(const std::string& lang, const std::string& key, const Args& args) const;
  // The form of a plural message that `n` takes in `lang` (plural_rules.h), with
  // {{n}} replaced by n and the rest by args.
  std::string count(const std::string& lang, const std::string& key, long long n, const Args& args = {}) const;

  // `source` (a template named `file`) with every {{t:key}} replaced by the key's
  // text in `lang`, HTML-escaped; an unknown key or a plural message is an error
  // naming the file and the key.
  domain::Result<std::string> translate(const std::string& lang, const std::string& source,
                                        const std::string& file) const;

  // Keys English has and `lang` lacks: what a translator still has to do.
  std::vector<std::string> missing(const std::string& lang) const;

 private:
  struct Message {
    std::map<std::string, std::string> forms;  // "" for a plain message, else "one", "few", "other", ...
  };
  using Messages = std::map<std::string, Message>;
  const Message* find(const std::string& lang, const std::string& key) const;

  std::vector<std::string> languages_;
  std::map<std::string, std::string> names_;
  std::map<std::string, Messages> messages_;  // by language
};

}  // namespace accord::web
