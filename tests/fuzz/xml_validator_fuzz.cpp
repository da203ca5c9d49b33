// The XSD validator's entry on arbitrary bytes: `accord validate` reads any file a
// user points it at. The schemas are the shipped ones, loaded once.
#include <cstdlib>
#include <iostream>

#include "accord/render/xml_validator.h"
#include "fuzz_support.h"

using namespace accord;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const render::XmlValidator validator = [] {
    auto loaded = render::XmlValidator::load(fuzz::shipped("schema"));
    if (!loaded.ok()) {
      std::cerr << "xml_validator_fuzz: cannot load schema/ (set ACCORD_HOME)\n";
      std::abort();
    }
    return std::move(*loaded);
  }();
  std::string_view xml = fuzz::text(data, size);
  (void)validator.validate(xml);
  if (size > 0 && data[0] == '<') (void)validator.validateWith(xml, "declaration.xsd");
  return 0;
}
