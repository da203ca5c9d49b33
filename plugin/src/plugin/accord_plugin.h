// The Accord plugin: the one place where concrete adapters are wired together —
// storage chosen by URI, the renderer, the host's clock, the HTTP API — behind
// the platform's Plugin interface.
#pragma once

#include <memory>

#include "accord/app/credentials.h"
#include "accord/app/session_service.h"
#include "accord/platform/plugin.h"

namespace accord::plugin {

class AccordPlugin final : public platform::Plugin {
 public:
  AccordPlugin();
  ~AccordPlugin() override;

  std::string name() const override;
  std::string version() const override;
  // Reads the settings (settings.h), loads the reference countries, opens and
  // migrates the storage, imports the seed into an empty storage, compiles the
  // templates. Any failure names what to fix and leaves nothing open.
  platform::Outcome initialize(const platform::HostServices& host) override;
  Poco::Net::HTTPRequestHandlerFactory::Ptr requestHandlerFactory(const std::string& mountPrefix) override;
  std::vector<platform::DocumentType> documentTypes() const override;
  // Drops the API, then closes the storage.
  void shutdown() override;

 private:
  struct Parts;
  static domain::Status startSessions(Parts& parts, const std::string& secretFile, Poco::Logger& logger);
  static domain::Status startMail(Parts& parts, const platform::HostServices& host, const std::string& templatesDir);
  static domain::Status startReminders(Parts& parts, const platform::HostServices& host,
                                       const std::string& templatesDir);
  std::unique_ptr<Parts> parts_;
};

}  // namespace accord::plugin
