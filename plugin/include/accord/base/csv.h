// CSV in and out (RFC 4180), standard library only. Debian packages libcsv (C,
// a streaming parser with callbacks) but no C++ CSV library worth a dependency:
// what Accord needs (whole small files, BOM, ';' from spreadsheets set to a
// European locale, UTF-8 checks, formula neutralising on output) is a few hundred
// lines that the tests below it pin down, and libcsv would still leave all of
// those to us.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accord::base::csv {

using Row = std::vector<std::string>;

struct ReadOptions {
  std::size_t maxBytes = 16 * 1024 * 1024;  // larger input is refused whole
  bool sameWidth = true;                    // every row has the first row's column count
};

// Where reading stopped and why, in words for the person who made the file.
struct ReadError {
  std::size_t line = 0;  // 1-based physical line where the record starts (0: the whole input)
  std::string message;
};

struct Table {
  std::vector<Row> rows;
  char separator = ',';
  bool hadBom = false;
};

struct ReadResult {
  Table table;
  std::optional<ReadError> error;  // set: table holds the rows read before it
  bool ok() const { return !error; }
};

// Reads `text` as RFC 4180 CSV: fields separated by ',' or ';' (whichever the
// first line has more of outside quotes; ',' on a tie), records ended by CRLF, LF
// or CR, fields in double quotes may hold separators, line breaks and doubled
// quotes. A leading UTF-8 BOM is dropped; blank lines are skipped. Refuses input
// over maxBytes, that is not UTF-8, with a quote inside an unquoted field or text
// after a closing quote, an unterminated quote, or (sameWidth) a row whose column
// count differs from the first row's.
ReadResult read(std::string_view text, const ReadOptions& options = {});

struct WriteOptions {
  bool bom = true;                // spreadsheet programs read UTF-8 only with it
  char separator = ',';
  bool neutraliseFormulas = true;  // see neutralised()
};

// A cell a spreadsheet program would not run as a formula (CSV injection, OWASP):
// one starting with '=', '+', '-', '@', a tab or a carriage return gets a leading
// apostrophe, which spreadsheet programs show and never evaluate. A plain number
// ("-3", "+4.5") is left alone: it is no formula, and stays a number.
std::string neutralised(const std::string& cell);

// The rows as CSV: CRLF line ends (RFC 4180), a field quoted when it holds the
// separator, a quote, a line break, or begins or ends with a space, and every
// neutralised field quoted too.
std::string write(const std::vector<Row>& rows, const WriteOptions& options = {});

}  // namespace accord::base::csv
