#include "accord/app/notifying_store.h"

namespace accord::app {

Status NotifyingStore::run(TxMode mode, const std::function<Status(Repositories&)>& work) {
  Status s = inner_.run(mode, work);
  if (s.ok() && mode == TxMode::kReadWrite && listener_) listener_();
  return s;
}

}  // namespace accord::app
