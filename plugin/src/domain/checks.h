// Internal to the domain: runs a series of checks and keeps the first failure, so
// each normalize() reads as a list of rules.
#pragma once

#include <string>
#include <utility>

#include "accord/domain/result.h"
#include "accord/domain/text.h"

namespace accord::domain {

// An ISO 639-1 code as the domain stores it: two lower-case ASCII letters.
inline bool isLanguageCode(const std::string& s) {
  return s.size() == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z';
}

class Checks {
 public:
  // Checks `value` and replaces it with its normalised form (LF line endings, a
  // single-line text trimmed), so that the raw text cannot outlive the check. After
  // a failure, later fields are left as they were.
  Checks& text(const std::string& field, std::string& value, TextRule rule) {
    if (ok()) {
      auto r = validateText(field, value, rule);
      if (r.ok()) value = std::move(r).value();
      else status_ = r.error();
    }
    return *this;
  }
  Checks& id(const std::string& field, const std::string& value) { return also(validateId(field, value)); }
  Checks& that(bool condition, const std::string& field, const std::string& message) {
    if (ok() && !condition) status_ = Error::invalid(field, message);
    return *this;
  }
  Checks& also(const Status& s) {
    if (ok() && !s.ok()) status_ = s;
    return *this;
  }
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

 private:
  Status status_;
};

}  // namespace accord::domain
