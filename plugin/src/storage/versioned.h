// Optimistic concurrency in SQL: an update names the version it read, and the
// database applies it only if that is still the stored one. Read committed is
// enough for this: a concurrent writer of the same row waits on its lock and then
// re-checks the condition against the committed row, so exactly one wins.
#pragma once

#include <string>

#include "accord/domain/result.h"
#include "sql.h"

namespace accord::storage::detail {

// Scope of the query helpers: a WHERE for the record's own table and one for its
// child tables, sharing the same parameters.
struct Scope {
  std::string parent;
  std::string child;
  Params params;
};

// UPDATE `table` SET `set`, version = version + 1 WHERE `key` AND version = expected.
// Returns the new version, kConflict when the stored version differs, kNotFound
// when no row matches `key`. `setParams` bind before `keyParams`.
domain::Result<long> versionedUpdate(Sql& sql, const std::string& table, const std::string& set, Params setParams,
                                     const std::string& key, const Params& keyParams, long expected,
                                     const std::string& what);

// Builds a page from `rows` fetched with limit+1: trims the extra one and sets the
// cursor to the key of the last item kept.
template <class T, class Key>
void trimPage(std::vector<T>& items, std::size_t limit, std::string& next, Key key) {
  next.clear();
  if (items.size() > limit) {
    items.resize(limit);
    next = key(items.back());
  }
}

}  // namespace accord::storage::detail
