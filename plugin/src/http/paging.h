// Pagination the handlers add on top of the repositories: over a list already in
// memory (keyed by a unique, stable key) and over a repository's pages with a
// filter the repository does not know. Cursors stay opaque to clients.
#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "accord/app/page.h"
#include "accord/domain/result.h"

namespace accord::http {

// The page of `all` after the item whose key is the cursor. Returns
// kInvalidArgument naming "cursor" when no item has that key.
template <class T, class Key>
domain::Result<app::Page<T>> pageOf(std::vector<T> all, const app::PageRequest& request, Key key) {
  std::size_t start = 0;
  if (!request.after.empty()) {
    while (start < all.size() && key(all[start]) != request.after) ++start;
    if (start == all.size()) return domain::Error::invalid("cursor", "does not continue this list; start again without it");
    ++start;
  }
  app::Page<T> page;
  std::size_t end = std::min(all.size(), start + request.clampedLimit());
  for (std::size_t i = start; i < end; ++i) page.items.push_back(std::move(all[i]));
  if (end < all.size() && !page.items.empty()) page.next = key(page.items.back());
  return page;
}

// The continuation of a filtered walk over a repository's pages: the repository
// cursor of the page being read, how many of its items were already seen, and
// the page size (so that the same page comes back).
struct FilterCursor {
  std::string after;
  std::size_t skip = 0;
  std::size_t pageSize = 0;

  std::string encode() const;
  // Returns kInvalidArgument naming "cursor" for text encode() did not make.
  static domain::Result<FilterCursor> decode(const std::string& text);
};

// Collects up to request.limit items that `keep` accepts, reading the
// repository's pages with `fetch` as far as needed.
template <class T>
domain::Result<app::Page<T>> filteredPage(const app::PageRequest& request,
                                          const std::function<domain::Result<app::Page<T>>(const app::PageRequest&)>& fetch,
                                          const std::function<bool(const T&)>& keep) {
  FilterCursor at{"", 0, request.clampedLimit()};
  if (!request.after.empty()) {
    auto c = FilterCursor::decode(request.after);
    if (!c.ok()) return c.error();
    at = *c;
  }
  app::Page<T> out;
  const std::size_t want = request.clampedLimit();
  for (;;) {
    auto page = fetch(app::PageRequest{at.pageSize, at.after});
    if (!page.ok()) return page.error();
    auto& items = page->items;
    for (std::size_t i = at.skip; i < items.size(); ++i) {
      if (!keep(items[i])) continue;
      out.items.push_back(std::move(items[i]));
      if (out.items.size() == want) {
        if (i + 1 < items.size()) out.next = FilterCursor{at.after, i + 1, at.pageSize}.encode();
        else if (!page->next.empty()) out.next = FilterCursor{page->next, 0, at.pageSize}.encode();
        return out;
      }
    }
    if (page->next.empty()) return out;
    at = FilterCursor{page->next, 0, at.pageSize};
  }
}

}  // namespace accord::http
