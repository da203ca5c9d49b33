#include "accord/domain/word_diff.h"

#include <unordered_map>

namespace accord::domain {
namespace {

const std::pair<TextSpan::Op, const char*> kOps[] = {
    {TextSpan::Op::kSame, "equal"}, {TextSpan::Op::kInserted, "insert"}, {TextSpan::Op::kDeleted, "delete"}};

enum class Cls { kWord, kSpace, kBreak, kPunct, kMark };

// Decodes the code point at s[i] and advances i past it; a byte that does not
// start a well-formed sequence is returned as itself (0x110000 + byte) and
// advances by one, so nothing is lost and no sequence is ever split.
char32_t decode(std::string_view s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0x110000 + byte(i++);
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0x110000 + byte(i++);
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += len;
  return cp;
}

bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

// Combining marks (and joiners, variation selectors, emoji modifiers) of the
// scripts a declaration is likely to be written in: they stay with the code point
// before them even when that is a space or a punctuation mark.
bool combining(char32_t c) {
  return in(c, 0x0300, 0x036F) || in(c, 0x0483, 0x0489) || in(c, 0x0591, 0x05BD) || in(c, 0x05BF, 0x05C7) ||
         in(c, 0x0610, 0x061A) || in(c, 0x064B, 0x065F) || c == 0x0670 || in(c, 0x0900, 0x0903) ||
         in(c, 0x093A, 0x094F) || c == 0x0E31 || in(c, 0x0E34, 0x0E3A) || in(c, 0x0E47, 0x0E4E) ||
         in(c, 0x1AB0, 0x1AFF) || in(c, 0x1DC0, 0x1DFF) || in(c, 0x200C, 0x200D) || in(c, 0x20D0, 0x20FF) ||
         in(c, 0xFE00, 0xFE0F) || in(c, 0xFE20, 0xFE2F) || in(c, 0x1F3FB, 0x1F3FF) || in(c, 0xE0020, 0xE007F) ||
         in(c, 0xE0100, 0xE01EF);
}

bool space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x1680 || in(c, 0x2000, 0x200A) || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

bool punctuation(char32_t c) {
  if (c < 0x80) return !(in(c, '0', '9') || in(c, 'a', 'z') || in(c, 'A', 'Z')) && c > 0x20;
  return in(c, 0x00A1, 0x00BF) || c == 0x00D7 || c == 0x00F7 || in(c, 0x055A, 0x055F) || in(c, 0x0589, 0x058A) ||
         c == 0x05BE || c == 0x05C0 || c == 0x05C3 || c == 0x05C6 || in(c, 0x05F3, 0x05F4) || c == 0x060C ||
         c == 0x061B || c == 0x061F || in(c, 0x066A, 0x066D) || c == 0x06D4 || in(c, 0x0964, 0x0965) ||
         in(c, 0x2010, 0x2027) || in(c, 0x2030, 0x205E) || in(c, 0x3001, 0x3003) || in(c, 0x3008, 0x3011) ||
         in(c, 0xFF01, 0xFF0F) || in(c, 0xFF1A, 0xFF20) || in(c, 0xFF3B, 0xFF40) || in(c, 0xFF5B, 0xFF65) ||
         c >= 0x110000;  // a stray byte
}

Cls classify(char32_t c) {
  if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) return Cls::kBreak;
  if (space(c)) return Cls::kSpace;
  if (combining(c)) return Cls::kMark;
  if (punctuation(c)) return Cls::kPunct;
  return Cls::kWord;
}

// Myers' bisection, ported from the middle-snake search of diff-match-patch: the
// forward and reverse searches meet on a snake, and each side of it is solved
// on its own, so only two vectors of N+M entries are ever held.
class Differ {
 public:
  Differ(const std::vector<int>& a, const std::vector<int>& b, EditMarks& out) : a_(a), b_(b), out_(out) {}

  void diff(int a0, int a1, int b0, int b1) {
    while (a0 < a1 && b0 < b1 && a_[a0] == b_[b0]) ++a0, ++b0;
    while (a0 < a1 && b0 < b1 && a_[a1 - 1] == b_[b1 - 1]) --a1, --b1;
    if (a0 == a1 || b0 == b1) return changed(a0, a1, b0, b1);
    bisect(a0, a1, b0, b1);
  }

 private:
  void changed(int a0, int a1, int b0, int b1) {
    for (int i = a0; i < a1; ++i) out_.deleted[i] = true;
    for (int j = b0; j < b1; ++j) out_.inserted[j] = true;
  }

  void bisect(int a0, int a1, int b0, int b1) {
    const int n = a1 - a0, m = b1 - b0;
    // Two entries of slack: with n + m <= 2 the start entry [off + 1] would lie
    // past 2 * maxD (diff-match-patch never bisects such short texts; we do).
    const int maxD = (n + m + 1) / 2, off = maxD, len = 2 * maxD + 2;
    v1_.assign(len, -1);
    v2_.assign(len, -1);
    v1_[off + 1] = 0;
    v2_[off + 1] = 0;
    const int delta = n - m;
    const bool front = delta % 2 != 0;  // the forward path meets the reverse one
    int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
    for (int d = 0; d < maxD; ++d) {
      for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
        const int k1o = off + k1;
        int x1 = (k1 == -d || (k1 != d && v1_[k1o - 1] < v1_[k1o + 1])) ? v1_[k1o + 1] : v1_[k1o - 1] + 1;
        int y1 = x1 - k1;
        while (x1 < n && y1 < m && a_[a0 + x1] == b_[b0 + y1]) ++x1, ++y1;
        v1_[k1o] = x1;
        if (x1 > n) {
          k1end += 2;
        } else if (y1 > m) {
          k1start += 2;
        } else if (front) {
          const int k2o = off + delta - k1;
          if (k2o >= 0 && k2o < len && v2_[k2o] != -1 && x1 >= n - v2_[k2o]) return split(a0, a1, b0, b1, x1, y1);
        }
      }
      for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
        const int k2o = off + k2;
        int x2 = (k2 == -d || (k2 != d && v2_[k2o - 1] < v2_[k2o + 1])) ? v2_[k2o + 1] : v2_[k2o - 1] + 1;
        int y2 = x2 - k2;
        while (x2 < n && y2 < m && a_[a1 - 1 - x2] == b_[b1 - 1 - y2]) ++x2, ++y2;
        v2_[k2o] = x2;
        if (x2 > n) {
          k2end += 2;
        } else if (y2 > m) {
          k2start += 2;
        } else if (!front) {
          const int k1o = off + delta - k2;
          if (k1o >= 0 && k1o < len && v1_[k1o] != -1) {
            const int x1 = v1_[k1o];
            const int y1 = off + x1 - k1o;
            if (x1 >= n - x2) return split(a0, a1, b0, b1, x1, y1);
          }
        }
      }
    }
    changed(a0, a1, b0, b1);  // nothing in common
  }

  void split(int a0, int a1, int b0, int b1, int x, int y) {
    diff(a0, a0 + x, b0, b0 + y);
    diff(a0 + x, a1, b0 + y, b1);
  }

  const std::vector<int>& a_;
  const std::vector<int>& b_;
  EditMarks& out_;
  std::vector<int> v1_, v2_;  // reused by every bisection: each is done with them before it recurses
};

void push(std::vector<TextSpan>& out, TextSpan::Op op, std::string_view text) {
  if (!out.empty() && out.back().op == op) out.back().text += text;
  else out.push_back({op, std::string(text)});
}

}  // namespace

const char* toString(TextSpan::Op op) { return enumName(kOps, op); }
template <>
const std::vector<const char*>& enumNames<TextSpan::Op>() {
  static const auto names = enumNameList(kOps);
  return names;
}

std::vector<std::string_view> tokenizeWords(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0, i = 0;
  Cls current = Cls::kBreak;  // of the token being read, when one is open
  bool open = false;
  while (i < text.size()) {
    std::size_t at = i;
    Cls c = classify(decode(text, i));
    if (c == Cls::kMark && open) continue;  // stays with whatever it follows
    if (c == Cls::kMark) c = Cls::kWord;     // a mark that opens the text begins a word
    bool extends = open && c == current && (c == Cls::kWord || c == Cls::kSpace);
    if (extends) continue;
    if (open) out.push_back(text.substr(start, at - start));
    start = at;
    current = c;
    open = true;
  }
  if (open) out.push_back(text.substr(start));
  return out;
}

EditMarks shortestEdit(const std::vector<int>& a, const std::vector<int>& b) {
  EditMarks out{std::vector<bool>(a.size(), false), std::vector<bool>(b.size(), false)};
  Differ(a, b, out).diff(0, static_cast<int>(a.size()), 0, static_cast<int>(b.size()));
  return out;
}

std::vector<TextSpan> diffWords(std::string_view before, std::string_view after) {
  std::vector<TextSpan> out;
  if (before == after) {
    if (!before.empty()) out.push_back({TextSpan::Op::kSame, std::string(before)});
    return out;
  }
  auto a = tokenizeWords(before), b = tokenizeWords(after);
  // Tokens become small integers, so the search compares ints, not strings.
  std::unordered_map<std::string_view, int> ids;
  auto code = [&](const std::vector<std::string_view>& tokens) {
    std::vector<int> out;
    out.reserve(tokens.size());
    for (auto t : tokens) out.push_back(ids.emplace(t, static_cast<int>(ids.size())).first->second);
    return out;
  };
  std::vector<int> ca = code(a), cb = code(b);
  EditMarks marks = shortestEdit(ca, cb);
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && marks.deleted[i]) {
      push(out, TextSpan::Op::kDeleted, a[i++]);
    } else if (j < b.size() && marks.inserted[j]) {
      push(out, TextSpan::Op::kInserted, b[j++]);
    } else {
      push(out, TextSpan::Op::kSame, a[i++]);
      ++j;
    }
  }
  return out;
}

}  // namespace accord::domain
