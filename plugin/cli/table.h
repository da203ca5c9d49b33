// Plain-text tables for terminal output; widths count characters, not bytes, so
// "Đorđević" and Cyrillic names line up.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace accord::cli {

class Table {
 public:
  explicit Table(std::vector<std::string> headers);
  void add(std::vector<std::string> row);
  void print(std::ostream& out) const;

 private:
  std::vector<std::vector<std::string>> rows_;  // first row: headers
};

// Characters (UTF-8 code points) in `s`.
std::size_t displayWidth(const std::string& s);

}  // namespace accord::cli
