// What changed between two audit snapshots of a record (the JSON the audit trail
// keeps before and after each change), field by field, for a reader.
#pragma once

#include <string>
#include <vector>

namespace accord::json {

struct FieldChange {
  std::string field;   // the JSON path without "$": "status", "signer.name", "milestones[0].state"
  std::string before;  // the value as text ("" when absent or null)
  std::string after;
};

// The fields whose values differ between `before` and `after` (either may be
// empty: a record created or deleted), in path order. Scalars compare as their
// JSON text; a snapshot that is not a JSON object reads as one field "(record)".
std::vector<FieldChange> changedFields(const std::string& before, const std::string& after);

}  // namespace accord::json
