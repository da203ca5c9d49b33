#include "page_or_api_factory.h"

#include <Poco/Net/HTTPServerRequest.h>

namespace accord::plugin {

PageOrApiFactory::PageOrApiFactory(std::string mountPrefix, Poco::Net::HTTPRequestHandlerFactory::Ptr api,
                                   Poco::Net::HTTPRequestHandlerFactory::Ptr pages,
                                   std::function<bool(const std::string&)> isPage)
    : prefix_(std::move(mountPrefix)), api_(std::move(api)), pages_(std::move(pages)), isPage_(std::move(isPage)) {}

bool PageOrApiFactory::isApiPath(const std::string& path) {
  auto is = [&](const std::string& root) {
    return path.compare(0, root.size(), root) == 0 &&
           (path.size() == root.size() || path[root.size()] == '/' || path[root.size()] == '?');
  };
  return is("/api") || is("/healthz") || is("/metrics");
}

Poco::Net::HTTPRequestHandler* PageOrApiFactory::createRequestHandler(const Poco::Net::HTTPServerRequest& request) {
  const std::string& uri = request.getURI();
  std::string below = uri.compare(0, prefix_.size(), prefix_) == 0 ? uri.substr(prefix_.size()) : uri;
  // A browser asking for an address no page knows (it accepts HTML) gets the UI's
  // HTML not-found page, not the API's problem+json; other clients keep the API's answer.
  bool browser = request.get("Accept", "").find("text/html") != std::string::npos;
  bool toPages = !isApiPath(below) && uri.compare(0, prefix_.size(), prefix_) == 0 && (isPage_(below) || browser);
  return toPages ? pages_->createRequestHandler(request) : api_->createRequestHandler(request);
}

}  // namespace accord::plugin
