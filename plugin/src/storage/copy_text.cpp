#include "copy_text.h"

#include <charconv>

namespace accord::storage::detail {

void appendCopyLine(std::string& out, const Params& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) out.push_back('\t');
    const auto& p = row[i];
    if (std::holds_alternative<std::nullptr_t>(p)) {
      out += "\\N";
    } else if (auto* n = std::get_if<std::int64_t>(&p)) {
      out += std::to_string(*n);
    } else if (auto* d = std::get_if<double>(&p)) {
      char buf[64];
      auto r = std::to_chars(buf, buf + sizeof buf, *d);  // shortest text that reads back exactly, as exec.cpp
      out.append(buf, r.ptr);
    } else {
      for (char c : std::get<std::string>(p)) {
        switch (c) {
          case '\\': out += "\\\\"; break;
          case '\t': out += "\\t"; break;
          case '\n': out += "\\n"; break;
          case '\r': out += "\\r"; break;
          default: out.push_back(c);
        }
      }
    }
  }
  out.push_back('\n');
}

}  // namespace accord::storage::detail
