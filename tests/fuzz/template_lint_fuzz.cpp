// The template checks on arbitrary bytes: a custom template is untrusted text that
// an administrator drops into a folder. The first byte picks the Mustache lint
// (kainjow's parser included) or the XML well-formedness lint.
#include "fuzz_support.h"
#include "template_lint.h"

using namespace accord;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string text(fuzz::text(data + 1, size - 1));
  if (data[0] & 1) {
    (void)render::lintXml(text, "fuzz.xml.mustache");
  } else {
    (void)render::lintMustache(text, "fuzz.xml.mustache");
    if (size > 0) (void)render::positionOf(text, data[0] % (text.size() + 1));
  }
  return 0;
}
