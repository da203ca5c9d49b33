// The API's query-string decoder on arbitrary bytes, then every typed reader the
// handlers use on whatever parameters came out.
#include "accord/domain/country.h"
#include "fuzz_support.h"
#include "query.h"

using namespace accord;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto query = http::Query::parse(std::string(fuzz::text(data, size)));
  if (!query.ok()) return 0;
  for (const auto& [name, value] : query->all()) {
    (void)query->integer(name, -1000, 1000);
    (void)query->optional<domain::CountryCode>(name, [](std::string_view field, std::string_view text) {
      return domain::CountryCode::parse(field, text);
    });
    (void)value;
  }
  (void)query->integer("limit", 1, 500);
  return 0;
}
