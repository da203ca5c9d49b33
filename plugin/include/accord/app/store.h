// The unit of work: a use case runs its reads, its writes and its audit event in
// one database transaction, so that a change and its audit record exist together
// or not at all.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "accord/app/repositories.h"

namespace accord::app {

enum class TxMode {
  kReadWrite,  // serialised with other writers where the backend needs it
  kReadOnly,   // one consistent snapshot for several queries
};

class Store {
 public:
  virtual ~Store() = default;

  // Runs `work` in one transaction. Commits when it returns ok, rolls back when it
  // returns an error (which is passed on) or when a storage fault occurred inside.
  // A transaction aborted by the database's deadlock or serialisation detector is
  // re-run from the start a few times, so `work` must not have effects outside the
  // repositories it is given. A connection found dead before any work is replaced
  // once. Returns kUnavailable when the database cannot be reached.
  virtual Status run(TxMode mode, const std::function<Status(Repositories&)>& work) = 0;

  // "sqlite:var/accord.db" or "postgresql://user@host:port/db" (no password), for messages.
  virtual std::string describe() const = 0;
};

// Convenience over Store::run for work that yields a value.
template <class T, class Work>
Result<T> transact(Store& store, TxMode mode, Work&& work) {
  std::optional<T> out;
  Status s = store.run(mode, [&](Repositories& r) -> Status {
    Result<T> res = work(r);
    if (!res.ok()) return res.error();
    out = std::move(res).value();
    return {};
  });
  if (!s.ok()) return s.error();
  return std::move(*out);
}

}  // namespace accord::app
