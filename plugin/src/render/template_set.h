// The compiled templates of one document in one format: for DOCX a folder of
// package parts, for XML a single file. Parts whose file name ends in ".mustache"
// are rendered, the others copied as they are.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <kainjow/mustache.hpp>

#include "accord/domain/result.h"
#include "docx_package.h"
#include "view_builder.h"

namespace accord::render {

struct TemplatePart {
  std::string name;    // the part's name in the package: "word/document.xml"
  std::string source;  // the file it comes from, for messages
  std::string content;  // a copied part's bytes
  DeflatedPart deflated;  // a copied part of a DOCX folder, deflated once at load
  // A rendered part. kainjow's render() is not const only because partials and
  // lambdas can record an error; lintMustache refuses partials and views hold no
  // lambdas, so rendering never writes and concurrent renders are safe.
  mutable std::optional<kainjow::mustache::mustache> compiled;

  bool rendered() const { return compiled.has_value(); }
  // Appends the rendered (or copied) part to `out`.
  void renderTo(const Data& view, std::string& out) const;
};

class TemplateSet {
 public:
  // Loads every file under `dir` as a part (names relative to `dir`, "/"-separated;
  // files and folders starting with "." other than ".rels" are skipped). Returns kNotFound if `dir` is
  // not a folder or lacks [Content_Types].xml, _rels/.rels or word/document.xml,
  // and the lint errors (template_lint.h) of the first broken part. Every part
  // named *.xml or *.rels must be well-formed XML.
  static domain::Result<TemplateSet> loadDocx(const std::string& dir);

  // Loads one XML template. Returns kNotFound if the file cannot be read, or its
  // lint error.
  static domain::Result<TemplateSet> loadXml(const std::string& file);

  const std::vector<TemplatePart>& parts() const { return parts_; }
  const std::string& source() const { return source_; }

 private:
  std::string source_;
  std::vector<TemplatePart> parts_;  // sorted by name
};

// Reads a whole file. Returns kNotFound naming the path if it cannot be read.
domain::Result<std::string> readFile(const std::string& path);

}  // namespace accord::render
