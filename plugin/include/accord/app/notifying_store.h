// A Store that tells a listener after every read-write transaction it committed:
// the one place where this process learns that its own data changed, whichever
// adapter changed it (an API call, a page's form, signing in or out). The API's
// read cache listens, so what a page writes is read back through the API at once,
// exactly like what the API writes.
#pragma once

#include <functional>
#include <string>

#include "accord/app/store.h"

namespace accord::app {

class NotifyingStore final : public Store {
 public:
  explicit NotifyingStore(Store& inner) : inner_(inner) {}

  // Sets the one listener, called on the committing thread right after the commit
  // (before the caller hears of it). Set it before any request runs; an empty
  // function removes it.
  void onCommit(std::function<void()> listener) { listener_ = std::move(listener); }

  // Runs `work` on the inner store; tells the listener when a kReadWrite
  // transaction committed. Returns what the inner store returns.
  Status run(TxMode mode, const std::function<Status(Repositories&)>& work) override;
  std::string describe() const override { return inner_.describe(); }

 private:
  Store& inner_;
  std::function<void()> listener_;
};

}  // namespace accord::app
