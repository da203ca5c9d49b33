#include "router.h"

#include <cstring>

#include <Poco/Exception.h>
#include <Poco/URI.h>

namespace accord::web {

namespace {

std::vector<std::string> segments(const std::string& path) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '/') { ++i; continue; }
    std::size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    out.push_back(path.substr(i, j - i));
    i = j;
  }
  return out;
}

bool matches(const char* pattern, const std::string& path, Fields& params) {
  auto want = segments(pattern);
  auto got = segments(path);
  for (std::size_t i = 0; i < want.size(); ++i) {
    const std::string& w = want[i];
    if (w.size() > 3 && w.compare(0, 2, "{*") == 0) {  // the rest of the path
      if (i >= got.size()) return false;
      std::string rest;
      for (std::size_t k = i; k < got.size(); ++k) rest += (k > i ? "/" : "") + got[k];
      params[w.substr(2, w.size() - 3)] = rest;
      return true;
    }
    if (i >= got.size()) return false;
    if (w.size() > 2 && w.front() == '{' && w.back() == '}') {
      std::string decoded;
      try {
        Poco::URI::decode(got[i], decoded);
      } catch (const Poco::Exception&) {
        return false;  // a segment that cannot be decoded names no page
      }
      params[w.substr(1, w.size() - 2)] = decoded;
    } else if (w != got[i]) {
      return false;
    }
  }
  return want.size() == got.size();
}

}  // namespace

Match matchRoute(const std::vector<Route>& routes, const std::string& method, const std::string& path) {
  Match m;
  for (const Route& r : routes) {
    Fields params;
    if (!matches(r.pattern, path, params)) continue;
    if (method != r.method && !(method == "HEAD" && std::strcmp(r.method, "GET") == 0)) {
      m.otherMethod = true;
      continue;
    }
    m.route = &r;
    m.params = std::move(params);
    m.otherMethod = false;
    return m;
  }
  return m;
}

}  // namespace accord::web
