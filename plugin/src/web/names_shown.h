// People as pages name them: "Ana Petrova (secretariat)" instead of the user name
// a record keeps. A page gathers the user names it will show, asks once (one query
// per page, not one per row) and then looks each up.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "accord/app/account_use_cases.h"
#include "exchange.h"
#include "wording.h"
#include "site.h"

namespace accord::web {

class NamesShown {
 public:
  NamesShown() = default;
  NamesShown(std::map<std::string, app::AccountName> names, Wording words)
      : names_(std::move(names)), words_(std::move(words)) {}
  // "Ana Petrova (secretariat)"; the user name itself for an account that is
  // gone, or when the names could not be read (a page still shows who acted).
  std::string operator()(const std::string& userName) const;

 private:
  std::map<std::string, app::AccountName> names_;
  Wording words_;  // the roles in the page's language
};

// The display names and roles of `userNames` (empty ones skipped), read once for
// the visitor; on a failed read every name shows as its user name.
NamesShown namesShown(const Site& site, const Visit& v, const std::vector<std::string>& userNames);

}  // namespace accord::web
