// Checks a template when it is loaded, so that a broken custom template is reported
// naming its file and position instead of producing a corrupt download later.
#pragma once

#include <cstddef>
#include <string>

#include <kainjow/mustache.hpp>

#include "accord/domain/result.h"

namespace accord::render {

// 1-based line and column (in characters) of byte `offset` in `text`.
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;
};
TextPosition positionOf(const std::string& text, std::size_t offset);

// Returns the compiled template, or kInvalidArgument (field `file`, message
// "file:line:column: ...") for a tag that could print user text unescaped or
// interpret it as a template — {{{x}}}, {{&x}}, partials {{>x}} and delimiter
// changes {{=...=}} — and for a template kainjow cannot parse (unclosed tag or
// section, unopened section).
domain::Result<kainjow::mustache::mustache> compileTemplate(const std::string& text, const std::string& file);
// As compileTemplate, keeping only the verdict.
domain::Status lintMustache(const std::string& text, const std::string& file);

// Returns kInvalidArgument naming the file, line and column when `text` (tags
// included, since they stand in text and attribute values) is not well-formed XML.
domain::Status lintXml(const std::string& text, const std::string& file);

}  // namespace accord::render
