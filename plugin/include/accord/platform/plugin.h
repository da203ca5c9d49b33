// The contract between a document platform (the host) and a plugin it loads: the
// host owns the process, the HTTP server and the configuration; a plugin
// contributes HTTP routes under a mount prefix and the documents it can render.
//
// A plugin is a shared library that exports its Plugin subclass through a Poco
// ClassLoader manifest, so that any Poco-based host can find it by class name:
//
//   POCO_BEGIN_MANIFEST(accord::platform::Plugin)
//     POCO_EXPORT_CLASS(my::ThePlugin)
//   POCO_END_MANIFEST
//
// The host's part, in order:
//   1. Poco::ClassLoader<Plugin> loader; loader.loadLibrary(path);
//      then create every class the manifest lists (each must be default-constructible);
//   2. initialize() once with the host's services; stop if it fails;
//   3. requestHandlerFactory(prefix) once per mount, and route every request whose
//      path starts with the prefix to that factory (from any server thread);
//   4. on shutdown: stop accepting requests, let in-flight requests finish, then
//      call shutdown() exactly once, then destroy the plugin. Keep the library
//      loaded until the process ends: server threads may still hold objects whose
//      code lives in it.
// The plugin's part: everything it hands out must be safe to use from several
// threads at once, and nothing it does may throw out of initialize() or
// shutdown() (errors are returned as values).
//
// This header depends on Poco only, never on a plugin's own types, so that a host
// can be built without any plugin.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Timestamp.h>
#include <Poco/Util/AbstractConfiguration.h>

namespace accord::platform {

// The host's time source. Plugins take "now" from here, never from the system
// directly, so that a host (or a test) can run them at a chosen time.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Poco::Timestamp now() const = 0;
};

// What the host lends a plugin for its whole life; every reference stays valid
// until shutdown() returns.
struct HostServices {
  // The host's merged configuration (file, environment, command line). A plugin
  // reads its own keys; the host documents which keys it passes on.
  const Poco::Util::AbstractConfiguration& config;
  // The logger the plugin writes to; its channel and format are the host's choice.
  Poco::Logger& logger;
  const Clock& clock;
};

// A document a plugin can render, in one format.
struct DocumentType {
  std::string name;         // stable, e.g. "declaration"
  std::string format;       // file format: "docx", "xml", "akn", "pdf"
  std::string mediaType;    // what a download carries
  std::string description;  // one line for people
};

// Whether a step worked; `error` says what is wrong for an operator to act on.
struct Outcome {
  std::string error;
  bool ok() const { return error.empty(); }
  static Outcome success() { return {}; }
  static Outcome failure(std::string message) { return {std::move(message)}; }
};

class Plugin {
 public:
  virtual ~Plugin() = default;

  // Stable identity, for logs and for the host's list of plugins; callable before
  // initialize().
  virtual std::string name() const = 0;
  virtual std::string version() const = 0;

  // Prepares the plugin (opens what it needs, reads configuration). Returns a
  // failure with a sentence an operator can act on (a bad setting, an unreachable
  // database); the host must not mount a plugin that failed to initialize.
  virtual Outcome initialize(const HostServices& host) = 0;

  // The handler factory for requests whose path starts with `mountPrefix` ("" for
  // the root, else "/name" without a trailing slash). The factory sees the full
  // request path and answers every path under the prefix, including unknown ones.
  // Precondition: initialize() succeeded.
  virtual Poco::Net::HTTPRequestHandlerFactory::Ptr requestHandlerFactory(const std::string& mountPrefix) = 0;

  // The documents the plugin renders; callable before initialize().
  virtual std::vector<DocumentType> documentTypes() const = 0;

  // Releases what initialize() acquired (closes storage). The host calls it once,
  // after the last request handled by this plugin has finished.
  virtual void shutdown() = 0;
};

}  // namespace accord::platform
