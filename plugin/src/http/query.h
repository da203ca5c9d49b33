// The query string of a request, decoded, with typed readers whose errors name
// the parameter.
#pragma once

#include <optional>
#include <string>
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

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

// `raw` read as an integer in [min, max]; absent (nullopt) gives nullopt. Returns
// kInvalidArgument naming `name` otherwise. Query::integer and the pages share it,
// so that both say the same of the same bad value.
domain::Result<std::optional<long>> parseInteger(const std::string& name, const std::optional<std::string>& raw,
                                                 long min, long max);

}  // namespace accord::http
