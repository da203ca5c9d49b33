#include "pg_result.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <stdexcept>

#include "db_error.h"

namespace accord::storage::detail {

namespace {
[[noreturn]] void notNumber(const PgResult& r, std::size_t col, const std::string& text) {
  throw CorruptData("column " + r.columns.at(col) + " holds '" + text + "' where a number is required");
}

std::optional<double> parseReal(const std::string& text) {
  const char* begin = text.c_str();
  char* end = nullptr;
  double d = std::strtod(begin, &end);
  if (text.empty() || end != begin + text.size()) return std::nullopt;
  return d;
}
}  // namespace

const std::optional<std::string>& pgCell(const PgResult& r, std::size_t row, std::size_t col) {
  if (row >= r.rows || col >= r.columns.size()) throw std::out_of_range("no such cell in the result");
  return r.cells[row * r.columns.size() + col];
}

std::optional<std::string> pgText(const PgResult& r, std::size_t row, std::size_t col) {
  const auto& cell = pgCell(r, row, col);
  if (cell && r.kinds[col] == PgResult::Kind::kBool) return std::string(*cell == "t" ? "true" : "false");
  return cell;
}

std::optional<std::int64_t> pgInteger(const PgResult& r, std::size_t row, std::size_t col) {
  const auto& cell = pgCell(r, row, col);
  if (!cell) return std::nullopt;
  const std::string& text = *cell;
  if (r.kinds[col] == PgResult::Kind::kBool) return text == "t" ? 1 : 0;
  std::int64_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec == std::errc() && end == text.data() + text.size()) return n;
  // A numeric or a float (SUM, AVG) holding a whole number reads as that number.
  auto d = parseReal(text);
  if (!d || !std::isfinite(*d) || std::trunc(*d) != *d || std::fabs(*d) > 9.2e18) notNumber(r, col, text);
  return static_cast<std::int64_t>(*d);
}

double pgReal(const PgResult& r, std::size_t row, std::size_t col) {
  const auto& cell = pgCell(r, row, col);
  if (!cell) throw CorruptData("column " + r.columns.at(col) + " is NULL where a number is required");
  if (r.kinds[col] == PgResult::Kind::kBool) return *cell == "t" ? 1 : 0;
  auto d = parseReal(*cell);
  if (!d) notNumber(r, col, *cell);
  return *d;
}

}  // namespace accord::storage::detail
