#include "accord/security/random_password.h"

#include "encoding.h"

namespace accord::security {

std::string randomPassword() {
  static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  static constexpr std::size_t kSymbols = sizeof(kAlphabet) - 1;
  static constexpr std::size_t kLength = 20;
  // Bytes at or above the largest multiple of kSymbols are redrawn, so that every
  // symbol is equally likely.
  static constexpr unsigned kLimit = 256 - 256 % kSymbols;
  std::string out;
  while (out.size() < kLength)
    for (unsigned char b : randomBytes(kLength))
      if (b < kLimit && out.size() < kLength) out.push_back(kAlphabet[b % kSymbols]);
  return out;
}

}  // namespace accord::security
