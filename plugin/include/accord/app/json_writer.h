// A minimal JSON text builder for audit snapshots. The application layer stays
// standard-library only, and the audit hash needs a byte-exact, stable text: keys
// come out in the order written, numbers in one fixed format, no whitespace.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace accord::app {

class JsonWriter {
 public:
  JsonWriter& beginObject();
  JsonWriter& endObject();
  JsonWriter& beginArray();
  JsonWriter& endArray();
  JsonWriter& key(std::string_view k);

  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(long long n);
  JsonWriter& value(int n) { return value(static_cast<long long>(n)); }
  JsonWriter& value(long n) { return value(static_cast<long long>(n)); }
  JsonWriter& value(double d);
  JsonWriter& value(bool b);
  JsonWriter& null();
  // Inserts already-encoded JSON (a nested snapshot).
  JsonWriter& raw(std::string_view json);

  // key + value; an empty optional writes null.
  template <class T>
  JsonWriter& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }
  template <class T>
  JsonWriter& field(std::string_view k, const std::optional<T>& v) {
    key(k);
    return v ? value(*v) : null();
  }

  const std::string& str() const { return out_; }

 private:
  void separate();
  std::string out_;
  bool needComma_ = false;
};

// `s` as a JSON string literal, quotes included.
std::string jsonQuote(std::string_view s);

}  // namespace accord::app
