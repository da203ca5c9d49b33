// Byte helpers shared by the security adapters: randomness from OpenSSL, base64
// without line breaks, and splitting encoded strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accord::security {

std::vector<unsigned char> randomBytes(std::size_t n);  // throws if the CSPRNG fails
std::string base64(const std::vector<unsigned char>& bytes);
std::optional<std::vector<unsigned char>> unbase64(std::string_view text);
std::string hex(const std::vector<unsigned char>& bytes);
std::vector<std::string> split(std::string_view text, char separator);

}  // namespace accord::security
