// The word-level difference of two texts: the text is cut into tokens (words,
// runs of whitespace, each punctuation mark on its own; a combining character
// stays with the code point before it) and the shortest edit between the token
// sequences is found with Myers' O(ND) algorithm in linear space, so a long clause
// with a few changes costs little more than reading it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "accord/domain/enum_names.h"

namespace accord::domain {

struct TextSpan {
  enum class Op { kSame, kInserted, kDeleted };
  Op op = Op::kSame;
  std::string text;
};
// "equal", "insert", "delete": the names the API gives the pieces.
const char* toString(TextSpan::Op op);
template <>
const std::vector<const char*>& enumNames<TextSpan::Op>();

// Cuts `text` into tokens whose concatenation is `text` again: a word (letters,
// digits and any code point that is neither whitespace nor punctuation, with the
// combining marks that follow), a run of spaces or tabs, a line break, or one
// punctuation mark (with its combining marks). Never splits a UTF-8 sequence; a
// byte that is not valid UTF-8 is a token of its own.
std::vector<std::string_view> tokenizeWords(std::string_view text);

// Which items of `a` the shortest edit deletes and which items of `b` it inserts
// (every other item is common to both, in order): Myers' middle-snake bisection
// after trimming the common prefix and suffix, O((N+M)·D) time and O(N+M) space.
struct EditMarks {
  std::vector<bool> deleted;   // one per item of a
  std::vector<bool> inserted;  // one per item of b
};
EditMarks shortestEdit(const std::vector<int>& a, const std::vector<int>& b);

// The word-level difference of two texts, as spans in reading order: within a
// change, what is deleted comes before what is inserted; adjacent spans of the
// same kind are merged. Concatenating the kSame and kDeleted spans gives
// `before`; the kSame and kInserted spans give `after`.
std::vector<TextSpan> diffWords(std::string_view before, std::string_view after);

}  // namespace accord::domain
