// One PostgreSQL statement's outcome as the driver module hands it to storage
// (postgresql/exec.cpp): every cell in the server's text format, row by row, with
// what each column holds. Shared by the module and storage, which are built by the
// same compiler from the same tree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace accord::storage::detail {

struct PgResult {
  enum class Kind : char { kText, kInteger, kReal, kBool };
  std::vector<std::string> columns;
  std::vector<Kind> kinds;                          // one per column
  std::vector<std::optional<std::string>> cells;    // rows × columns, row-major; nullopt is NULL
  std::size_t rows = 0;
  std::size_t affected = 0;  // rows returned, or changed by INSERT/UPDATE/DELETE
};

// A cell, nullopt for NULL; throws CorruptData naming the column when it holds
// something else than asked for. Booleans read as "true"/"false" and 1/0, as
// Poco::Data's conversions did.
const std::optional<std::string>& pgCell(const PgResult& r, std::size_t row, std::size_t col);
std::optional<std::string> pgText(const PgResult& r, std::size_t row, std::size_t col);
std::optional<std::int64_t> pgInteger(const PgResult& r, std::size_t row, std::size_t col);
double pgReal(const PgResult& r, std::size_t row, std::size_t col);

}  // namespace accord::storage::detail
