// Small pieces the record writers share: optional dates, times and enum names
// written as their text or null, lists of country codes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/base/json_writer.h"
#include "accord/domain/country.h"
#include "accord/domain/date.h"

namespace accord::json::detail {

template <class T>
std::optional<std::string> iso(const std::optional<T>& v) {
  return v ? std::optional<std::string>(v->iso()) : std::nullopt;
}

template <class E>
std::optional<std::string> name(const std::optional<E>& v) {
  return v ? std::optional<std::string>(toString(*v)) : std::nullopt;
}

// An optional name: itself, or null when empty and `nullForEmpty`.
inline std::optional<std::string> optionalName(const std::string& s, bool nullForEmpty) {
  if (s.empty() && nullForEmpty) return std::nullopt;
  return s;
}

inline void countries(base::JsonWriter& w, const char* key, const std::vector<domain::CountryCode>& codes) {
  w.key(key).beginArray();
  for (const auto& c : codes) w.value(c.str());
  w.endArray();
}

}  // namespace accord::json::detail
