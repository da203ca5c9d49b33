// accord render: renders a declaration, its endorsement status report or its
// implementation report from a bundle file, as DOCX or as schema-valid XML.
#include <cstdio>
#include <fstream>
#include <iostream>

#include "accord/base/data_dir.h"
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

int usage(const std::string& message) {
  std::cerr << "error: " << message << "\n(see accord render --help)\n";
  return kExitUsage;
}

int run(const std::vector<std::string>& rawArgs) {
  // Args knows long options only; -o is the conventional short form of --output.
  std::vector<std::string> argv;
  for (const auto& a : rawArgs) argv.push_back(a == "-o" ? "--output" : a);

  Args args("accord render BUNDLE.json [--declaration ID] [--document declaration|status|implementation]\n"
            "       [--format docx|xml] [--revision N] [--templates DIR] [--today YYYY-MM-DD] -o FILE",
            "Renders a declaration (draft or final text), its endorsement status report or its\n"
            "implementation report as a Word document (DOCX) or as XML valid against the\n"
            "schemas in schema/. The same input always gives byte-identical output.");
  args.positional("BUNDLE.json", "a conference bundle (see schema/bundle-format.md)")
      .option("declaration", "ID", "the declaration to render (default: the bundle's first)")
      .option("document", "KIND", "declaration, status or implementation", "declaration")
      .option("format", "FORMAT", "docx or xml (default: from the output file's extension, else docx)")
      .option("revision", "N", "the revision to render (default: the final one if frozen, else the latest)")
      .option("templates", "DIR", "an organization's template folder; documents it lacks come from the "
                                  "built-in templates")
      .option("today", "YYYY-MM-DD", "the 'as of' date timeliness is judged against (default: today)")
      .option("output", "FILE", "where to write the document, '-' for standard output (short: -o)")
      .option("countries", "FILE", "reference country list (default: samples/reference/countries.json)")
      .option("schemas", "DIR", "the XSD folder (default: the shipped schema/)");
  if (!args.parse(argv)) return args.exitCode();

  auto output = args.get("output");
  if (!output || output->empty()) return usage("missing -o FILE (use '-o -' for standard output)");
  auto document = render::parseDocumentKind("--document", args.get("document", "declaration"));
  if (!document.ok()) return usage("--document " + document.error().message);
  std::string formatText = args.get("format", endsWith(*output, ".xml") ? "xml" : "docx");
  auto format = render::parseFormat("--format", formatText);
  if (!format.ok()) return usage("--format " + format.error().message);
  std::optional<int> revision;
  if (auto r = args.get("revision")) {
    try {
      std::size_t used = 0;
      revision = std::stoi(*r, &used);
      if (used != r->size() || *revision < 1) throw std::invalid_argument(*r);
    } catch (const std::exception&) {
      return usage("--revision must be a revision number (1, 2, ...), not '" + *r + "'");
    }
  }
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

  render::TemplateDirs dirs{args.get("templates", ""), base::dataPath("templates")};
  auto renderer = render::Renderer::load(dirs, args.get("schemas", base::dataPath("schema")),
                                         {{document.value(), format.value()}});
  if (!renderer.ok()) {
    std::cerr << "error: cannot load the templates: " << renderer.error().message << "\n";
    return kExitFailure;
  }
  render::RenderRequest request{loaded->dossier, loaded->catalog, declaration->id, document.value(),
                                format.value(), revision, today};
  auto bytes = renderer->render(request);
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

const CommandRegistrar kRegistrar({"render", "render a declaration or report as DOCX or XML", &run});

}  // namespace
}  // namespace accord::cli
