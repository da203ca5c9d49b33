// Matches a request's method and path against the route templates. Path
// parameters ({id}) match one non-empty segment each and are percent-decoded.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "route.h"

namespace accord::http {

using PathParams = std::vector<std::pair<std::string, std::string>>;

struct Match {
  const Route* route = nullptr;  // null: no route for this method (see allow)
  std::size_t index = 0;         // the route's position, for per-route metrics
  PathParams params;
  std::string allow;             // methods the path has, when it has any: "GET, PUT"
};

class Router {
 public:
  void add(Route route);
  // Returns the match, or a Match without route: `allow` empty when no template
  // fits the path (404), else the methods it accepts (405).
  Match match(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Compiled {
    std::vector<std::string> segments;  // "{id}" marks a parameter
  };
  static bool fits(const Compiled& c, const std::vector<std::string>& segments, PathParams* params);
  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;
};

std::vector<std::string> splitPath(const std::string& path);

}  // namespace accord::http
