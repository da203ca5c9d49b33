// The query string of a request, decoded, with typed readers whose errors name
// the parameter.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "accord/domain/result.h"

namespace accord::http {

class Query {
 public:
  // Parses "a=1&b=x%20y". Returns kInvalidArgument (field "query") for bad
  // percent-encoding; a repeated parameter is an error too (which one would count?).
  static domain::Result<Query> parse(const std::string& rawQuery);

  const std::vector<std::pair<std::string, std::string>>& all() const { return items_; }
  std::optional<std::string> get(const std::string& name) const;
  bool has(const std::string& name) const { return get(name).has_value(); }

  // An integer in [min, max]; absent gives nullopt. Returns kInvalidArgument naming
  // the parameter otherwise.
  domain::Result<std::optional<long>> integer(const std::string& name, long min, long max) const;

  // The parameter `name` read with `parse(field, text)` (the domain's parsers:
  // CountryCode::parse, parseEndorsementStatus, ...); absent gives nullopt.
  // Returns `parse`'s error, which names `name`, for a bad value. One place, so
  // that every optional filter treats absence and bad values alike.
  template <class T, class Parse>
  domain::Result<std::optional<T>> optional(const std::string& name, Parse parse) const {
    auto text = get(name);
    if (!text) return std::optional<T>();
    domain::Result<T> parsed = parse(std::string_view(name), std::string_view(*text));
    if (!parsed.ok()) return parsed.error();
    return std::optional<T>(std::move(*parsed));
  }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

// `raw` read as an integer in [min, max]; absent (nullopt) gives nullopt. Returns
// kInvalidArgument naming `name` otherwise. Query::integer and the pages share it,
// so that both say the same of the same bad value.
domain::Result<std::optional<long>> parseInteger(const std::string& name, const std::optional<std::string>& raw,
                                                 long min, long max);

}  // namespace accord::http
