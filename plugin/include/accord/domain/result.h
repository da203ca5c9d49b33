// Expected failures as values: an Error names what went wrong and which field;
// Result<T> holds either a T or an Error. Exceptions are kept for the unexpected.
#pragma once

#include <cassert>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <variant>

namespace accord::domain {

// One code per kind of failure a caller can act on. The HTTP layer maps each code
// to one status in a single table; the CLI maps them to exit codes.
enum class ErrorCode {
  kInvalidArgument,    // input breaks a rule (bad text, unknown enum, bad date)
  kNotFound,           // the referenced object does not exist
  kAlreadyExists,      // creating something whose id is taken
  kInvalidState,       // the object's state does not allow this (illegal transition)
  kConflict,           // stale version: someone else changed it first
  kPreconditionRequired,  // an update came without the version it expects
  kForbidden,          // the actor may not do this
  kUnauthenticated,    // no or bad credentials
  kTooLarge,           // input over a size limit
  kRateLimited,        // too many attempts: wait and try again (failed logins)
  kUnavailable,        // a dependency (storage) cannot be reached now
  kInternal,           // a bug or an unexpected fault
};

// The stable name of a code ("invalid_argument"), used in problem types and logs.
const char* errorCodeName(ErrorCode code);
inline std::ostream& operator<<(std::ostream& os, ErrorCode code) { return os << errorCodeName(code); }

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // one sentence a person can act on
  std::string field;    // the offending field ("revision.operative[2].text"), or empty
  long retryAfterSeconds = 0;  // kRateLimited: how long to wait, when known (HTTP Retry-After)

  static Error invalid(std::string field, std::string message) {
    return {ErrorCode::kInvalidArgument, std::move(message), std::move(field)};
  }
  static Error state(std::string message, std::string field = {}) {
    return {ErrorCode::kInvalidState, std::move(message), std::move(field)};
  }
  static Error notFound(std::string message, std::string field = {}) {
    return {ErrorCode::kNotFound, std::move(message), std::move(field)};
  }
  static Error forbidden(std::string message) {
    return {ErrorCode::kForbidden, std::move(message), {}};
  }
  static Error conflict(std::string message) {
    return {ErrorCode::kConflict, std::move(message), {}};
  }
};

// Either a value or an Error. Access to the wrong alternative is a programming
// error (asserted), so callers test ok() first.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}            // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}        // NOLINT: implicit by design

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<0>(v_); }
  const T& value() const& { assert(ok()); return std::get<0>(v_); }
  T&& value() && { assert(ok()); return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { assert(!ok()); return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// Result of an operation that yields nothing but may fail.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design
  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { assert(!ok()); return *error_; }

 private:
  std::optional<Error> error_;
};

}  // namespace accord::domain
