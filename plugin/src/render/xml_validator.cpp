#include "accord/render/xml_validator.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "xml_errors.h"

namespace accord::render {
namespace fs = std::filesystem;

namespace {

// Compiles the XSD at `path`. Returns nullptr and sets `error` when it does not compile.
xmlSchemaPtr compileSchema(const std::string& path, std::string& error) {
  XmlErrorCollector collector;
  xmlSchemaParserCtxtPtr ctxt = xmlSchemaNewParserCtxt(path.c_str());
  xmlSchemaSetParserStructuredErrors(ctxt, &XmlErrorCollector::onError, &collector);
  xmlSchemaPtr schema = xmlSchemaParse(ctxt);
  xmlSchemaFreeParserCtxt(ctxt);
  if (!schema)
    error = "XML schema does not compile: " + (collector.issues().empty() ? path + ": does not compile"
                                                                          : describe(collector.issues().front(), path));
  return schema;
}

}  // namespace

struct XmlValidator::Impl {
  struct Schema {
    std::string file;  // "declaration.xsd", "akoma-ntoso/akomantoso30.xsd"
    std::string path;
    // A sub-folder's schema is compiled the first time a document needs it (see
    // the header); `once` makes that happen on one thread while the others wait.
    std::once_flag once;
    xmlSchemaPtr schema = nullptr;
    std::string error;  // why a lazily compiled schema did not compile

    xmlSchemaPtr compiled() {
      std::call_once(once, [this] {
        if (!schema) schema = compileSchema(path, error);
      });
      return schema;
    }
  };
  std::vector<std::unique_ptr<Schema>> schemas;  // stable addresses: once_flag cannot move
  std::map<std::pair<std::string, std::string>, std::size_t> byRoot;  // (namespace, name) -> schema

  ~Impl() {
    for (auto& s : schemas) xmlSchemaFree(s->schema);
  }

  XmlValidation check(xmlDocPtr doc, std::size_t index) const {
    XmlValidation out;
    Schema& s = *schemas[index];
    out.schema = s.file;
    xmlSchemaPtr schema = s.compiled();
    if (!schema) {
      out.issues.push_back({0, 0, s.file + ": " + s.error});
      return out;
    }
    XmlErrorCollector collector;
    xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt(schema);
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

namespace {

std::vector<fs::path> xsdFiles(const fs::path& dir) {
  std::error_code ec;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".xsd" && it->is_regular_file(ec)) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

domain::Result<XmlValidator> XmlValidator::load(const std::string& schemaDir) {
  xmlInitParser();  // once, before any thread validates
  std::vector<fs::path> files = xsdFiles(schemaDir);
  if (files.empty())
    return domain::Error::notFound("no XML schema (*.xsd) found in '" + schemaDir + "'", "schemaDir");

  auto impl = std::make_unique<Impl>();
  auto add = [&](const fs::path& path, const std::string& name, xmlSchemaPtr schema) {
    auto s = std::make_unique<Impl::Schema>();
    s->file = name;
    s->path = path.string();
    s->schema = schema;
    impl->schemas.push_back(std::move(s));
    for (auto& root : rootsOf(path.string())) impl->byRoot.emplace(root, impl->schemas.size() - 1);
  };
  for (const auto& path : files) {
    std::string error;
    xmlSchemaPtr schema = compileSchema(path.string(), error);
    if (!schema) return domain::Error::invalid(path.string(), error);
    add(path, path.filename().string(), schema);
  }
  // A sub-folder holds a standard's own schema with the files it imports; only
  // the files that declare elements are schemas a document is validated against.
  std::error_code ec;
  std::vector<fs::path> folders;
  for (fs::directory_iterator it(schemaDir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_directory(ec)) folders.push_back(it->path());
  std::sort(folders.begin(), folders.end());
  for (const auto& folder : folders)
    for (const auto& path : xsdFiles(folder))
      if (!rootsOf(path.string()).empty())
        add(path, folder.filename().string() + "/" + path.filename().string(), nullptr);
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
                         [&](const std::unique_ptr<Impl::Schema>& s) { return s->file == schemaFile; });
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
  for (const auto& s : impl_->schemas) out.push_back(s->file);
  return out;
}

}  // namespace accord::render
