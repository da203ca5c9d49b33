#include "accord/base/json_writer.h"

#include <cmath>
#include <cstdio>

namespace accord::base {

std::string jsonQuote(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(ch);  // UTF-8 passes through unchanged
        }
    }
  }
  out.push_back('"');
  return out;
}

void JsonWriter::separate() {
  if (needComma_) out_.push_back(',');
  needComma_ = true;
  if (indent_ > 0 && depth_ > 0 && !afterKey_) {
    out_.push_back('\n');
    out_.append(static_cast<std::size_t>(depth_ * indent_), ' ');
  }
  afterKey_ = false;
  empty_ = false;
}

void JsonWriter::close(char bracket) {
  --depth_;
  // An empty container stays on one line: [] and {}.
  if (indent_ > 0 && !empty_) {
    out_.push_back('\n');
    out_.append(static_cast<std::size_t>(depth_ * indent_), ' ');
  }
  out_.push_back(bracket);
  needComma_ = true;
  empty_ = false;
}

JsonWriter& JsonWriter::beginObject() {
  separate();
  out_.push_back('{');
  ++depth_;
  needComma_ = false;
  empty_ = true;
  return *this;
}
JsonWriter& JsonWriter::endObject() {
  close('}');
  return *this;
}
JsonWriter& JsonWriter::beginArray() {
  separate();
  out_.push_back('[');
  ++depth_;
  needComma_ = false;
  empty_ = true;
  return *this;
}
JsonWriter& JsonWriter::endArray() {
  close(']');
  return *this;
}
JsonWriter& JsonWriter::key(std::string_view k) {
  separate();
  out_ += jsonQuote(k);
  out_ += indent_ > 0 ? ": " : ":";
  needComma_ = false;  // the value follows without a comma
  afterKey_ = true;
  return *this;
}
JsonWriter& JsonWriter::value(std::string_view s) {
  separate();
  out_ += jsonQuote(s);
  return *this;
}
JsonWriter& JsonWriter::value(long long n) {
  separate();
  out_ += std::to_string(n);
  return *this;
}
JsonWriter& JsonWriter::value(double d) {
  separate();
  if (!std::isfinite(d)) {
    out_ += "null";  // JSON has no NaN or infinity
    return *this;
  }
  // 17 significant digits round-trip any double exactly.
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  out_ += buf;
  return *this;
}
JsonWriter& JsonWriter::value(bool b) {
  separate();
  out_ += b ? "true" : "false";
  return *this;
}
JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  return *this;
}
JsonWriter& JsonWriter::raw(std::string_view json) {
  separate();
  out_ += json;
  return *this;
}

}  // namespace accord::base
