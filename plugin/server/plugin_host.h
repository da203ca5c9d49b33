// Loads plugins with Poco::ClassLoader, initializes them with the host's
// services, mounts their request handler factories under prefixes, and shuts
// them down. The libraries stay loaded until the process ends.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <Poco/ClassLoader.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include "accord/platform/plugin.h"

namespace accord::server {

struct Mount {
  std::string prefix;  // "" or "/name"
  std::string plugin;  // its name, for logs
  Poco::Net::HTTPRequestHandlerFactory::Ptr factory;
};

class PluginHost {
 public:
  PluginHost();
  ~PluginHost();

  // Loads every shared library in `dir` that exports accord::platform::Plugin
  // classes, creates one of each and initializes it; the mount prefix comes from
  // the key plugins.<name>.mount (default ""). Returns an empty string, or what
  // went wrong: no plugin found, a plugin failing to initialize (with its own
  // reason), two plugins on one prefix.
  std::string load(const std::string& dir, const platform::HostServices& services,
                   const Poco::Util::AbstractConfiguration& config);

  const std::vector<Mount>& mounts() const { return mounts_; }
  const std::vector<std::unique_ptr<platform::Plugin>>& plugins() const { return plugins_; }

  // Calls shutdown() on every initialized plugin, last loaded first; once.
  void shutdown();

 private:
  // Never deleted: ClassLoader unloads its libraries when destroyed, and a
  // server thread might still hold an object whose code lives there. The
  // libraries go when the process does.
  Poco::ClassLoader<platform::Plugin>* loader_;
  bool shutDown_ = false;
  std::vector<std::unique_ptr<platform::Plugin>> plugins_;
  std::vector<Mount> mounts_;
};

}  // namespace accord::server
