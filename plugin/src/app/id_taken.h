// The check every creating use case makes before inserting: is the id still free?
// A taken id is the user's mistake and is said so in plain words naming the field
// "id", never with the storage's constraint message.
#pragma once

#include <string>

#include "accord/domain/result.h"

namespace accord::app::detail {

// The error for a record whose id is taken: kAlreadyExists, field "id",
// "a <what> with id <id> already exists".
inline domain::Error idTaken(const std::string& what, const std::string& id) {
  return domain::Error{domain::ErrorCode::kAlreadyExists, "a " + what + " with id " + id + " already exists", "id"};
}

// Given the result of looking the id up (inside the creating transaction), returns
// idTaken if a record was found, nothing if kNotFound, and any other failure as is.
template <class T>
domain::Status expectFreeId(const domain::Result<T>& lookup, const std::string& what, const std::string& id) {
  if (lookup.ok()) return idTaken(what, id);
  if (lookup.error().code == domain::ErrorCode::kNotFound) return {};
  return lookup.error();
}

// The storage's unique constraint stays the backstop (two requests racing for one
// id both pass expectFreeId); its violation is reported like the check's, so the
// user never sees the database's message. Other failures pass unchanged.
inline domain::Status asIdTaken(domain::Status inserted, const std::string& what, const std::string& id) {
  if (!inserted.ok() && inserted.error().code == domain::ErrorCode::kAlreadyExists) return idTaken(what, id);
  return inserted;
}

// Reports only: a taken id answered without saying that a report holds it (see
// fileReport for why). Other failures pass unchanged.
inline domain::Status reportIdUnavailable(domain::Status taken, const std::string& id) {
  if (taken.ok() || taken.error().code != domain::ErrorCode::kAlreadyExists) return taken;
  return domain::Error{domain::ErrorCode::kAlreadyExists,
                       "the id " + id + " cannot be used for a new report; choose another", "id"};
}

}  // namespace accord::app::detail
