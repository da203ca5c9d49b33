// Sends each request under the plugin's mount prefix to the REST API (/api/...,
// /healthz, /metrics) or to the browser UI (every other path), so that one mount
// serves both.
#pragma once

#include <string>

#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace accord::plugin {

class PageOrApiFactory final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  PageOrApiFactory(std::string mountPrefix, Poco::Net::HTTPRequestHandlerFactory::Ptr api,
                   Poco::Net::HTTPRequestHandlerFactory::Ptr pages);
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

  // Whether `path` (below the mount prefix, query included or not) is the API's.
  static bool isApiPath(const std::string& path);

 private:
  std::string prefix_;
  Poco::Net::HTTPRequestHandlerFactory::Ptr api_;
  Poco::Net::HTTPRequestHandlerFactory::Ptr pages_;
};

}  // namespace accord::plugin
