// Zipping rendered parts into an OPC package (a .docx): deflate with zlib, ZIP
// records written with Poco::Zip's header classes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace accord::render {

// A part deflated and ready to be stored: the shipped parts of a template are
// deflated once when it is loaded, only the rendered ones on every render.
struct DeflatedPart {
  std::string name;        // "word/document.xml"; no leading slash
  std::uint32_t crc = 0;   // CRC-32 of the uncompressed bytes
  std::uint64_t size = 0;  // uncompressed size
  std::string data;        // raw deflate stream
  int level = 6;           // the zlib level it was deflated at
};

// Deflates `content` at zlib level 1 (fastest), 6 or 9 (smallest); other levels
// are taken to the nearest of these.
DeflatedPart deflatePart(std::string name, std::string_view content, int level);

// Returns the package: [Content_Types].xml first and the rest in the order given,
// every entry deflated and dated 1980-01-01 00:00, no folder entries (OPC has no
// folders), so the same parts always give the same bytes.
std::string packDocx(const std::vector<const DeflatedPart*>& parts);

struct PackagePart {
  std::string name;
  std::string content;
};
// As above, deflating every part first.
std::string packDocx(const std::vector<PackagePart>& parts);

}  // namespace accord::render
