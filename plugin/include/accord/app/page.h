// Keyset pagination: a page of items and the cursor that continues after it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace accord::app {

inline constexpr std::size_t kDefaultPageSize = 50;
inline constexpr std::size_t kMaxPageSize = 500;

struct PageRequest {
  std::size_t limit = kDefaultPageSize;  // clamped to 1..kMaxPageSize
  std::string after;                     // the previous page's `next`; empty: from the start

  std::size_t clampedLimit() const {
    return limit == 0 ? 1 : (limit > kMaxPageSize ? kMaxPageSize : limit);
  }
};

template <class T>
struct Page {
  std::vector<T> items;
  std::string next;  // opaque cursor; empty on the last page
};

}  // namespace accord::app
