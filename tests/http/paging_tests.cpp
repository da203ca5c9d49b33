// Pagination over lists in memory and over repository pages with a filter.
#include <boost/test/unit_test.hpp>

#include "paging.h"

using namespace accord;
using namespace accord::http;

namespace {
// A repository of the numbers 1..n in pages, as the storage returns them: the
// cursor is the last item's text.
domain::Result<app::Page<int>> numbers(int n, const app::PageRequest& p) {
  app::Page<int> page;
  int start = p.after.empty() ? 1 : std::stoi(p.after) + 1;
  for (int i = start; i <= n && page.items.size() < p.clampedLimit(); ++i) page.items.push_back(i);
  if (!page.items.empty() && page.items.back() < n) page.next = std::to_string(page.items.back());
  return page;
}

std::vector<int> walk(int n, std::size_t limit, const std::function<bool(const int&)>& keep) {
  std::vector<int> out;
  app::PageRequest request{limit, ""};
  for (int guard = 0; guard < 1000; ++guard) {
    auto page = filteredPage<int>(request, [&](const app::PageRequest& p) { return numbers(n, p); }, keep);
    BOOST_REQUIRE(page.ok());
    BOOST_REQUIRE(page->items.size() <= limit);
    out.insert(out.end(), page->items.begin(), page->items.end());
    if (page->next.empty()) break;
    request.after = page->next;
  }
  return out;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(paging_tests)

BOOST_AUTO_TEST_CASE(an_in_memory_list_pages_by_key) {
  std::vector<std::string> all{"a", "b", "c", "d", "e"};
  auto key = [](const std::string& s) { return s; };
  auto first = pageOf(all, {2, ""}, key);
  BOOST_TEST(first->items.size() == 2u);
  BOOST_TEST(first->next == "b");
  auto last = pageOf(all, {2, "d"}, key);
  BOOST_TEST(last->items == std::vector<std::string>{"e"});
  BOOST_TEST(last->next.empty());
  BOOST_TEST(pageOf(all, {2, "zz"}, key).error().field == "cursor");
}

BOOST_AUTO_TEST_CASE(a_filtered_walk_finds_every_match_once_in_order) {
  auto even = [](const int& i) { return i % 2 == 0; };
  for (std::size_t limit : {1u, 2u, 3u, 7u, 50u}) {
    std::vector<int> got = walk(23, limit, even);
    std::vector<int> want;
    for (int i = 2; i <= 23; i += 2) want.push_back(i);
    BOOST_TEST(got == want, "limit " << limit);
  }
}

BOOST_AUTO_TEST_CASE(a_filter_matching_nothing_ends_with_an_empty_page) {
  std::vector<int> got = walk(30, 4, [](const int&) { return false; });
  BOOST_TEST(got.empty());
}

BOOST_AUTO_TEST_CASE(cursors_round_trip_and_garbage_is_refused) {
  FilterCursor c{"some/cursor?x", 3, 50};
  auto back = FilterCursor::decode(c.encode());
  BOOST_REQUIRE(back.ok());
  BOOST_TEST(back->after == c.after);
  BOOST_TEST(back->skip == 3u);
  BOOST_TEST(back->pageSize == 50u);
  for (std::string bad : {"", "f", "x1.2.", "f0.0.", "f1.2.zz", "f1.2.abc", "f999.1.00"})
    BOOST_TEST(!FilterCursor::decode(bad).ok(), bad);
}

BOOST_AUTO_TEST_SUITE_END()
