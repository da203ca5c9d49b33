// Shared by the render suites: a small dossier shaped like the Skopje conference,
// built in code so that each test can bend one field, and independent readers for
// what the renderer produces (unzip with Poco, XML with libxml2 XPath).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "accord/domain/dossier.h"
#include "accord/render/renderer.h"
#include "accord/render/xml_validator.h"

namespace accord::test {

domain::CountryCode cc(const char* code);
domain::Date day(const char* iso);
domain::Timestamp at(const char* iso);

// AL (fr "Albanie"), RS, HR, and XK shown as "Kosovo*" with a footnote.
domain::CountryCatalog renderCatalog();

// Conference "conf" in Skopje, 27-28 October 2016; declaration "decl" inviting AL,
// HR, RS, XK with revision 1 (draft, 2 recitals, 2 clauses) and revision 2 (final:
// 2 recitals; clause 1 with sub-items (a) and (b), (a) with item (i); clause 2),
// open for endorsement: AL endorsed, HR ad referendum with a statement, XK
// endorsed, RS invited. Commitment "cm-1" on clause op-2 for AL and RS, deadline
// 2017-06-30; AL accepted and in progress with one report, RS proposed.
domain::Dossier renderDossier();

// The paths the suites run from (ctest runs them in the source tree).
std::string templatesDir();  // templates/
std::string schemaDir();     // schema/

// A renderer over the built-in templates; loading failures fail the test.
const render::Renderer& builtinRenderer();

// A validator over the shipped schema/ folder (Accord's XSDs and, in its
// sub-folder, Akoma Ntoso's), loaded once; loading failures fail the test.
const render::XmlValidator& shippedValidator();

// Renders `document` of "decl" as of 2017-09-01; failures fail the test.
std::string renderOrFail(const domain::Dossier& d, render::DocumentKind document, render::Format format,
                         std::optional<int> revision = std::nullopt);

// Every entry of a ZIP archive, by name, decompressed with Poco::Zip.
std::map<std::string, std::string> unzip(const std::string& archive);
// Entry names in the order their local headers appear in the archive.
std::vector<std::string> zipEntryOrder(const std::string& archive);

// The string values of `xpath` in `xml`; prefixes w (WordprocessingML), d
// (declaration), s (endorsement status), i (implementation), a (Akoma Ntoso) and
// cp/dc (core properties) are bound. Malformed XML fails the test.
std::vector<std::string> xpathValues(const std::string& xml, const std::string& xpath);
// As xpathValues, but an Akoma Ntoso <eol/> inside a match reads as "\n".
std::vector<std::string> aknTexts(const std::string& xml, const std::string& xpath);

// The text of each w:p of a WordprocessingML part as a reader sees it: w:t text,
// w:br as "\n", w:tab as "\t".
std::vector<std::string> paragraphTexts(const std::string& documentXml);

// A scratch folder under the system temp folder, removed at destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  // Writes `content` to path()/relative, creating folders.
  void write(const std::string& relative, const std::string& content) const;

 private:
  std::string path_;
};

}  // namespace accord::test
