#include "docx_package.h"

#include <memory>
#include <stdexcept>

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/ZipArchiveInfo.h>
#include <Poco/Zip/ZipFileInfo.h>
#include <Poco/Zip/ZipLocalFileHeader.h>
#include <zlib.h>

// Why not Poco::Zip::Compress: it sets up a fresh deflate stream (about 256 KB of
// zlib state) for every entry and cannot store an entry compressed in advance.
// For a dozen small parts that was three quarters of a render, and freeing that
// state made glibc hand memory back to the kernel and fault it in again on every
// document. Here the shipped parts are deflated once at load, one deflate stream
// per thread is reused for the rendered ones, and Poco::Zip's header classes
// write the local headers, the central directory and its end record.

namespace accord::render {
namespace {

constexpr const char* kContentTypes = "[Content_Types].xml";

class Deflater {
 public:
  explicit Deflater(int level) {
    // Raw deflate (negative window bits): a ZIP entry holds no zlib header.
    if (deflateInit2(&z_, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
      throw std::runtime_error("zlib: deflateInit2 failed");
  }
  ~Deflater() { deflateEnd(&z_); }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  std::string deflate(std::string_view in) {
    deflateReset(&z_);
    // An uninitialised scratch buffer kept between calls: a zero-filled one the
    // size of the input cost more than deflating it at level 1.
    std::size_t bound = deflateBound(&z_, static_cast<uLong>(in.size()));
    if (bound > capacity_) {
      buffer_.reset(new Bytef[bound]);
      capacity_ = bound;
    }
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z_.avail_in = static_cast<uInt>(in.size());
    z_.next_out = buffer_.get();
    z_.avail_out = static_cast<uInt>(capacity_);
    if (::deflate(&z_, Z_FINISH) != Z_STREAM_END) throw std::runtime_error("zlib: deflate did not finish");
    return std::string(reinterpret_cast<const char*>(buffer_.get()), z_.total_out);
  }

 private:
  z_stream z_{};
  std::unique_ptr<Bytef[]> buffer_;
  std::size_t capacity_ = 0;
};

Poco::Zip::ZipCommon::CompressionLevel levelFlag(int level) {
  if (level >= 8) return Poco::Zip::ZipCommon::CL_MAXIMUM;
  if (level >= 3) return Poco::Zip::ZipCommon::CL_NORMAL;
  return level == 2 ? Poco::Zip::ZipCommon::CL_FAST : Poco::Zip::ZipCommon::CL_SUPERFAST;
}

void addEntry(const DeflatedPart& part, std::string& out, std::string& central) {
  // The earliest time a ZIP entry can carry: a fixed stamp, never the clock.
  static const Poco::DateTime kWhen(1980, 1, 1);
  // The whole name as a file name without folders: Poco then writes it as is and
  // adds no folder entry for "word/".
  Poco::Path path;
  path.setFileName(part.name);
  Poco::Zip::ZipLocalFileHeader header(path, kWhen, Poco::Zip::ZipCommon::CM_DEFLATE, levelFlag(part.level));
  header.setCRC(part.crc);
  header.setCompressedSize(part.data.size());
  header.setUncompressedSize(part.size);
  Poco::Zip::ZipFileInfo info(header);
  info.setOffset(out.size());
  out += header.createHeader();
  out += part.data;
  central += info.createHeader();
}

}  // namespace

DeflatedPart deflatePart(std::string name, std::string_view content, int level) {
  // One stream per thread and level, reused: see the note at the top.
  thread_local Deflater fast(1), normal(6), best(9);
  Deflater& d = level <= 1 ? fast : level >= 9 ? best : normal;
  DeflatedPart part;
  part.name = std::move(name);
  part.level = level <= 1 ? 1 : level >= 9 ? 9 : 6;
  part.size = content.size();
  part.crc = static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(content.data()), static_cast<uInt>(content.size())));
  part.data = d.deflate(content);
  return part;
}

std::string packDocx(const std::vector<const DeflatedPart*>& parts) {
  std::size_t total = 64;
  for (const auto* p : parts) total += p->data.size() + 2 * p->name.size() + 128;
  std::string out, central;
  out.reserve(total);
  for (const auto* p : parts)
    if (p->name == kContentTypes) addEntry(*p, out, central);
  for (const auto* p : parts)
    if (p->name != kContentTypes) addEntry(*p, out, central);

  Poco::Zip::ZipArchiveInfo end;
  end.setNumberOfEntries(static_cast<Poco::UInt16>(parts.size()));
  end.setTotalNumberOfEntries(static_cast<Poco::UInt16>(parts.size()));
  end.setCentralDirectorySize(static_cast<Poco::UInt32>(central.size()));
  end.setCentralDirectoryOffset(static_cast<Poco::UInt32>(out.size()));
  out += central;
  out += end.createHeader();
  return out;
}

std::string packDocx(const std::vector<PackagePart>& parts) {
  std::vector<DeflatedPart> deflated;
  deflated.reserve(parts.size());
  for (const auto& p : parts) deflated.push_back(deflatePart(p.name, p.content, 6));
  std::vector<const DeflatedPart*> pointers;
  for (const auto& d : deflated) pointers.push_back(&d);
  return packDocx(pointers);
}

}  // namespace accord::render
