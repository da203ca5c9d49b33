// Per-transaction bookkeeping shared by the repositories of one unit of work: the
// first database fault seen, so that the store rolls back (even if the use case
// carried on) and knows whether to retry or to replace the session.
#pragma once

#include <string>

#include "db_error.h"

namespace accord::storage::detail {

struct TxState {
  std::string where;  // the redacted URI, for messages
  bool faulted = false;
  bool retryable = false;
  bool connectionLost = false;
  domain::Error firstError;  // meaningful when faulted
};

// Runs `f`; a thrown fault is classified, noted in `tx` and returned as the error
// of f's Result or Status type.
template <class F>
auto guarded(TxState& tx, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (...) {
    Fault fault = classifyCurrentException(tx.where);
    if (!tx.faulted) tx.firstError = fault.error;
    tx.faulted = true;
    tx.retryable = tx.retryable || fault.retryable;
    tx.connectionLost = tx.connectionLost || fault.connectionLost;
    return fault.error;
  }
}

}  // namespace accord::storage::detail
