// A minimal JSON text builder, standard library only, so that every layer (the
// audit chain in app included) writes JSON the same way. The audit hash needs a
// byte-exact, stable text: keys come out in the order written, numbers in one
// fixed format, no whitespace (or, on request, indented for people to read).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace accord::base {

class JsonWriter {
 public:
  // `indent` > 0 puts each member on its own line, indented by that many spaces
  // per level ("key": value), as files meant for people are; 0 writes compact text.
  explicit JsonWriter(int indent = 0) : indent_(indent) {}

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
  void close(char bracket);
  std::string out_;
  int indent_ = 0;
  int depth_ = 0;
  bool needComma_ = false;
  bool afterKey_ = false;  // the next value goes on the key's line
  bool empty_ = false;     // the open container has no member yet
};

// `s` as a JSON string literal, quotes included.
std::string jsonQuote(std::string_view s);

}  // namespace accord::base
