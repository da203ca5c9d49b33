// Collecting libxml2's errors as values. libxml2 reports through a callback; the
// guard installs one for the current thread (libxml2 keeps the handler per thread)
// and restores the previous one when it goes out of scope.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

#include "accord/render/xml_validator.h"

namespace accord::render {

class XmlErrorCollector {
 public:
  XmlErrorCollector();
  ~XmlErrorCollector();
  XmlErrorCollector(const XmlErrorCollector&) = delete;
  XmlErrorCollector& operator=(const XmlErrorCollector&) = delete;

  std::vector<XmlIssue>& issues() { return issues_; }
  // The callback, public so that schema validation contexts can use it too.
  static void onError(void* self, xmlErrorPtr error);

 private:
  std::vector<XmlIssue> issues_;
  void* previousContext_;
  xmlStructuredErrorFunc previousHandler_;
};

// Parses `xml` without network access, DTD loading or entity substitution (so no
// external entity can be pulled in). Returns nullptr and fills `issues` when the
// text is not well-formed. The caller frees the document with xmlFreeDoc.
xmlDocPtr parseXml(std::string_view xml, const char* name, std::vector<XmlIssue>& issues);

// "file:12:5: message" for a person reading a terminal.
std::string describe(const XmlIssue& issue, const std::string& file);

}  // namespace accord::render
