#include "template_lint.h"

#include <libxml/tree.h>

#include "xml_errors.h"

namespace accord::render {
namespace {

domain::Error failAt(const std::string& text, const std::string& file, std::size_t offset,
                     const std::string& message) {
  TextPosition p = positionOf(text, offset);
  return domain::Error::invalid(file, file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) +
                                          ": " + message);
}

// kainjow ends its parse errors with " at <byte offset>".
std::size_t offsetIn(const std::string& message) {
  auto at = message.rfind(" at ");
  if (at == std::string::npos) return 0;
  try {
    return static_cast<std::size_t>(std::stoul(message.substr(at + 4)));
  } catch (const std::exception&) {
    return 0;
  }
}

}  // namespace

TextPosition positionOf(const std::string& text, std::size_t offset) {
  TextPosition p;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++p.line;
      p.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // count characters, not UTF-8 continuation bytes
      ++p.column;
    }
  }
  return p;
}

domain::Result<kainjow::mustache::mustache> compileTemplate(const std::string& text, const std::string& file) {
  // Delimiter changes are refused below, so "{{" finds every tag.
  for (std::size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at + 2)) {
    char kind = at + 2 < text.size() ? text[at + 2] : '\0';
    if (kind == '{' || kind == '&')
      return failAt(text, file, at, "unescaped tags ({{{...}}} and {{&...}}) are not allowed: user text must be "
                                    "escaped, write {{name}}");
    if (kind == '>') return failAt(text, file, at, "partials ({{>...}}) are not supported");
    if (kind == '=') return failAt(text, file, at, "changing the delimiters ({{=...=}}) is not supported");
  }
  kainjow::mustache::mustache compiled(text);
  if (!compiled.is_valid()) {
    std::string message = compiled.error_message();
    std::size_t offset = offsetIn(message);
    if (auto at = message.rfind(" at "); at != std::string::npos) message.erase(at);
    return failAt(text, file, offset, "Mustache: " + message);
  }
  return domain::Result<kainjow::mustache::mustache>(std::move(compiled));
}

domain::Status lintMustache(const std::string& text, const std::string& file) {
  auto compiled = compileTemplate(text, file);
  if (!compiled.ok()) return compiled.error();
  return {};
}

domain::Status lintXml(const std::string& text, const std::string& file) {
  std::vector<XmlIssue> issues;
  xmlDocPtr doc = parseXml(text, file.c_str(), issues);
  if (doc) {
    xmlFreeDoc(doc);
    return {};
  }
  return domain::Error::invalid(file, "not well-formed XML: " + describe(issues.front(), file));
}

}  // namespace accord::render
