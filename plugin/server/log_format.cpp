#include "log_format.h"

#include <iostream>
#include <vector>

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Message.h>

#include "accord/base/json_writer.h"

namespace accord::server {

namespace {

// The parameter listing the names of the other parameters, separated by '\n'.
const std::string kFieldNames = "accord.fields";

const char* levelName(Poco::Message::Priority p) {
  switch (p) {
    case Poco::Message::PRIO_FATAL: return "fatal";
    case Poco::Message::PRIO_CRITICAL: return "critical";
    case Poco::Message::PRIO_ERROR: return "error";
    case Poco::Message::PRIO_WARNING: return "warning";
    case Poco::Message::PRIO_NOTICE: return "notice";
    case Poco::Message::PRIO_INFORMATION: return "info";
    case Poco::Message::PRIO_DEBUG: return "debug";
    case Poco::Message::PRIO_TRACE: return "trace";
  }
  return "info";
}

// logfmt quoting: bare when safe, else a JSON-style quoted string.
std::string logfmt(const std::string& v) {
  bool bare = !v.empty();
  for (char c : v) bare = bare && c > ' ' && c != '"' && c != '=' && c != '\\';
  return bare ? v : base::jsonQuote(v);
}

}  // namespace

void StructuredFormatter::format(const Poco::Message& msg, std::string& text) {
  std::string time = Poco::DateTimeFormatter::format(msg.getTime(), "%Y-%m-%dT%H:%M:%S.%iZ");
  std::vector<std::pair<std::string, std::string>> fields = {{"time", time},
                                                             {"level", levelName(msg.getPriority())},
                                                             {"logger", msg.getSource()},
                                                             {"msg", msg.getText()}};
  if (msg.has(kFieldNames)) {
    const std::string& names = msg.get(kFieldNames);
    std::size_t start = 0;
    while (start < names.size()) {
      std::size_t end = names.find('\n', start);
      std::string name = names.substr(start, end == std::string::npos ? std::string::npos : end - start);
      fields.emplace_back(name, msg.get(name, ""));
      start = end == std::string::npos ? names.size() : end + 1;
    }
  }
  if (json_) {
    base::JsonWriter w;
    w.beginObject();
    for (const auto& [k, v] : fields) w.field(k, v);
    w.endObject();
    text = w.str();
    return;
  }
  text.clear();
  for (const auto& [k, v] : fields) text += (text.empty() ? "" : " ") + k + "=" + logfmt(v);
}

void event(Poco::Logger& logger, Poco::Message::Priority priority, const std::string& text,
           std::initializer_list<std::pair<std::string, std::string>> fields) {
  if (!logger.is(priority)) return;
  Poco::Message m(logger.name(), text, priority);
  std::string names;
  for (const auto& [k, v] : fields) {
    m.set(k, v);
    names += (names.empty() ? "" : "\n") + k;
  }
  m.set(kFieldNames, names);
  logger.log(m);
}

bool setUpLogging(const std::string& level, const std::string& format) {
  if (format != "text" && format != "json") return false;
  int priority = 0;
  try {
    priority = Poco::Logger::parseLevel(level);
  } catch (const Poco::Exception&) {
    return false;
  }
  Poco::AutoPtr<Poco::ConsoleChannel> console(new Poco::ConsoleChannel(std::cerr));
  Poco::AutoPtr<StructuredFormatter> formatter(new StructuredFormatter(format == "json"));
  Poco::AutoPtr<Poco::FormattingChannel> channel(new Poco::FormattingChannel(formatter, console));
  Poco::Logger::root().setChannel(channel);
  Poco::Logger::root().setLevel(priority);
  // Loggers created before this point keep their own copy of the settings.
  std::vector<std::string> names;
  Poco::Logger::names(names);
  for (const auto& name : names) {
    Poco::Logger::setChannel(name, channel);
    Poco::Logger::setLevel(name, priority);
  }
  return true;
}

}  // namespace accord::server
