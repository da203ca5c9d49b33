// Validation of user text before it enters the domain: XML 1.0 forbidden characters
// are refused (they could never be rendered), line endings are normalised to LF, and
// lengths are bounded. Every error names the field.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "accord/domain/result.h"

namespace accord::domain {

struct TextRule {
  std::size_t minChars;  // in Unicode code points, after normalisation
  std::size_t maxChars;
  bool multiline;        // false: a line break is an error (names, titles)
};

namespace text_rules {
inline constexpr TextRule kName{1, 300, false};        // titles, names, places
inline constexpr TextRule kOptionalName{0, 300, false};
inline constexpr TextRule kLeadPhrase{0, 100, false};
inline constexpr TextRule kClause{1, 10000, true};     // recitals, clauses, commitments
inline constexpr TextRule kLongText{0, 20000, true};   // statements, narratives
inline constexpr TextRule kNote{0, 2000, true};        // change notes, reasons
inline constexpr TextRule kReason{1, 2000, true};      // a reason that must be given
}  // namespace text_rules

// Returns the text with CRLF and CR turned into LF and surrounding whitespace of a
// single-line text trimmed. Returns kInvalidArgument naming `field` if the text is
// not UTF-8, holds a character XML 1.0 forbids (controls other than tab and line
// breaks, surrogates, U+FFFE/U+FFFF), has a line break where none is allowed, or is
// outside the rule's length bounds.
Result<std::string> validateText(std::string_view field, std::string_view text, TextRule rule);

// How many Unicode code points valid UTF-8 `text` holds (what the rules count).
std::size_t countChars(std::string_view text);

// True if every character of `text` may appear in an XML 1.0 document. The renderer
// asserts this of what it is given.
bool isXmlSafe(std::string_view text);

// Ids of records: 1-64 of [A-Za-z0-9._-]. Returns kInvalidArgument naming `field`.
Status validateId(std::string_view field, std::string_view id);

}  // namespace accord::domain
