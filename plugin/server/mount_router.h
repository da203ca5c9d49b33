// The host's request handler factory: hands each request to the plugin mounted
// at the longest prefix of its path, and answers 404 (problem+json) for paths no
// plugin serves.
#pragma once

#include <vector>

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include "plugin_host.h"

namespace accord::server {

class MountRouter final : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit MountRouter(std::vector<Mount> mounts) : mounts_(std::move(mounts)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

 private:
  std::vector<Mount> mounts_;  // longest prefix first
};

}  // namespace accord::server
