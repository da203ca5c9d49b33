// SHA-256 (FIPS 180-4), standard library only, so that the audit chain (app) and
// the web layer's cookies hash with one piece of code whatever the backend.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace accord::base {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  // Finishes the hash; the object must not be updated afterwards.
  std::array<std::uint8_t, 32> digest();

 private:
  void block(const std::uint8_t* p);
  std::array<std::uint32_t, 8> h_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  // bytes hashed so far
};

// Lower-case hex of SHA-256(bytes).
std::string sha256Hex(std::string_view bytes);

}  // namespace accord::base
