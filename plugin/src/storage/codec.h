// Conversions between domain values and SQL values. Dates and instants travel as
// ISO text, enums by their stable names (domain/enum_names.h), booleans as 0/1.
// Reading a value the domain refuses throws CorruptData.
#pragma once

#include <optional>
#include <string>

#include "accord/domain/country.h"
#include "accord/domain/date.h"
#include "accord/domain/id.h"
#include "db_error.h"
#include "sql.h"

namespace accord::storage::detail {

inline SqlValue v(const std::string& s) { return s; }
inline SqlValue v(const char* s) { return std::string(s); }
inline SqlValue v(int i) { return std::int64_t{i}; }
inline SqlValue v(long i) { return std::int64_t{i}; }
inline SqlValue v(long long i) { return static_cast<std::int64_t>(i); }
inline SqlValue v(std::size_t i) { return static_cast<std::int64_t>(i); }
inline SqlValue v(bool b) { return std::int64_t{b ? 1 : 0}; }
inline SqlValue v(double d) { return d; }
inline SqlValue v(domain::Date d) { return d.iso(); }
inline SqlValue v(domain::Timestamp t) { return t.iso(); }
inline SqlValue v(const domain::CountryCode& c) { return c.str(); }
template <class Tag>
SqlValue v(const domain::Id<Tag>& id) {
  return id.str();
}
template <class T>
SqlValue v(const std::optional<T>& o) {
  return o ? v(*o) : SqlValue{nullptr};
}

template <class T>
T parsed(domain::Result<T> r, const std::string& what) {
  if (!r.ok()) throw CorruptData(what + ": " + r.error().message);
  return std::move(r).value();
}

inline domain::Date date(const Rows& rows, std::size_t r, std::size_t c) {
  return parsed(domain::Date::parse("date", rows.str(r, c)), "stored date");
}
inline std::optional<domain::Date> optDate(const Rows& rows, std::size_t r, std::size_t c) {
  if (rows.isNull(r, c)) return std::nullopt;
  return date(rows, r, c);
}
inline domain::Timestamp instant(const Rows& rows, std::size_t r, std::size_t c) {
  return parsed(domain::Timestamp::parse("time", rows.str(r, c)), "stored time");
}
inline std::optional<domain::Timestamp> optInstant(const Rows& rows, std::size_t r, std::size_t c) {
  if (rows.isNull(r, c)) return std::nullopt;
  return instant(rows, r, c);
}
inline domain::CountryCode country(const Rows& rows, std::size_t r, std::size_t c) {
  return parsed(domain::CountryCode::parse("country", rows.str(r, c)), "stored country");
}
inline std::optional<domain::CountryCode> optCountry(const Rows& rows, std::size_t r, std::size_t c) {
  if (rows.isNull(r, c)) return std::nullopt;
  return country(rows, r, c);
}
// Reads an enum with its domain parser, e.g. enumOf(rows, r, c, domain::parseAcceptance).
template <class Parse>
auto enumOf(const Rows& rows, std::size_t r, std::size_t c, Parse parse) {
  return parsed(parse("stored value", rows.str(r, c)), "stored value");
}
template <class Id>
Id idOf(const Rows& rows, std::size_t r, std::size_t c) {
  return Id(rows.str(r, c));
}
inline bool flag(const Rows& rows, std::size_t r, std::size_t c) { return rows.i64(r, c) != 0; }

}  // namespace accord::storage::detail
