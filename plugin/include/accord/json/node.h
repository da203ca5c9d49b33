// Reading JSON into domain values with every problem recorded under its JSON path
// ("$.declarations[0].revisions[1].operative[3].text"). A Node is one JSON object;
// each getter marks its key as known, and finish() reports the keys nobody asked for.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "accord/domain/country.h"
#include "accord/domain/date.h"
#include "accord/domain/result.h"
#include "accord/domain/text.h"

namespace accord::json {

using Errors = std::vector<domain::Error>;

class Node {
 public:
  Node(Poco::JSON::Object::Ptr object, std::string path, Errors& errors);

  const std::string& path() const { return path_; }
  std::string pathOf(const std::string& key) const { return path_ + "." + key; }
  bool has(const std::string& key) const;  // present and not null

  std::string text(const std::string& key, domain::TextRule rule);  // absent = "" (then checked)
  std::string id(const std::string& key);
  std::optional<std::string> optionalId(const std::string& key);
  std::optional<int> optionalInt(const std::string& key, int min, int max);
  int integer(const std::string& key, int min, int max);
  double number(const std::string& key);
  bool boolean(const std::string& key, bool fallback);
  domain::Date date(const std::string& key);
  std::optional<domain::Date> optionalDate(const std::string& key);
  domain::Timestamp time(const std::string& key);
  std::optional<domain::Timestamp> optionalTime(const std::string& key);
  domain::CountryCode country(const std::string& key);
  std::optional<domain::CountryCode> optionalCountry(const std::string& key);
  // An array of country codes; absent or null is an error only when `required`.
  std::vector<domain::CountryCode> countries(const std::string& key, bool required = true);
  std::vector<std::string> strings(const std::string& key, domain::TextRule rule);
  // An optional array of whole numbers, each within min..max (absent: none).
  std::vector<int> integers(const std::string& key, int min, int max);
  // An object of string values, such as names per language.
  std::map<std::string, std::string> stringMap(const std::string& key, domain::TextRule rule);

  // Reads the enum with `parse` (a domain parseX function); absent → `fallback`
  // if given, else an error.
  template <class E>
  E enumeration(const std::string& key, domain::Result<E> (*parse)(std::string_view, std::string_view),
                std::optional<E> fallback = std::nullopt) {
    auto raw = rawString(key, !fallback.has_value());
    if (!raw) return fallback.value_or(E{});
    auto r = parse(pathOf(key), *raw);
    if (!r.ok()) {
      errors_.push_back(r.error());
      return fallback.value_or(E{});
    }
    return r.value();
  }

  // Children: objects under `key` (a missing optional array gives none).
  std::optional<Node> object(const std::string& key, bool required);
  std::vector<Node> objects(const std::string& key, bool required = false);

  // Records an unknown-field error for every key not read.
  void finish();
  void fail(const std::string& key, const std::string& message);
  // A key the reader may not set (it comes from the URL, the actor or the server):
  // reported with `why`, once, and then forgotten so finish() does not call it unknown.
  void forbid(const std::string& key, const std::string& why);

 private:
  std::optional<std::string> rawString(const std::string& key, bool required);
  Poco::JSON::Array::Ptr array(const std::string& key, bool required);

  Poco::JSON::Object::Ptr object_;
  std::string path_;
  Errors& errors_;
  std::set<std::string> seen_;
};

// How parseObject names what it refuses and how deep it lets a document nest.
struct ParseOptions {
  std::string root = "$";  // the whole document's name in errors ("$", "body")
  int maxDepth = 0;        // nested objects and arrays allowed; 0: no limit
};

// Parses `json`, which must be one JSON object whose objects name each key once.
// Returns kInvalidArgument naming `root` when it is not valid JSON, not an object
// (`null` included) or nests deeper than maxDepth; naming the key's JSON path
// ("$.members[1].name") when an object repeats a key. The parser's own words never
// reach the message: they describe its internals, not the document.
domain::Result<Poco::JSON::Object::Ptr> parseObject(std::string_view json, const ParseOptions& options = {});

}  // namespace accord::json
