#include "accord/render/xml_validator.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "xml_errors.h"

namespace accord::render {
namespace fs = std::filesystem;

struct XmlValidator::Impl {
  struct Schema {
    std::string file;
    xmlSchemaPtr schema = nullptr;
  };
  std::vector<Schema> schemas;
  std::map<std::pair<std::string, std::string>, std::size_t> byRoot;  // (namespace, name) -> schema

  ~Impl() {
    for (auto& s : schemas) xmlSchemaFree(s.schema);
  }

  XmlValidation check(xmlDocPtr doc, std::size_t index) const {
    XmlValidation out;
    out.schema = schemas[index].file;
    XmlErrorCollector collector;
    xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt(schemas[index].schema);
    xmlSchemaSetValidStructuredErrors(ctxt, &XmlErrorCollector::onError, &collector);
    int rc = xmlSchemaValidateDoc(ctxt, doc);
    xmlSchemaFreeValidCtxt(ctxt);
    out.issues = std::move(collector.issues());
    if (rc != 0 && out.issues.empty())
      out.issues.push_back({0, 0, "validation failed without a message (libxml2 code " + std::to_string(rc) + ")"});
    return out;
  }
};

namespace {

std::string attribute(xmlNodePtr node, const char* name) {
  xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  std::string out = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

bool isXsd(xmlNodePtr node, const char* localName) {
  return node->type == XML_ELEMENT_NODE && node->ns &&
         xmlStrEqual(node->ns->href, reinterpret_cast<const xmlChar*>("http://www.w3.org/2001/XMLSchema")) &&
         xmlStrEqual(node->name, reinterpret_cast<const xmlChar*>(localName));
}

// The global element names a schema declares, read from the XSD itself so that a
// new schema needs no registration in code.
std::vector<std::pair<std::string, std::string>> rootsOf(const std::string& path) {
  std::vector<std::pair<std::string, std::string>> out;
  xmlDocPtr doc = xmlReadFile(path.c_str(), nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) return out;
  xmlNodePtr root = xmlDocGetRootElement(doc);
  if (root && isXsd(root, "schema")) {
    std::string ns = attribute(root, "targetNamespace");
    for (xmlNodePtr c = root->children; c; c = c->next)
      if (isXsd(c, "element")) out.emplace_back(ns, attribute(c, "name"));
  }
  xmlFreeDoc(doc);
  return out;
}

}  // namespace

XmlValidator::XmlValidator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
XmlValidator::XmlValidator(XmlValidator&&) noexcept = default;
XmlValidator& XmlValidator::operator=(XmlValidator&&) noexcept = default;
XmlValidator::~XmlValidator() = default;

domain::Result<XmlValidator> XmlValidator::load(const std::string& schemaDir) {
  xmlInitParser();  // once, before any thread validates
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(schemaDir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".xsd") files.push_back(it->path());
  if (files.empty())
    return domain::Error::notFound("no XML schema (*.xsd) found in '" + schemaDir + "'", "schemaDir");
  std::sort(files.begin(), files.end());

  auto impl = std::make_unique<Impl>();
  for (const auto& path : files) {
    XmlErrorCollector collector;
    xmlSchemaParserCtxtPtr ctxt = xmlSchemaNewParserCtxt(path.string().c_str());
    xmlSchemaSetParserStructuredErrors(ctxt, &XmlErrorCollector::onError, &collector);
    xmlSchemaPtr schema = xmlSchemaParse(ctxt);
    xmlSchemaFreeParserCtxt(ctxt);
    if (!schema) {
      std::string message = collector.issues().empty() ? path.string() + ": does not compile"
                                                       : describe(collector.issues().front(), path.string());
      return domain::Error::invalid(path.string(), "XML schema does not compile: " + message);
    }
    impl->schemas.push_back({path.filename().string(), schema});
    for (auto& root : rootsOf(path.string())) impl->byRoot.emplace(root, impl->schemas.size() - 1);
  }
  return XmlValidator(std::move(impl));
}

XmlValidation XmlValidator::validate(std::string_view xml) const {
  XmlValidation out;
  xmlDocPtr doc = parseXml(xml, "document.xml", out.issues);
  if (!doc) return out;
  xmlNodePtr root = xmlDocGetRootElement(doc);
  std::string ns = root && root->ns ? reinterpret_cast<const char*>(root->ns->href) : "";
  std::string name = root ? reinterpret_cast<const char*>(root->name) : "";
  auto it = impl_->byRoot.find({ns, name});
  if (it == impl_->byRoot.end()) {
    out.issues.push_back({root ? static_cast<int>(xmlGetLineNo(root)) : 0, 0,
                          "no schema declares the root element {" + ns + "}" + name});
  } else {
    out = impl_->check(doc, it->second);
  }
  xmlFreeDoc(doc);
  return out;
}

XmlValidation XmlValidator::validateWith(std::string_view xml, const std::string& schemaFile) const {
  XmlValidation out;
  auto it = std::find_if(impl_->schemas.begin(), impl_->schemas.end(),
                         [&](const Impl::Schema& s) { return s.file == schemaFile; });
  if (it == impl_->schemas.end()) {
    out.issues.push_back({0, 0, "no schema named '" + schemaFile + "' is loaded"});
    return out;
  }
  xmlDocPtr doc = parseXml(xml, "document.xml", out.issues);
  if (!doc) return out;
  out = impl_->check(doc, static_cast<std::size_t>(it - impl_->schemas.begin()));
  xmlFreeDoc(doc);
  return out;
}

std::vector<std::string> XmlValidator::schemas() const {
  std::vector<std::string> out;
  for (const auto& s : impl_->schemas) out.push_back(s.file);
  return out;
}

}  // namespace accord::render
