#include "accord/base/csv.h"

namespace accord::base::csv {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The length of the valid UTF-8 sequence at `i`, or 0 (overlong forms,
// surrogates and code points above U+10FFFF are invalid).
std::size_t utf8Length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  unsigned char c1 = byte(i + 1);
  if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
  if (c == 0xED && c1 > 0x9F) return 0;  // surrogate
  if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
  if (c == 0xF4 && c1 > 0x8F) return 0;  // above U+10FFFF
  return n;
}

// The first byte offset that is not UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = utf8Length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::size_t lineAt(std::string_view s, std::size_t offset) {
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i)
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) ++line;
  return line;
}

// ';' when the first record has more of them than ',' outside quotes.
char detectSeparator(std::string_view s) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : s) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r')) break;
    else if (!quoted && c == ',') ++commas;
    else if (!quoted && c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

bool isNumber(const std::string& s) {
  std::size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') digits = true;
    else if (s[i] == '.' && !dot) dot = true;
    else return false;
  }
  return digits;
}

}  // namespace

ReadResult read(std::string_view text, const ReadOptions& options) {
  ReadResult out;
  if (text.size() > options.maxBytes) {
    out.error = ReadError{0, "the file is larger than " + std::to_string(options.maxBytes / (1024 * 1024)) + " MiB"};
    return out;
  }
  if (text.substr(0, kBom.size()) == kBom) {
    text.remove_prefix(kBom.size());
    out.table.hadBom = true;
  }
  if (std::size_t bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
    out.error = ReadError{lineAt(text, bad), "is not UTF-8 text (save the file as \"CSV UTF-8\")"};
    return out;
  }
  const char sep = out.table.separator = detectSeparator(text);
  auto fail = [&](std::size_t start, const std::string& message) {
    out.error = ReadError{lineAt(text, start), message};
    return out;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t recordStart = i;
    // A blank line holds no record.
    if (text[i] == '\n' || text[i] == '\r') {
      i += (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    Row row;
    bool endOfRecord = false;
    while (!endOfRecord) {
      std::string field;
      if (i < text.size() && text[i] == '"') {
        ++i;
        for (;;) {
          if (i >= text.size()) return fail(recordStart, "a quoted field is not closed (a \" is missing)");
          if (text[i] == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              field += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          field += text[i++];
        }
        if (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r')
          return fail(recordStart, "text after a closing quote; a quote inside a quoted field is written \"\"");
      } else {
        while (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r') {
          if (text[i] == '"') return fail(recordStart, "a quote inside an unquoted field; quote the whole field");
          field += text[i++];
        }
      }
      row.push_back(std::move(field));
      if (i < text.size() && text[i] == sep) {
        ++i;
        continue;
      }
      endOfRecord = true;
      if (i < text.size()) i += (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
    }
    if (options.sameWidth && !out.table.rows.empty() && row.size() != out.table.rows.front().size())
      return fail(recordStart, "has " + std::to_string(row.size()) + " columns where the first row has " +
                                   std::to_string(out.table.rows.front().size()));
    out.table.rows.push_back(std::move(row));
  }
  return out;
}

std::string neutralised(const std::string& cell) {
  if (cell.empty() || isNumber(cell)) return cell;
  char c = cell[0];
  if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return "'" + cell;
  return cell;
}

std::string write(const std::vector<Row>& rows, const WriteOptions& options) {
  std::string out;
  if (options.bom) out += kBom;
  for (const Row& row : rows) {
    for (std::size_t k = 0; k < row.size(); ++k) {
      if (k) out += options.separator;
      std::string cell = options.neutraliseFormulas ? neutralised(row[k]) : row[k];
      bool quote = cell != row[k] || cell.find_first_of(std::string("\"\r\n") + options.separator) != std::string::npos ||
                   (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
      if (!quote) {
        out += cell;
        continue;
      }
      out += '"';
      for (char ch : cell) {
        if (ch == '"') out += '"';
        out += ch;
      }
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace accord::base::csv
