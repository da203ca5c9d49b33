// accord-server: the embedded host. Reads its settings (options.h), loads the
// plugins, serves HTTP until SIGTERM or SIGINT, then stops accepting, lets
// in-flight requests finish and shuts the plugins down (closing their storage).
#pragma once

#include <Poco/Util/ServerApplication.h>

namespace accord::server {

class ServerApp final : public Poco::Util::ServerApplication {
 protected:
  void initialize(Poco::Util::Application& self) override;
  void defineOptions(Poco::Util::OptionSet& options) override;
  void handleOption(const std::string& name, const std::string& value) override;
  int main(const std::vector<std::string>& args) override;

 private:
  void showHelp();
  bool help_ = false;
  std::string configFile_;
  std::string optionError_;
};

}  // namespace accord::server
