#include "settings.h"

#include <Poco/Exception.h>

#include "accord/base/data_dir.h"
#include <Poco/Path.h>

#include "accord/domain/country.h"
#include "accord/domain/text.h"
#include "accord/http/cors_origins.h"
#include "accord/storage/storage.h"
#include "accord/storage/storage_uri.h"

namespace accord::plugin {

using domain::Error;

namespace {

// An integer setting in [min, max]; Poco throws on text that is not a number.
domain::Result<std::size_t> size(const Poco::Util::AbstractConfiguration& c, const std::string& key,
                                 std::size_t fallback, std::size_t min, std::size_t max) {
  std::string text = c.getString(key, std::to_string(fallback));
  std::string why = "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                    ", got '" + text.substr(0, 40) + "'";
  if (text.empty() || text.size() > 12) return Error::invalid(key, why);
  std::size_t n = 0;
  for (char ch : text) {
    if (ch < '0' || ch > '9') return Error::invalid(key, why);
    n = n * 10 + static_cast<std::size_t>(ch - '0');
  }
  if (n < min || n > max) return Error::invalid(key, why);
  return n;
}

}  // namespace

std::string defaultSecretFile(const std::string& storageUri) {
  auto uri = storage::parseStorageUri(storageUri);
  if (uri.ok() && !uri->sqlitePath.empty())
    return Poco::Path(uri->sqlitePath).setFileName("accord-secret").toString();
  return base::dataPath("var/accord-secret");
}

domain::Result<Settings> readSettings(const Poco::Util::AbstractConfiguration& c) {
  Settings s;
  try {
    s.storageUri = c.getString("storage.uri", storage::kDefaultStorageUri);
    s.seed = c.getString("storage.seed", base::dataPath("samples/skopje-2016/skopje-2016.json"));
    s.templatesDir = c.getString("templates.dir", base::dataPath("templates"));
    s.templateSets = c.getString("templates.sets", "");
    s.schemaDir = c.getString("schema.dir", base::dataPath("schema"));
    s.countriesFile = c.getString("countries.file", base::dataPath("samples/reference/countries.json"));
    Poco::Util::AbstractConfiguration::Keys codes;
    c.keys("countries.footnote", codes);
    for (const auto& code : codes) {
      const std::string key = "countries.footnote." + code;
      if (!domain::CountryCode::parse(key, code).ok())
        return Error::invalid(key, "names no country code (two capital letters)");
      auto text = domain::validateText(key, c.getString(key), domain::text_rules::kNote);
      if (!text.ok()) return text.error();
      s.countryFootnotes[code] = std::move(text).value();
    }
  } catch (const Poco::Exception& e) {
    return Error::invalid("configuration", e.displayText());
  }
  s.secretFile = c.getString("auth.secretFile", "");
  if (s.secretFile.empty()) s.secretFile = defaultSecretFile(s.storageUri);
  auto origins = http::parseOrigins("http.corsOrigins", c.getString("http.corsOrigins", ""));
  if (!origins.ok()) return origins.error();
  s.corsOrigins = std::move(origins).value();
  auto pool = size(c, "storage.pool", 8, 1, 256);
  if (!pool.ok()) return pool.error();
  s.storagePool = *pool;
  auto body = size(c, "limits.maxBodyBytes", s.limits.maxBodyBytes, 1024, 256u << 20);
  if (!body.ok()) return body.error();
  s.limits.maxBodyBytes = *body;
  auto header = size(c, "limits.maxHeaderBytes", s.limits.maxHeaderBytes, 1024, 1u << 20);
  if (!header.ok()) return header.error();
  s.limits.maxHeaderBytes = *header;
  auto depth = size(c, "limits.maxJsonDepth", s.limits.maxJsonDepth, 4, 1000);
  if (!depth.ok()) return depth.error();
  s.limits.maxJsonDepth = *depth;
  auto stale = size(c, "cache.maxStaleMs", static_cast<std::size_t>(s.cache.maxStale.count()), 0, 3600000);
  if (!stale.ok()) return stale.error();
  s.cache.maxStale = std::chrono::milliseconds(*stale);
  auto bytes = size(c, "cache.maxBytes", s.cache.maxBytes, 0, std::size_t(1) << 36);
  if (!bytes.ok()) return bytes.error();
  s.cache.maxBytes = *bytes;
  s.pdf.soffice = c.getString("pdf.soffice", s.pdf.soffice);
  s.pdf.workDir = c.getString("pdf.workDir", "");
  auto parallel = size(c, "pdf.maxParallel", s.pdf.maxParallel, 1, 64);
  if (!parallel.ok()) return parallel.error();
  s.pdf.maxParallel = *parallel;
  auto timeout = size(c, "pdf.timeoutMs", static_cast<std::size_t>(s.pdf.timeout.count()), 100, 3600000);
  if (!timeout.ok()) return timeout.error();
  s.pdf.timeout = std::chrono::milliseconds(*timeout);
  auto pdfBytes = size(c, "pdf.cacheBytes", s.pdf.cacheBytes, 0, std::size_t(1) << 36);
  if (!pdfBytes.ok()) return pdfBytes.error();
  s.pdf.cacheBytes = *pdfBytes;
  const std::string resident = c.getString("pdf.resident", "no");
  if (resident != "yes" && resident != "no")
    return Error::invalid("pdf.resident", "must be yes or no, not '" + resident.substr(0, 40) + "'");
  s.pdf.resident = resident == "yes";
  return s;
}

}  // namespace accord::plugin
