// The stylesheet and scripts under templates/html/static/, with their content
// types and a long cache life (the layout links them with a version query).
#include <fstream>
#include <sstream>

#include "page.h"
#include "pages.h"

namespace accord::web {

namespace {
const char* contentTypeOf(const std::string& file) {
  auto ends = [&](const char* ext) {
    std::string e(ext);
    return file.size() >= e.size() && file.compare(file.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  return nullptr;
}

bool safeName(const std::string& file) {
  if (file.empty() || file.find("..") != std::string::npos || file.front() == '/') return false;
  for (char c : file)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == '/')) return false;
  return true;
}
}  // namespace

Reply staticFile(const Site& site, Visit& v) {
  std::string file = v.param("file");
  const char* type = contentTypeOf(file);
  if (!safeName(file) || !type) return errorPage(site, v, domain::Error::notFound("no such file"));
  std::ifstream in(site.services.templatesDir + "/html/static/" + file, std::ios::binary);
  if (!in) return errorPage(site, v, domain::Error::notFound("no such file"));
  std::stringstream bytes;
  bytes << in.rdbuf();
  Reply r;
  r.contentType = type;
  r.body = bytes.str();
  r.headers.emplace_back("Cache-Control", "public, max-age=31536000, immutable");
  return r;
}

}  // namespace accord::web
