#include "xml_errors.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

namespace accord::render {

XmlErrorCollector::XmlErrorCollector()
    : previousContext_(xmlStructuredErrorContext), previousHandler_(xmlStructuredError) {
  xmlSetStructuredErrorFunc(this, &XmlErrorCollector::onError);
}

XmlErrorCollector::~XmlErrorCollector() { xmlSetStructuredErrorFunc(previousContext_, previousHandler_); }

void XmlErrorCollector::onError(void* self, xmlErrorPtr error) {
  if (!self || !error || error->level == XML_ERR_WARNING) return;
  std::string message = error->message ? error->message : "unknown XML error";
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  static_cast<XmlErrorCollector*>(self)->issues_.push_back({error->line, error->int2, message});
}

xmlDocPtr parseXml(std::string_view xml, const char* name, std::vector<XmlIssue>& issues) {
  XmlErrorCollector collector;
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), name, nullptr,
                                XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING);
  if (!doc && collector.issues().empty()) collector.issues().push_back({0, 0, "the document is not XML"});
  if (!doc) issues.insert(issues.end(), collector.issues().begin(), collector.issues().end());
  return doc;
}

std::string describe(const XmlIssue& issue, const std::string& file) {
  std::string out = file;
  if (issue.line > 0) out += ":" + std::to_string(issue.line);
  if (issue.column > 0) out += ":" + std::to_string(issue.column);
  return out + ": " + issue.message;
}

}  // namespace accord::render
