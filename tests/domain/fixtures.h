// Small, valid domain objects for the domain suites to start from.
#pragma once

#include <ostream>
#include <type_traits>
#include <utility>

#include "accord/domain/dossier.h"

namespace accord::domain {
// Lets Boost.Test print any domain enum that has a toString (data test cases).
template <class E, class = std::enable_if_t<std::is_enum_v<E>>, class = decltype(toString(std::declval<E>()))>
std::ostream& operator<<(std::ostream& os, E e) {
  return os << toString(e);
}
}  // namespace accord::domain

namespace accord::test {

domain::CountryCode cc(const char* code);
domain::Timestamp at(const char* iso);
domain::Date day(const char* iso);

// A declaration with two revisions, open for endorsement with revision 2 final,
// inviting AL, MK, RS.
domain::Declaration openDeclaration();
// The same declaration still drafting, one revision.
domain::Declaration draftDeclaration();
// A commitment on clause "op-1" for AL and MK with deadline 2017-12-31 and one
// milestone due 2017-06-30.
domain::Commitment commitment(const domain::Declaration& d);

}  // namespace accord::test
