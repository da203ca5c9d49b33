#include "options.h"

#include <cctype>
#include <cstdlib>

#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/Option.h>

#ifndef ACCORD_PLUGIN_DIR
#define ACCORD_PLUGIN_DIR "plugins"
#endif

namespace accord::server {

std::string Setting::env() const {
  std::string out = "ACCORD_";
  for (char c : option) out.push_back(c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return out;
}

const std::vector<Setting>& settings() {
  static const std::vector<Setting> table = {
      {"http.bind", "bind", "ADDR", "127.0.0.1", "address to listen on"},
      {"http.port", "port", "N", "8080", "port to listen on; 0 picks a free one (the log says which)"},
      {"http.threads", "threads", "N", "16", "most requests served at once (idle and slow connections hold no thread)"},
      {"http.queue", "queue", "N", "64", "complete requests waiting for a thread; beyond it a request gets 503"},
      {"http.timeout", "timeout", "SECONDS", "10", "longest wait for one read or write while a request is served"},
      {"http.headTimeout", "head-timeout", "SECONDS", "10",
       "time a client has to send a whole request line and headers, from their first byte; the connection is "
       "closed after it (defeats clients that trickle a header line at a time)"},
      {"http.bodyTimeout", "body-timeout", "SECONDS", "30", "time a client has to send a whole request body (408 after it)"},
      {"http.idleTimeout", "idle-timeout", "SECONDS", "5", "how long a kept-alive connection may wait for its next request"},
      {"http.perAddressConnections", "per-address", "N", "128",
       "open connections one client address may hold; beyond it a connection gets 429"},
      {"http.perAddressWorkers", "per-address-workers", "N", "8",
       "requests from one client address served at once; its other complete requests wait their turn without "
       "a thread, so one address trickling request bodies cannot hold every worker (behind a proxy, which is "
       "one address, set it to http.threads)"},
      {"http.maxConnections", "max-connections", "N", "4096", "open connections in all; beyond it a connection gets 503"},
      {"limits.maxBodyBytes", "max-body", "BYTES", "1048576", "largest request body (413 beyond)"},
      {"limits.maxHeaderBytes", "max-header", "BYTES", "16384", "largest request line and headers (431 beyond)"},
      {"limits.maxJsonDepth", "max-json-depth", "N", "32", "deepest JSON nesting in a body (400 beyond)"},
      {"cache.maxStaleMs", "cache-stale", "MS", "250",
       "how late a GET may see changes made outside this server (another instance, the CLI); 0: never"},
      {"cache.maxBytes", "cache-bytes", "BYTES", "67108864", "memory for cached GET answers; 0: no cache"},
      {"pdf.soffice", "soffice", "PROGRAM", "soffice",
       "LibreOffice, which makes PDFs (a path or a name on PATH); without it PDF requests get 503"},
      {"pdf.maxParallel", "pdf-parallel", "N", "2", "PDF conversions at once (each a LibreOffice process)"},
      {"pdf.timeoutMs", "pdf-timeout", "MS", "60000", "longest PDF conversion; LibreOffice is killed after it"},
      {"pdf.cacheBytes", "pdf-cache-bytes", "BYTES", "67108864", "memory for converted PDFs; 0: none"},
      {"pdf.resident", "pdf-resident", "yes|no", "no",
       "keep a LibreOffice running per conversion slot between PDFs, driven by python3-uno: a warm PDF skips "
       "LibreOffice's start (without python3-uno, each PDF starts one)"},
      {"pdf.workDir", "pdf-work-dir", "DIR", "", "LibreOffice profiles and scratch files; default: a temp folder"},
      {"storage.uri", "storage", "URI", "sqlite:var/accord.db", "database: sqlite:PATH or postgresql://user@host/db"},
      {"storage.pool", "storage-pool", "N", "8", "database connections kept open"},
      {"storage.seed", "seed", "FILE", "",
       "bundle imported when the storage holds no conference; default: the Skopje sample shipped with the "
       "plugin; empty: none"},
      {"templates.dir", "templates", "DIR", "", "the built-in templates; default: those shipped with the plugin"},
      {"templates.sets", "template-sets", "DIR", "", "folder of named template sets (render?template=NAME)"},
      {"plugins.dir", "plugins", "DIR", ACCORD_PLUGIN_DIR, "folder of plugins to load (*.so)"},
      {"auth.secretFile", "secret-file", "FILE", "",
       "key session tokens are signed with, made on first start; default: accord-secret beside the SQLite file, "
       "else var/accord-secret in the data folder. Servers sharing one database must share it"},
      {"http.corsOrigins", "cors-origin", "ORIGINS", "",
       "comma-separated origins (https://host[:port]) whose pages may call the API; empty: no CORS headers"},
      {"mail.smtp", "smtp", "URI", "",
       "smtp://host[:port] that notifications are sent through; empty: they are shown in the browser only"},
      {"mail.from", "mail-from", "ADDRESS", "", "sender of notification mail [Accord <accord@localhost>]"},
      {"mail.replyTo", "mail-reply-to", "ADDRESS", "", "Reply-To of notification mail; empty: none"},
      {"mail.user", "smtp-user", "NAME", "", "log in to the SMTP server as NAME (with --smtp-password-file)"},
      {"mail.passwordFile", "smtp-password-file", "FILE", "", "file whose first line is the SMTP password"},
      {"mail.startTls", "smtp-starttls", "BOOL", "", "STARTTLS before logging in (true or false) [false]"},
      {"mail.baseUrl", "base-url", "URL", "",
       "the site's public address, for the links in mail [http://127.0.0.1:8080]"},
      {"mail.templates", "mail-templates", "DIR", "", "mail templates and catalogues; default: templates/mail"},
      {"mail.retrySeconds", "mail-retry", "SECONDS", "", "first wait after a temporary failure, doubling [30]"},
      {"mail.giveUpSeconds", "mail-give-up", "SECONDS", "",
       "a notification undelivered this long is marked failed [172800]"},
      {"reminders.daysBefore", "reminder-days", "DAYS", "",
       "remind countries of a commitment's deadline this many days before it, 0 to 365 [14]"},
      {"reminders.checkSeconds", "reminder-check", "SECONDS", "",
       "how often deadline reminders are looked for, 0: never [3600]"},
      {"mail.pollMs", "mail-poll", "MS", "", "how often the outbox is looked at besides after a change [1000]"},
      {"mail.digestHour", "digest-hour", "HOUR", "",
       "the hour of the day (UTC, 0 to 23) from which the daily digests are sent; 24: never [6]"},
      {"logging.level", "log-level", "LEVEL", "information", "fatal, error, warning, notice, information, debug"},
      {"logging.format", "log-format", "FORMAT", "text", "text (key=value) or json (one object per line)"},
  };
  return table;
}

void defineOptions(Poco::Util::OptionSet& options) {
  options.addOption(Poco::Util::Option("help", "h", "show the options and exit").required(false).repeatable(false));
  options.addOption(Poco::Util::Option("config", "c", "read settings from FILE (.properties, .ini, .json, .xml)")
                        .required(false)
                        .repeatable(false)
                        .argument("FILE"));
  for (const auto& s : settings()) {
    std::string help = s.help;
    if (!s.fallback.empty()) help += " [" + s.fallback + "]";
    help += " (" + s.env() + ")";
    Poco::Util::Option o(s.option, "", help);
    o.required(false).repeatable(false);
    if (!s.argument.empty()) o.argument(s.argument);
    options.addOption(o);
  }
}

void addDefaults(Poco::Util::LayeredConfiguration& config) {
  Poco::AutoPtr<Poco::Util::MapConfiguration> defaults(new Poco::Util::MapConfiguration);
  // A setting without a default is left unset, so that the plugin applies its own
  // (the paths of the data it ships, which the host does not know).
  for (const auto& s : settings())
    if (!s.fallback.empty()) defaults->setString(s.key, s.fallback);
  config.add(defaults, "defaults", kDefaultsPriority, false);
}

void addEnvironment(Poco::Util::LayeredConfiguration& config) {
  Poco::AutoPtr<Poco::Util::MapConfiguration> env(new Poco::Util::MapConfiguration);
  for (const auto& s : settings())
    if (const char* v = std::getenv(s.env().c_str())) env->setString(s.key, v);
  config.add(env, "environment", kEnvironmentPriority, false);
}

const Setting* settingForOption(const std::string& option) {
  for (const auto& s : settings())
    if (s.option == option) return &s;
  return nullptr;
}

}  // namespace accord::server
