// accord-server's settings in one table: each has a configuration key, a
// command-line option, an ACCORD_* environment variable and a default. The
// layers, most important first: command line, environment, --config FILE,
// defaults.
#pragma once

#include <string>
#include <vector>

#include <Poco/Util/LayeredConfiguration.h>
#include <Poco/Util/OptionSet.h>

namespace accord::server {

struct Setting {
  std::string key;       // "http.port"
  std::string option;    // "port": --port
  std::string argument;  // "N"; empty for a flag, which sets the key to "true"
  std::string fallback;  // the default, as text; empty: unset, the plugin decides
  std::string help;

  std::string env() const;  // "ACCORD_PORT"
};

// Every setting, host and plugin keys alike (the plugin reads its own).
const std::vector<Setting>& settings();

// Adds an option per setting, plus --config and --help.
void defineOptions(Poco::Util::OptionSet& options);

// The lowest layer: the default of every setting that has one.
void addDefaults(Poco::Util::LayeredConfiguration& config);
// ACCORD_* variables that are set, above the configuration file.
void addEnvironment(Poco::Util::LayeredConfiguration& config);
// The key a command-line option sets, or empty if it is not a setting.
const Setting* settingForOption(const std::string& option);

// Layer priorities (lower wins in Poco): options are written into the
// application layer (-100), above these.
inline constexpr int kEnvironmentPriority = -50;
inline constexpr int kFilePriority = 0;
inline constexpr int kDefaultsPriority = 200;

}  // namespace accord::server
