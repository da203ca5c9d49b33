#include "mount_router.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

namespace accord::server {

namespace {

class NotServed final : public Poco::Net::HTTPRequestHandler {
 public:
  void handleRequest(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response) override {
    static const std::string body =
        R"({"type":"urn:accord:problem:not_found","title":"Not Found","status":404,)"
        R"("detail":"no plugin serves this path","code":"not_found"})";
    response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
    response.setContentType("application/problem+json; charset=utf-8");
    response.setKeepAlive(false);  // a body it did not read may follow
    response.sendBuffer(body.data(), body.size());
  }
};

bool under(const std::string& path, const std::string& prefix) {
  if (prefix.empty()) return true;
  return path.compare(0, prefix.size(), prefix) == 0 &&
         (path.size() == prefix.size() || path[prefix.size()] == '/' || path[prefix.size()] == '?');
}

}  // namespace

Poco::Net::HTTPRequestHandler* MountRouter::createRequestHandler(const Poco::Net::HTTPServerRequest& request) {
  const std::string& uri = request.getURI();
  for (auto& m : mounts_)
    if (under(uri, m.prefix)) return m.factory->createRequestHandler(request);
  return new NotServed;
}

}  // namespace accord::server
