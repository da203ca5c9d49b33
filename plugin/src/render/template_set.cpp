#include "template_set.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "template_lint.h"

namespace accord::render {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kTemplateSuffix = ".mustache";

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Loads one file as a part named `name` (the ".mustache" suffix removed).
domain::Result<TemplatePart> loadPart(const std::string& path, std::string name) {
  auto content = readFile(path);
  if (!content.ok()) return content.error();
  TemplatePart part;
  part.source = path;
  bool isTemplate = endsWith(name, kTemplateSuffix);
  if (isTemplate) name.resize(name.size() - kTemplateSuffix.size());
  part.name = std::move(name);
  if (isTemplate) {
    auto compiled = compileTemplate(*content, path);
    if (!compiled.ok()) return compiled.error();
    part.compiled.emplace(std::move(compiled).value());
  }
  if (endsWith(part.name, ".xml") || endsWith(part.name, ".rels")) {
    if (auto s = lintXml(*content, path); !s.ok()) return s.error();
  }
  if (isTemplate) {
    // The raw text passing lintXml shows the part is well-formed with every
    // section present; rendering it with an empty view shows the same with every
    // section absent. A section that opens inside one element and closes inside
    // another fails one of the two.
    if (endsWith(part.name, ".xml") || endsWith(part.name, ".rels")) {
      std::string bare;
      part.renderTo(makeRoot(), bare);
      if (auto s = lintXml(bare, path + " (rendered with every section empty)"); !s.ok()) return s.error();
    }
  } else {
    part.content = std::move(*content);
  }
  return part;
}

}  // namespace

void TemplatePart::renderTo(const Data& view, std::string& out) const {
  if (!compiled) {
    out += content;
    return;
  }
  compiled->render(view, [&out](const std::string& piece) { out += piece; });
}

domain::Result<std::string> readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return domain::Error::notFound("cannot read '" + path + "'", path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

domain::Result<TemplateSet> TemplateSet::loadDocx(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return domain::Error::notFound("no template folder '" + dir + "'", dir);
  TemplateSet set;
  set.source_ = dir;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::string leaf = it->path().filename().string();
    // Hidden entries (.git, .DS_Store, editor swap files) are not parts; ".rels"
    // is, since OPC names relationship parts that way.
    if (!leaf.empty() && leaf[0] == '.' && leaf != ".rels" && leaf != ".rels.mustache") {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file()) continue;
    std::string name = fs::relative(it->path(), dir).generic_string();
    auto part = loadPart(it->path().string(), name);
    if (!part.ok()) return part.error();
    if (!part->rendered()) part->deflated = deflatePart(part->name, part->content, 6);
    set.parts_.push_back(std::move(part).value());
  }
  if (ec) return domain::Error::notFound("cannot list '" + dir + "': " + ec.message(), dir);
  std::sort(set.parts_.begin(), set.parts_.end(),
            [](const TemplatePart& a, const TemplatePart& b) { return a.name < b.name; });
  for (const char* required : {"[Content_Types].xml", "_rels/.rels", "word/document.xml"}) {
    bool present = std::any_of(set.parts_.begin(), set.parts_.end(),
                               [&](const TemplatePart& p) { return p.name == required; });
    if (!present)
      return domain::Error::notFound("template folder '" + dir + "' has no " + required +
                                         " (nor " + required + ".mustache)",
                                     dir);
  }
  return set;
}

domain::Result<TemplateSet> TemplateSet::loadXml(const std::string& file) {
  std::string name = fs::path(file).filename().string();
  auto part = loadPart(file, name);
  if (!part.ok()) return part.error();
  TemplateSet set;
  set.source_ = file;
  set.parts_.push_back(std::move(part).value());
  return set;
}

}  // namespace accord::render
