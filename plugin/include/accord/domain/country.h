// Countries: ISO 3166-1 alpha-2 codes plus user-defined ones (XK), with display
// names that may carry a footnote mark ("Kosovo*").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accord/domain/date.h"
#include "accord/domain/result.h"

namespace accord::domain {

// Two upper-case ASCII letters. Whether the code is known is a CountryCatalog matter.
class CountryCode {
 public:
  CountryCode() = default;
  // Returns kInvalidArgument naming `field` unless `text` is two letters A-Z.
  static Result<CountryCode> parse(std::string_view field, std::string_view text);
  const std::string& str() const { return code_; }

  friend bool operator==(const CountryCode& a, const CountryCode& b) { return a.code_ == b.code_; }
  friend bool operator!=(const CountryCode& a, const CountryCode& b) { return a.code_ != b.code_; }
  friend bool operator<(const CountryCode& a, const CountryCode& b) { return a.code_ < b.code_; }

 private:
  explicit CountryCode(std::string code) : code_(std::move(code)) {}
  std::string code_;
};

// A name a country used before its current one, in English and per language.
struct FormerName {
  std::string name;
  std::map<std::string, std::string> names;  // language tag -> name
  std::optional<Date> from;                  // the first day it was used; none: before any record
  Date until;                                // the day the next name took effect
};

struct Country {
  CountryCode code;
  std::string name;         // English short name: "Kosovo"
  std::string displayName;  // as printed, may carry a mark: "Kosovo*"; empty = name
  std::string footnote;     // the note the mark refers to, or empty
  std::map<std::string, std::string> names;  // language code -> name
  bool userDefined = false;
  std::vector<FormerName> formerNames;  // oldest first

  const std::string& shown() const { return displayName.empty() ? name : displayName; }
  // The former name in use on `on` (from <= on < until), or nullptr when the
  // current name was.
  const FormerName* formerNameOn(Date on) const;
};

// The countries a deployment knows: the reference list plus a bundle's additions.
class CountryCatalog {
 public:
  // Adds or replaces (a bundle may override the display of a reference entry).
  void put(Country country);
  const Country* find(const CountryCode& code) const;
  // Returns kNotFound naming `field` if the code is not in the catalog.
  Status require(std::string_view field, const CountryCode& code) const;
  // The display name, or the bare code if unknown.
  std::string shown(const CountryCode& code) const;
  std::vector<Country> all() const;  // ordered by code
  std::size_t size() const { return byCode_.size(); }

 private:
  std::map<CountryCode, Country> byCode_;
};

}  // namespace accord::domain
