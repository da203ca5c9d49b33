// accord validate: checks an XML file against the Accord schema its root element
// names (schema/*.xsd) and prints every problem with its line number.
#include <fstream>
#include <iostream>
#include <sstream>

#include "accord/base/data_dir.h"
#include "accord/render/xml_validator.h"
#include "args.h"
#include "command.h"

namespace accord::cli {
namespace {

int run(const std::vector<std::string>& argv) {
  Args args("accord validate FILE.xml [--schemas DIR]",
            "Validates an XML document against the Accord schema that declares its root\n"
            "element (declaration, endorsementStatus, implementationReport, or akomaNtoso:\n"
            "the OASIS Akoma Ntoso 3.0 schema in schema/akoma-ntoso/). Prints\n"
            "FILE:LINE:COLUMN: message for every problem; exits 1 if there is any.");
  args.positional("FILE.xml", "the XML document to check")
      .option("schemas", "DIR", "the XSD folder (default: the shipped schema/)");
  if (!args.parse(argv)) return args.exitCode();

  const std::string& path = args.at(0);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "error: cannot read '" << path << "'\n";
    return kExitFailure;
  }
  std::ostringstream text;
  text << in.rdbuf();

  auto validator = render::XmlValidator::load(args.get("schemas", base::dataPath("schema")));
  if (!validator.ok()) {
    std::cerr << "error: " << validator.error().message << "\n";
    return kExitFailure;
  }
  render::XmlValidation result = validator->validate(text.str());
  if (result.ok()) {
    std::cout << path << ": valid (" << result.schema << ")\n";
    return kExitOk;
  }
  for (const auto& issue : result.issues) {
    std::cerr << path;
    if (issue.line > 0) std::cerr << ":" << issue.line;
    if (issue.column > 0) std::cerr << ":" << issue.column;
    std::cerr << ": " << issue.message << "\n";
  }
  std::cerr << path << ": " << result.issues.size() << (result.issues.size() == 1 ? " problem" : " problems")
            << (result.schema.empty() ? std::string() : " against " + result.schema) << "\n";
  return kExitFailure;
}

const CommandRegistrar kRegistrar({"validate", "check an XML document against its Accord schema", &run});

}  // namespace
}  // namespace accord::cli
