// The message catalogue in the language of one page: what pages and view models
// ask for the words they build at run time (titles, state labels, flash messages,
// errors, dates), where the templates' own words come in as {{t:key}} at compile
// time. Every Visit carries one (web.cpp sets it from the page's language).
#pragma once

#include <string>

#include "accord/domain/date.h"
#include "catalogue.h"

namespace accord::web {

class Wording {
 public:
  // No catalogue: every message is its key. Only a Visit built by hand (a router
  // unit test) has none; the server always sets one.
  Wording() = default;
  Wording(const Catalogue& catalogue, std::string language);

  const std::string& language() const { return language_; }

  // The message `key` in this language, else in English; {{name}} replaced by args.
  std::string operator()(const std::string& key) const;
  std::string operator()(const std::string& key, const Catalogue::Args& args) const;
  // The plural form of `key` that `n` takes here ("1 country", "5 стран").
  std::string count(const std::string& key, long long n, const Catalogue::Args& args = {}) const;
  // "28 October 2016", "28 octobre 2016", "28 октября 2016 г.": the documents' date words.
  std::string date(const domain::Date& d) const;

 private:
  const Catalogue* catalogue_ = nullptr;
  std::string language_ = "en";
};

}  // namespace accord::web
