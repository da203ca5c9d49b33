#include "templates.h"

#include <fstream>
#include <sstream>

#include <Poco/DirectoryIterator.h>
#include <Poco/File.h>
#include <Poco/Path.h>

namespace accord::web {

domain::Result<Templates> Templates::load(const std::string& htmlDir) {
  Templates out;
  if (!Poco::File(htmlDir).exists())
    return domain::Error::notFound("no page templates in " + htmlDir, "templates.dir");
  for (Poco::DirectoryIterator it(htmlDir), end; it != end; ++it) {
    Poco::Path p(it->path());
    if (p.getExtension() != "mustache" || !it->isFile()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (p.getBaseName().front() == '_') {  // a partial, included with {{>name}} (without the "_")
      out.partials_[p.getBaseName().substr(1)] = text.str();
      continue;
    }
    auto t = std::make_shared<kainjow::mustache::mustache>(text.str());
    if (!t->is_valid())
      return domain::Error::invalid("templates.dir", it->path() + ": " + t->error_message());
    out.compiled_[p.getBaseName()] = std::move(t);
  }
  if (!out.has("layout")) return domain::Error::notFound("no layout.mustache in " + htmlDir, "templates.dir");
  return out;
}

std::string Templates::render(const std::string& page, Data view) const { return render(page, std::move(view), {}); }

std::string Templates::render(const std::string& page, Data view, const BodyHook& beforeLayout) const {
  auto it = compiled_.find(page);
  if (it == compiled_.end()) throw std::logic_error("no page template " + page);
  // Partials are our own template files, so their text is template source.
  for (const auto& [name, source] : partials_) {
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
  compiled_.at("layout")->render(view, [&html](const std::string& piece) { html += piece; });
  return html;
}

}  // namespace accord::web
