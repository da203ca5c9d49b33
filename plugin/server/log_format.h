// Structured log lines: "time=... level=info logger=accord.server msg=... key=value"
// (text) or one JSON object per line (json). Fields travel as Poco::Message
// parameters; event() names them so the formatter can find them.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include <Poco/Formatter.h>
#include <Poco/Logger.h>

namespace accord::server {

class StructuredFormatter final : public Poco::Formatter {
 public:
  explicit StructuredFormatter(bool json) : json_(json) {}
  void format(const Poco::Message& msg, std::string& text) override;

 private:
  bool json_;
};

// Logs `text` with fields, e.g. event(log, PRIO_INFORMATION, "listening", {{"url", url}}).
void event(Poco::Logger& logger, Poco::Message::Priority priority, const std::string& text,
           std::initializer_list<std::pair<std::string, std::string>> fields);

// Sends every logger's output, formatted, to standard error at `level`.
// Returns false for an unknown level or format.
bool setUpLogging(const std::string& level, const std::string& format);

}  // namespace accord::server
