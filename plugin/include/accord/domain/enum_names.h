// One table per enum gives both directions of its text form, so the names used in
// JSON, SQL and templates cannot drift apart.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "accord/domain/result.h"

namespace accord::domain {

template <class E, std::size_t N>
const char* enumName(const std::pair<E, const char*> (&table)[N], E value) {
  for (const auto& [e, name] : table)
    if (e == value) return name;
  return "?";
}

template <class E, std::size_t N>
std::optional<E> enumParse(const std::pair<E, const char*> (&table)[N], std::string_view text) {
  for (const auto& [e, name] : table)
    if (text == name) return e;
  return std::nullopt;
}

// "a|b|c": the accepted names, for error messages.
template <class E, std::size_t N>
std::string enumChoices(const std::pair<E, const char*> (&table)[N]) {
  std::string out;
  for (const auto& entry : table) {
    if (!out.empty()) out += '|';
    out += entry.second;
  }
  return out;
}

// The enum named by `text`, or kInvalidArgument naming `field` and listing the choices.
template <class E, std::size_t N>
Result<E> parseEnum(const std::pair<E, const char*> (&table)[N], std::string_view field,
                    std::string_view text) {
  if (auto e = enumParse(table, text)) return *e;
  return Error::invalid(std::string(field), "must be one of " + enumChoices(table) + ", got '" +
                                                std::string(text.substr(0, 40)) + "'");
}

}  // namespace accord::domain
