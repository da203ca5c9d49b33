// Sends each request under the plugin's mount prefix to the browser UI when one of
// its pages answers the path, else to the REST API (/api/..., /healthz, /metrics,
// and the 404 of an unknown path, which the API counts in its metrics), so that
// one mount serves both.
#pragma once

#include <functional>
#include <string>

#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace accord::plugin {

class PageOrApiFactory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  // `isPage` says whether the UI answers a path below the prefix (web::Web::serves).
  PageOrApiFactory(std::string mountPrefix, Poco::Net::HTTPRequestHandlerFactory::Ptr api,
                   Poco::Net::HTTPRequestHandlerFactory::Ptr pages, std::function<bool(const std::string&)> isPage);
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

  // Whether `path` (below the mount prefix, query included or not) is the API's.
  static bool isApiPath(const std::string& path);

 private:
  std::string prefix_;
  Poco::Net::HTTPRequestHandlerFactory::Ptr api_;
  Poco::Net::HTTPRequestHandlerFactory::Ptr pages_;
  std::function<bool(const std::string&)> isPage_;
};

}  // namespace accord::plugin
