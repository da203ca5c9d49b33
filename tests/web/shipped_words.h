// The shipped message catalogue (templates/html/messages.*.json) in one language,
// for tests of the words pages build at run time. Tests run in the source tree.
#pragma once

#include <string>

#include "catalogue.h"
#include "wording.h"

namespace accord::web {

inline const Catalogue& shippedCatalogue() {
  static const Catalogue catalogue = Catalogue::load("templates/html").value();
  return catalogue;
}

inline Wording shippedWords(const std::string& language = "en") { return Wording(shippedCatalogue(), language); }

}  // namespace accord::web
