#include "plugin_host.h"

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <vector>

#include <Poco/Exception.h>
#include <Poco/SharedLibrary.h>

#include "log_format.h"

namespace accord::server {

namespace fs = std::filesystem;

namespace {
// Every host's loader, never deleted (see PluginHost::loader_), stays reachable
// from here: a loader kept on purpose is then no leak to LeakSanitizer either.
std::mutex keptMutex;
auto* const keptLoaders = new std::vector<Poco::ClassLoader<platform::Plugin>*>;
}  // namespace

PluginHost::PluginHost() : loader_(new Poco::ClassLoader<platform::Plugin>) {
  std::lock_guard<std::mutex> lock(keptMutex);
  keptLoaders->push_back(loader_);
}

PluginHost::~PluginHost() {
  shutdown();
  mounts_.clear();
  plugins_.clear();
}

std::string PluginHost::load(const std::string& dir, const platform::HostServices& services,
                             const Poco::Util::AbstractConfiguration& config) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return "the plugin folder " + dir + " does not exist (--plugins DIR)";
  std::vector<std::string> libraries;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == Poco::SharedLibrary::suffix())
      libraries.push_back(entry.path().string());
  std::sort(libraries.begin(), libraries.end());

  for (const auto& path : libraries) {
    try {
      loader_->loadLibrary(path);
    } catch (const Poco::Exception& e) {
      event(services.logger, Poco::Message::PRIO_WARNING, "not a plugin; skipped", {{"path", path}, {"why", e.displayText()}});
      continue;
    }
    const auto* manifest = loader_->findManifest(path);
    for (auto it = manifest->begin(); it != manifest->end(); ++it) {
      std::unique_ptr<platform::Plugin> plugin(it->create());
      std::string name = plugin->name();
      platform::Outcome outcome = plugin->initialize(services);
      if (!outcome.ok()) return "plugin " + name + " (" + path + "): " + outcome.error;
      std::string prefix = config.getString("plugins." + name + ".mount", "");
      if (!prefix.empty() && (prefix.front() != '/' || prefix.back() == '/')) {
        plugin->shutdown();
        return "plugins." + name + ".mount must be empty or start with / and not end with one: '" + prefix + "'";
      }
      for (const auto& m : mounts_)
        if (m.prefix == prefix) {
          plugin->shutdown();
          return "plugins " + m.plugin + " and " + name + " are both mounted at '" + prefix + "/'";
        }
      std::string documents;
      for (const auto& d : plugin->documentTypes()) documents += (documents.empty() ? "" : " ") + d.name + "." + d.format;
      event(services.logger, Poco::Message::PRIO_INFORMATION, "plugin loaded",
            {{"plugin", name}, {"version", plugin->version()}, {"path", path}, {"mount", prefix + "/"},
             {"documents", documents}});
      mounts_.push_back({prefix, name, plugin->requestHandlerFactory(prefix)});
      plugins_.push_back(std::move(plugin));
    }
  }
  if (plugins_.empty()) return "no plugin found in " + dir;
  // Longest prefix first, so that "/a/b" is tried before "/a" and "" last.
  std::sort(mounts_.begin(), mounts_.end(),
            [](const Mount& a, const Mount& b) { return a.prefix.size() > b.prefix.size(); });
  return {};
}

void PluginHost::shutdown() {
  if (shutDown_) return;
  shutDown_ = true;
  for (auto it = plugins_.rbegin(); it != plugins_.rend(); ++it) (*it)->shutdown();
}

}  // namespace accord::server
