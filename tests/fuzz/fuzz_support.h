// What every fuzz target shares: the input as text, and the project's shipped data
// (samples/, schema/) found from ACCORD_HOME or the working directory, as the
// tests find them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace accord::fuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// `relative` ("samples/reference/countries.json") below ACCORD_HOME, or below the
// working directory when ACCORD_HOME is not set.
inline std::string shipped(const std::string& relative) {
  const char* home = std::getenv("ACCORD_HOME");
  return (home && *home ? std::string(home) + "/" : std::string()) + relative;
}

// libFuzzer treats an escaping exception as a crash, which is what we want: the
// parsers promise to turn bad input into errors, never to throw.

}  // namespace accord::fuzz
