// The configuration keys the Accord plugin reads from its host, with their
// defaults. accord-server maps its command-line options and ACCORD_* variables
// onto the same keys.
//
//   storage.uri              sqlite:var/accord.db | postgresql://user@host:port/db
//   storage.pool             8         connections kept by the pool
//   storage.seed             <data>/samples/skopje-2016/skopje-2016.json; imported
//                            when the storage holds no conference; empty: none
//   templates.dir            <data>/templates   the built-in templates
//   templates.sets           empty     a folder of named template sets (?template=name)
//   schema.dir               <data>/schema      the XSDs every XML is validated against
//   countries.file           <data>/samples/reference/countries.json
//   countries.footnote.<CC>  the organization's footnote for a country with a mark (XK:
//                            the OSCE's wording differs from the EU's); it wins over the
//                            reference list and over a bundle's own, in every document
//   auth.secretFile          the key session tokens are signed with, created on first
//                            start: next to the SQLite file (var/accord-secret for
//                            sqlite:var/accord.db), else <data>/var/accord-secret.
//                            Instances sharing one PostgreSQL must share this file.
//   http.corsOrigins         empty     origins whose pages may call the API (CORS), comma-separated
//   limits.maxBodyBytes      1048576
//   limits.maxHeaderBytes    16384
//   limits.maxJsonDepth      32
//   cache.maxStaleMs         250       how late a GET may see changes made outside this server
//   cache.maxBytes           67108864  memory for cached GET answers; 0: no cache
//   pdf.soffice              soffice   LibreOffice, a path or a name on PATH; missing: PDF answers 503
//   pdf.maxParallel          2         PDF conversions at once
//   pdf.timeoutMs            60000     per conversion, then LibreOffice is killed
//   pdf.cacheBytes           67108864  memory for converted PDFs (by the DOCX's hash); 0: none
//   pdf.workDir              empty     LibreOffice profiles and scratch files; empty: a temp folder
// <data> is $ACCORD_HOME, else the source tree the build was configured from.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <Poco/Util/AbstractConfiguration.h>

#include "accord/http/api.h"
#include "accord/http/limits.h"
#include "accord/render/pdf_converter.h"

namespace accord::plugin {

struct Settings {
  std::string storageUri;
  std::size_t storagePool = 8;
  std::string seed;
  std::string templatesDir;
  std::string templateSets;
  std::string schemaDir;
  std::string countriesFile;
  std::map<std::string, std::string> countryFootnotes;  // country code -> footnote text
  std::string secretFile;
  std::vector<std::string> corsOrigins;
  http::Limits limits;
  http::CacheSettings cache;
  render::PdfSettings pdf;
};

// Returns kInvalidArgument naming the key for a value that does not parse or is
// out of range.
// Where the token signing key lives when auth.secretFile is not set: beside the
// database file, so that it is backed up and removed with it and stays out of
// the source tree's tracked files.
std::string defaultSecretFile(const std::string& storageUri);

domain::Result<Settings> readSettings(const Poco::Util::AbstractConfiguration& config);

}  // namespace accord::plugin
