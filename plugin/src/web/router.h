// Matches a method and path against the page routes: "/declarations/{id}" binds
// "id" to one path segment (URL-decoded). Static files match "/static/{*file}".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "exchange.h"
#include "site.h"

namespace accord::web {

using PageFn = Reply (*)(const Site&, Visit&);

// Who a page is served to.
enum class Access {
  kAnyone,    // the sign-in form and static files
  kSignedIn,  // everything else: without a session, the sign-in form instead
};

struct Route {
  const char* method;
  const char* pattern;
  PageFn page;
  Access access;
};

struct Match {
  const Route* route = nullptr;
  Fields params;
  bool otherMethod = false;  // the path matched under another method only
};

// The first route matching; route == nullptr when none does.
Match matchRoute(const std::vector<Route>& routes, const std::string& method, const std::string& path);

// Every page of the UI.
const std::vector<Route>& pageRoutes();

}  // namespace accord::web
