// Database faults become domain errors here, once: constraint violations name the
// rule, lost connections and unusable files become kUnavailable with the cause.
// Nothing above the storage layer ever sees a Poco exception.
#pragma once

#include <exception>
#include <stdexcept>
#include <string>

#include "accord/domain/result.h"

namespace accord::storage::detail {

// A stored value that cannot be what the schema promises (hand-edited data).
class CorruptData : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Fault {
  domain::Error error;
  bool retryable = false;       // deadlock or serialisation failure: run the transaction again
  bool connectionLost = false;  // the session is unusable and must be replaced
};

// Classifies the exception in flight; `where` names the database for messages.
// Call only from a catch block.
Fault classifyCurrentException(const std::string& where);

}  // namespace accord::storage::detail
