// One table per enum gives both directions of its text form, so the names used in
// JSON, SQL and templates cannot drift apart.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// Every name of the table, in its order.
template <class E, std::size_t N>
std::vector<const char*> enumNameList(const std::pair<E, const char*> (&table)[N]) {
  std::vector<const char*> out;
  for (const auto& entry : table) out.push_back(entry.second);
  return out;
}

// Every text form of enum E, from the same table as toString and parse, for
// documents that list the accepted values (the OpenAPI schema) so that they keep
// no second list. Specialized next to each enum's table (domain/*.cpp) and
// declared in the enum's header.
template <class E>
const std::vector<const char*>& enumNames();

// The enum named by `text`, or kInvalidArgument naming `field` and listing the choices.
template <class E, std::size_t N>
Result<E> parseEnum(const std::pair<E, const char*> (&table)[N], std::string_view field,
                    std::string_view text) {
  if (auto e = enumParse(table, text)) return *e;
  return Error::invalid(std::string(field), "must be one of " + enumChoices(table) + ", got '" +
                                                std::string(text.substr(0, 40)) + "'");
}

}  // namespace accord::domain
