// XSD validation with libxml2. The validator loads every schema of a folder once
// and picks, for each document, the schema whose target namespace declares the
// document's root element. One validator serves Accord's own schemas and the
// standards' schemas kept in sub-folders (schema/akoma-ntoso/).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "accord/domain/result.h"

namespace accord::render {

struct XmlIssue {
  int line = 0;    // 1-based; 0 when libxml2 could not tell
  int column = 0;  // 1-based; 0 when libxml2 could not tell
  std::string message;
};

struct XmlValidation {
  std::string schema;            // file name of the XSD used; empty if none applied
  std::vector<XmlIssue> issues;  // empty: well-formed and valid
  bool ok() const { return issues.empty(); }
};

class XmlValidator {
 public:
  // Compiles every *.xsd in `schemaDir`. Returns kNotFound if the folder holds
  // none, kInvalidArgument naming the file when a schema does not compile.
  // The *.xsd files of its sub-folders that declare elements are schemas too,
  // named "folder/file.xsd", but compiled the first time a document needs one:
  // Akoma Ntoso's 240 KB schema takes a quarter to most of a second to compile,
  // which a start that never validates such a document should not pay. Such a
  // schema that does not compile is then an issue of that document.
  static domain::Result<XmlValidator> load(const std::string& schemaDir);

  XmlValidator(XmlValidator&&) noexcept;
  XmlValidator& operator=(XmlValidator&&) noexcept;
  ~XmlValidator();

  // Parses `xml` (no network, no external entities) and validates it against the
  // schema that declares its root element. Malformed XML, a root element no schema
  // declares, and every schema violation come back as issues with line numbers.
  XmlValidation validate(std::string_view xml) const;

  // As validate(), but against the named schema ("declaration.xsd") whatever the
  // root element is. An unknown schema name is an issue.
  XmlValidation validateWith(std::string_view xml, const std::string& schemaFile) const;

  // The loaded schema file names, sorted.
  std::vector<std::string> schemas() const;

 private:
  struct Impl;
  explicit XmlValidator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace accord::render
