// accord render: renders a declaration, its endorsement status report or its
// implementation report from a bundle file, as DOCX, as schema-valid XML or, the
// declaration, as Akoma Ntoso; any of them as PDF through LibreOffice.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>

#include "accord/base/data_dir.h"
#include "accord/render/pdf_converter.h"
#include "accord/domain/translated_text.h"
#include "accord/render/renderer.h"
#include "args.h"
#include "bundle_loading.h"
#include "command.h"

namespace accord::cli {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Writes through a temporary file and a rename, so a failed run never leaves a
// truncated document where a good one was.
bool writeOutput(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(std::cout.flush());
  }
  std::string temporary = path + ".part";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !out.flush()) {
      std::remove(temporary.c_str());
      return false;
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    return false;
  }
  return true;
}

// A revision number option: nullopt when absent, false when not a number >= 1.
bool revisionOption(const Args& args, const char* name, std::optional<int>& out) {
  auto r = args.get(name);
  if (!r) return true;
  try {
    std::size_t used = 0;
    out = std::stoi(*r, &used);
    return used == r->size() && *out >= 1;
  } catch (const std::exception&) {
    return false;
  }
}

int usage(const std::string& message) {
  std::cerr << "error: " << message << "\n(see accord render --help)\n";
  return kExitUsage;
}

int run(const std::vector<std::string>& rawArgs) {
  // Args knows long options only; -o is the conventional short form of --output.
  std::vector<std::string> argv;
  for (const auto& a : rawArgs) argv.push_back(a == "-o" ? "--output" : a);

  Args args("accord render BUNDLE.json [--declaration ID] [--document declaration|status|implementation|redline]\n"
            "       [--format docx|xml|akn|pdf] [--revision N] [--from N --to M] [--templates DIR] [--today YYYY-MM-DD]\n"
            "       [--language TAG | --parallel TAG,TAG] -o FILE",
            "Renders a declaration (draft or final text), its endorsement status report or its\n"
            "implementation report as a Word document (DOCX) or as XML valid against the\n"
            "schemas in schema/, the declaration also as Akoma Ntoso 3.0 (akn: an OASIS\n"
            "LegalDocML statement valid against schema/akoma-ntoso/), any document as PDF\n"
            "(its DOCX converted by LibreOffice headless), or the changes from revision N to\n"
            "revision M as a Word document with tracked changes (a redline, DOCX only). In\n"
            "another language (--language) the text comes from the revision's language\n"
            "version in the bundle, which must be complete, with labels, dates and country\n"
            "names in that language; --parallel prints two languages side by side, one table\n"
            "row per unit (DOCX). The same input always gives byte-identical output.");
  args.positional("BUNDLE.json", "a conference bundle (see schema/bundle-format.md)")
      .option("declaration", "ID", "the declaration to render (default: the bundle's first)")
      .option("document", "KIND", "declaration, status, implementation or redline", "declaration")
      .option("format", "FORMAT", "docx, xml, akn or pdf (default: from the output file's extension: .akn.xml, "
                                  ".xml, .pdf, else docx)")
      .option("soffice", "PROGRAM", "pdf: the LibreOffice program (default: soffice on PATH)")
      .option("pdf-timeout", "SECONDS", "pdf: longest conversion before LibreOffice is killed (default: 60)")
      .option("pdf-work-dir", "DIR", "pdf: keep LibreOffice's profile here, so that later runs start warm "
                                     "(default: a temp folder, removed)")
      .option("revision", "N", "the revision to render (default: the final one if frozen, else the latest)")
      .option("from", "N", "redline: the older revision")
      .option("to", "M", "redline: the newer revision")
      .option("templates", "DIR", "an organization's template folder; documents it lacks come from the "
                                  "built-in templates")
      .option("today", "YYYY-MM-DD", "the 'as of' date timeliness is judged against (default: today)")
      .option("language", "TAG", "print in this language: en, fr, de, it, ru, es, sq, bs, hr, mk, sr, sr-Latn, "
                                 "cnr (default: the declaration's own)")
      .option("parallel", "TAG,TAG", "the declaration in two languages side by side, e.g. en,ru (DOCX)")
      .option("output", "FILE", "where to write the document, '-' for standard output (short: -o)")
      .option("countries", "FILE", "reference country list (default: samples/reference/countries.json)")
      .option("schemas", "DIR", "the XSD folder (default: the shipped schema/)");
  if (!args.parse(argv)) return args.exitCode();

  auto output = args.get("output");
  if (!output || output->empty()) return usage("missing -o FILE (use '-o -' for standard output)");
  auto document = render::parseDocumentKind("--document", args.get("document", "declaration"));
  if (!document.ok()) return usage("--document " + document.error().message);
  std::string formatText = args.get("format", endsWith(*output, ".akn.xml") ? "akn"
                                              : endsWith(*output, ".xml")   ? "xml"
                                              : endsWith(*output, ".pdf")   ? "pdf"
                                                                            : "docx");
  auto format = render::parseFormat("--format", formatText);
  if (!format.ok()) return usage("--format " + format.error().message);
  if (auto s = domain::checkRendition(document.value(), format.value()); !s.ok())
    return usage("--format " + formatText + ": " + s.error().message);
  std::optional<int> revision, from, to;
  for (auto [name, value] : {std::pair<const char*, std::optional<int>*>{"revision", &revision}, {"from", &from},
                             {"to", &to}})
    if (!revisionOption(args, name, *value))
      return usage(std::string("--") + name + " must be a revision number (1, 2, ...), not '" +
                   args.get(name).value_or("") + "'");
  const bool redline = document.value() == domain::DocumentKind::kRedline;
  if (redline && (!from || !to)) return usage("a redline needs --from N and --to M (revision numbers)");
  if (redline) revision = to;
  domain::Date today = domain::SystemClock().today();
  if (auto t = args.get("today")) {
    auto parsed = domain::Date::parse("--today", *t);
    if (!parsed.ok()) return usage("--today " + parsed.error().message);
    today = parsed.value();
  }

  auto loaded = loadBundle(args.at(0), args.get("countries", ""));
  if (!loaded) return kExitFailure;
  const domain::Declaration* declaration = pickDeclaration(loaded->dossier, args.get("declaration", ""));
  if (!declaration) return kExitFailure;
  auto languages = domain::parseLanguages(args.get("language", ""), args.get("parallel", ""));
  if (!languages.ok()) return usage("--" + languages.error().field + " " + languages.error().message);
  if (redline && !languages->empty()) return usage("a redline is in the declaration's own language only");
  // The declaration as each language prints it; the first replaces the bundle's.
  std::optional<domain::Declaration> right;
  if (!languages->empty()) {
    std::optional<int> n = revision;
    if (!n && declaration->shownRevision()) n = declaration->shownRevision()->number;
    std::vector<domain::Declaration> printed;
    for (const auto& tag : *languages) {
      auto in = domain::printedIn(*declaration, document.value(), n, tag, loaded->dossier.languageVersions);
      if (!in.ok()) {
        std::cerr << "error: " << in.error().field << ": " << in.error().message << "\n";
        return kExitFailure;
      }
      printed.push_back(std::move(in).value());
    }
    if (printed.size() == 2) right = printed[1];
    for (auto& d : loaded->dossier.declarations)
      if (d.id == declaration->id) d = printed[0];
    declaration = loaded->dossier.declaration(printed[0].id);
  }

  render::TemplateDirs dirs{args.get("templates", ""), base::dataPath("templates")};
  // A PDF is the DOCX as LibreOffice prints it.
  const bool pdf = format.value() == domain::DocumentFormat::kPdf;
  const render::Format rendered = pdf ? domain::DocumentFormat::kDocx : format.value();
  render::PdfSettings pdfSettings;
  pdfSettings.maxParallel = 1;
  pdfSettings.soffice = args.get("soffice", pdfSettings.soffice);
  pdfSettings.workDir = args.get("pdf-work-dir", "");
  if (auto t = args.get("pdf-timeout")) {
    int seconds = 0;
    try {
      std::size_t used = 0;
      seconds = std::stoi(*t, &used);
      if (used != t->size()) seconds = 0;
    } catch (const std::exception&) {
    }
    if (seconds < 1 || seconds > 3600) return usage("--pdf-timeout must be whole seconds from 1 to 3600, not '" + *t + "'");
    pdfSettings.timeout = std::chrono::seconds(seconds);
  }
  // One converter for the check and the conversion: it sets up its profile once.
  std::optional<render::PdfConverter> converter;
  if (pdf) converter.emplace(pdfSettings);
  if (converter && !converter->available())
    return usage("--format pdf needs LibreOffice ('" + pdfSettings.soffice +
                 "' not found; Debian: apt-get install libreoffice-writer-nogui)");
  auto renderer = render::Renderer::load(dirs, args.get("schemas", base::dataPath("schema")),
                                         {{document.value(), rendered}});
  if (!renderer.ok()) {
    std::cerr << "error: cannot load the templates: " << renderer.error().message << "\n";
    return kExitFailure;
  }
  render::RenderRequest request{loaded->dossier, loaded->catalog, declaration->id, document.value(),
                                rendered, revision, today, from, right ? &*right : nullptr};
  auto bytes = renderer->render(request);
  if (bytes.ok() && converter) bytes = converter->convert(*bytes);
  if (!bytes.ok()) {
    const auto& e = bytes.error();
    bool internal = e.code == domain::ErrorCode::kInternal;
    std::cerr << (internal ? "internal error: " : "error: ") << (e.field.empty() ? "" : e.field + ": ")
              << e.message << "\n";
    return kExitFailure;
  }
  if (!writeOutput(*output, bytes.value())) {
    std::cerr << "error: cannot write '" << *output << "'\n";
    return kExitFailure;
  }
  if (*output != "-")
    std::cout << "wrote " << *output << " (" << domain::toString(document.value()) << ", "
              << domain::toString(format.value()) << ", " << bytes->size() << " bytes)\n";
  return kExitOk;
}

const CommandRegistrar kRegistrar({"render", "render a declaration or report as DOCX, XML, Akoma Ntoso or PDF", &run});

}  // namespace
}  // namespace accord::cli
