#include "server_app.h"

#include <iostream>

#include <Poco/Exception.h>
#include <sys/resource.h>

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Util/HelpFormatter.h>

#include "log_format.h"
#include "mount_router.h"
#include "http_transport.h"
#include "options.h"
#include "plugin_host.h"

#ifndef ACCORD_VERSION
#define ACCORD_VERSION "0"
#endif

namespace accord::server {

namespace {

class RealClock final : public platform::Clock {
 public:
  Poco::Timestamp now() const override { return Poco::Timestamp(); }
};

// A setting as a number in [min, max]; sets `error` and returns min otherwise.
int number(const Poco::Util::AbstractConfiguration& c, const std::string& key, int min, int max, std::string& error) {
  std::string text = c.getString(key, "");
  int n = 0;
  bool ok = !text.empty() && text.size() <= 9;
  for (char ch : text) ok = ok && ch >= '0' && ch <= '9';
  if (ok) n = std::stoi(text);
  if (!ok || n < min || n > max) {
    if (error.empty())
      error = key + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) + ", got '" +
              text.substr(0, 40) + "'";
    return min;
  }
  return n;
}

// Each connection is a descriptor; the usual soft limit of 1024 would cap the
// server below http.maxConnections long before memory or threads do.
void raiseDescriptorLimit() {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
  }
}

}  // namespace

void ServerApp::defineOptions(Poco::Util::OptionSet& options) {
  // The base class's options (--daemon, --pidfile, --umask) stay available.
  ServerApplication::defineOptions(options);
  server::defineOptions(options);
}

void ServerApp::handleOption(const std::string& name, const std::string& value) {
  ServerApplication::handleOption(name, value);
  if (name == "help") {
    help_ = true;
    stopOptionsProcessing();
  } else if (name == "config") {
    configFile_ = value;
  } else if (const Setting* s = settingForOption(name)) {
    config().setString(s->key, s->argument.empty() ? "true" : value);
  }
}

void ServerApp::initialize(Poco::Util::Application& self) {
  addDefaults(config());
  addEnvironment(config());
  if (const char* file = std::getenv("ACCORD_CONFIG"); file && configFile_.empty()) configFile_ = file;
  if (!configFile_.empty()) {
    try {
      loadConfiguration(configFile_, kFilePriority);
    } catch (const Poco::Exception& e) {
      optionError_ = "cannot read the configuration file " + configFile_ + ": " + e.displayText();
    }
  }
  ServerApplication::initialize(self);
}

void ServerApp::showHelp() {
  Poco::Util::HelpFormatter help(options());
  help.setCommand(commandName());
  help.setUsage("[--config FILE] [--bind ADDR] [--port N] [--storage URI] [OPTIONS]");
  help.setHeader("Serves Accord (the conference and joint-declaration plugin) over HTTP: the REST API under "
                 "/api/v1, /healthz and /metrics. Settings come from the command line, then ACCORD_* variables, "
                 "then --config FILE (or ACCORD_CONFIG), then the defaults shown.");
  help.setFooter("Stop with SIGTERM or Ctrl-C: in-flight requests finish, then the storage is closed.");
  help.format(std::cout);
}

int ServerApp::main(const std::vector<std::string>& args) {
  if (help_) {
    showHelp();
    return EXIT_OK;
  }
  Poco::Util::LayeredConfiguration& c = config();
  if (!setUpLogging(c.getString("logging.level"), c.getString("logging.format"))) {
    std::cerr << "accord-server: logging.level or logging.format has an unknown value\n";
    return EXIT_CONFIG;
  }
  Poco::Logger& log = Poco::Logger::get("accord.server");
  if (!args.empty()) optionError_ = "unexpected argument '" + args.front() + "' (see --help)";
  std::string error = optionError_;
  int port = number(c, "http.port", 0, 65535, error);
  int threads = number(c, "http.threads", 1, 1024, error);
  int queue = number(c, "http.queue", 1, 100000, error);
  TransportLimits limits;
  limits.threads = threads;
  limits.queue = queue;
  limits.ioSeconds = number(c, "http.timeout", 1, 3600, error);
  limits.headSeconds = number(c, "http.headTimeout", 1, 3600, error);
  limits.bodySeconds = number(c, "http.bodyTimeout", 1, 3600, error);
  limits.idleSeconds = number(c, "http.idleTimeout", 1, 3600, error);
  limits.perAddress = number(c, "http.perAddressConnections", 1, 1000000, error);
  limits.perAddressServing = std::min(threads, number(c, "http.perAddressWorkers", 1, 1024, error));
  limits.maxConnections = number(c, "http.maxConnections", 1, 1000000, error);
  limits.maxHeadBytes = static_cast<std::size_t>(number(c, "limits.maxHeaderBytes", 1024, 1048576, error));
  limits.maxBodyBytes = static_cast<std::size_t>(number(c, "limits.maxBodyBytes", 1024, 268435456, error));
  if (!error.empty()) {
    event(log, Poco::Message::PRIO_FATAL, "bad configuration", {{"error", error}});
    return EXIT_CONFIG;
  }

  RealClock clock;
  Poco::Logger& pluginLog = Poco::Logger::get("accord.plugin");
  platform::HostServices services{c, pluginLog, clock};
  PluginHost host;
  if (std::string failure = host.load(c.getString("plugins.dir"), services, c); !failure.empty()) {
    event(log, Poco::Message::PRIO_FATAL, "cannot start", {{"error", failure}});
    return EXIT_SOFTWARE;
  }

  std::string bind = c.getString("http.bind");
  try {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(bind, static_cast<Poco::UInt16>(port)), 128);
    Poco::Net::HTTPServerParams::Ptr params(new Poco::Net::HTTPServerParams);
    params->setTimeout(Poco::Timespan(limits.ioSeconds, 0));
    params->setSoftwareVersion(std::string("Accord/") + ACCORD_VERSION);
    raiseDescriptorLimit();
    HttpTransport server(socket, new MountRouter(host.mounts()), params, limits, log);
    server.start();
    std::string url = "http://" + socket.address().toString() + "/";
    event(log, Poco::Message::PRIO_INFORMATION, "Accord is serving at " + url,
          {{"url", url}, {"version", ACCORD_VERSION}, {"threads", std::to_string(threads)},
           {"queue", std::to_string(queue)}});

    waitForTerminationRequest();

    event(log, Poco::Message::PRIO_INFORMATION, "stopping: no new connections; letting in-flight requests finish", {});
    server.stop();
    event(log, Poco::Message::PRIO_INFORMATION, "in-flight requests finished",
          {{"refusedAtCapacity", std::to_string(server.refused())}});
    host.shutdown();
  } catch (const Poco::Exception& e) {
    event(log, Poco::Message::PRIO_FATAL, "cannot serve", {{"bind", bind}, {"port", std::to_string(port)},
                                                           {"error", e.displayText()}});
    host.shutdown();
    return EXIT_SOFTWARE;
  }
  event(log, Poco::Message::PRIO_INFORMATION, "stopped", {});
  return EXIT_OK;
}

}  // namespace accord::server
