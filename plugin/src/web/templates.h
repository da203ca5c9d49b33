// The page templates (templates/html/*.mustache), compiled once at start, once per
// language of the message catalogue beside them (catalogue.h: {{t:key}} becomes
// that language's text before compiling). Every page is rendered into the layout,
// which carries the header, navigation and footer. Templates are logic-less; the
// view models (view_*.cpp) prepare the rest.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>

#include <kainjow/mustache.hpp>

#include "accord/domain/result.h"
#include "catalogue.h"

namespace accord::web {

using Data = kainjow::mustache::data;
using List = kainjow::mustache::list;

// Text for a template: kainjow treats every string, even an empty one, as true in
// a {{#section}}, so text a template tests comes as false when empty.
inline Data text(const std::string& s) { return s.empty() ? Data(false) : Data(s); }

class Templates {
 public:
  // Compiles every *.mustache in `htmlDir` (files named "_x.mustache" are
  // partials, included as {{>x}}) in every language of the catalogue there
  // (messages.<lang>.json, English required); "layout" must be among them. Returns kNotFound for a missing directory or layout,
  // kInvalidArgument naming the file that does not parse or the message it lacks.
  static domain::Result<Templates> load(const std::string& htmlDir);

  // `page` rendered with `view`, then placed in the layout as its body. `view` also
  // feeds the layout (title, user, csrf). kainjow's {{x}} escapes & < > " ' and
  // every template prints user text that way; only the rendered body goes in raw.
  // In English.
  std::string render(const std::string& page, Data view) const;
  // In `language` (one of languages()); `beforeLayout` sees the rendered body and
  // may add to what the layout shows (the footnotes of the country names the body prints).
  using BodyHook = std::function<void(const std::string& body, Data& view)>;
  std::string render(const std::string& language, const std::string& page, Data view,
                     const BodyHook& beforeLayout) const;

  bool has(const std::string& page) const { return english().pages.count(page) > 0; }
  const std::vector<std::string>& languages() const { return catalogue_->languages(); }
  // The words of the UI; shared, so that a Templates copies cheaply.
  const Catalogue& catalogue() const { return *catalogue_; }

 private:
  struct Set {
    std::map<std::string, std::shared_ptr<kainjow::mustache::mustache>> pages;
    std::map<std::string, std::string> partials;  // _name.mustache, by name
  };
  const Set& english() const { return sets_.at("en"); }

  std::shared_ptr<const Catalogue> catalogue_;
  std::map<std::string, Set> sets_;  // by language
};

}  // namespace accord::web
