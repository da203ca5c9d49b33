#include "templates.h"

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
#include <Poco/Path.h>

#include "accord/base/file_text.h"

namespace accord::web {

domain::Result<Templates> Templates::load(const std::string& htmlDir) {
  Templates out;
  if (!Poco::File(htmlDir).exists())
    return domain::Error::notFound("no page templates in " + htmlDir, "templates.dir");
  auto catalogue = Catalogue::load(htmlDir);
  if (!catalogue.ok()) return catalogue.error();
  out.catalogue_ = std::make_shared<const Catalogue>(std::move(catalogue).value());
  std::vector<std::pair<std::string, std::string>> files;  // (path, source)
  for (Poco::DirectoryIterator it(htmlDir), end; it != end; ++it)
    if (Poco::Path(it->path()).getExtension() == "mustache" && it->isFile())
      files.emplace_back(it->path(), base::fileText(it->path()));
  for (const std::string& lang : out.catalogue_->languages()) {
    Set& set = out.sets_[lang];
    for (const auto& [path, source] : files) {
      auto text = out.catalogue_->translate(lang, source, path);
      if (!text.ok()) return text.error();
      const std::string base = Poco::Path(path).getBaseName();
      if (base.front() == '_') {  // a partial, included with {{>name}} (without the "_")
        set.partials[base.substr(1)] = std::move(text).value();
        continue;
      }
      auto t = std::make_shared<kainjow::mustache::mustache>(text.value());
      if (!t->is_valid()) return domain::Error::invalid("templates.dir", path + ": " + t->error_message());
      set.pages[base] = std::move(t);
    }
  }
  if (!out.has("layout")) return domain::Error::notFound("no layout.mustache in " + htmlDir, "templates.dir");
  return out;
}

std::string Templates::render(const std::string& page, Data view) const {
  return render("en", page, std::move(view), {});
}

std::string Templates::render(const std::string& language, const std::string& page, Data view,
                              const BodyHook& beforeLayout) const {
  auto lang = sets_.find(language);
  const Set& set = lang == sets_.end() ? english() : lang->second;
  auto it = set.pages.find(page);
  if (it == set.pages.end()) throw std::logic_error("no page template " + page);
  // Partials are our own template files, so their text is template source.
  for (const auto& [name, source] : set.partials) {
    std::string text = source;
    view.set(name, Data(kainjow::mustache::partial([text]() { return text; })));
  }
  std::string body;
  it->second->render(view, [&body](const std::string& piece) { body += piece; });
  // The body is our own rendered HTML in which user text is already escaped: the
  // layout prints it with {{{body}}}, the one triple mustache, never re-parsed.
  if (beforeLayout) beforeLayout(body, view);
  view.set("body", body);
  std::string html;
  set.pages.at("layout")->render(view, [&html](const std::string& piece) { html += piece; });
  return html;
}

}  // namespace accord::web
