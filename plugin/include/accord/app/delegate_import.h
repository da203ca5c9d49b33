// Delegates of a conference imported from a CSV file (issue 13 item 7): first a
// preview of every row with what importing it would do or why it is refused, then
// the import itself, all rows or none, in one transaction and one audit event.
//
// The file has a header row naming its columns, in any order: "country" (an ISO
// code), "name" and "role" (head_of_delegation, national_coordinator, expert,
// observer) are required; "title", "organization" (an organization of the
// conference's directory, by id, acronym or name) and "email" (checked as the
// directory checks a person's address) are optional. Any other column is refused
// rather than silently dropped.
//
// A row is matched to a person of the conference's directory by country and name
// (after the usual text normalisation, case-sensitive): a match is not added to the
// directory again, and a match already in that country's delegation is left alone
// unless the role differs. So importing the same file twice changes nothing the
// second time. People are never edited by an import (title, organization and
// e-mail are only used for people new to the directory).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "accord/domain/conference.h"
#include "accord/domain/country.h"

namespace accord::app {

// The largest file and the most rows an import takes; larger ones are refused whole.
inline constexpr std::size_t kMaxImportBytes = 1024 * 1024;
inline constexpr std::size_t kMaxImportRows = 2000;

enum class ImportOutcome { kNewPerson, kJoins, kRoleChanged, kUnchanged, kRefused };
const char* toString(ImportOutcome o);

struct ImportProblem {
  std::string column;  // the header's name for it ("country"), or empty for the whole row
  std::string message;
};

struct ImportRow {
  std::size_t line = 0;  // the row's number, the header being row 1 (blank lines are not counted)
  std::string country, name, title, organization, role, email;  // as read (normalised when valid)
  ImportOutcome outcome = ImportOutcome::kRefused;
  domain::PersonId person;         // the matched or new person when not refused
  std::vector<ImportProblem> problems;
};

struct DelegateImport {
  std::vector<ImportRow> rows;
  std::size_t refused = 0;  // rows with problems
  std::size_t changes = 0;  // rows that would change something
};

// What importing `csv` into conference `id` would do, row by row; nothing is stored.
// Returns kForbidden unless the actor is secretariat; kNotFound for an unknown
// conference; kInvalidArgument naming "file" for a file that cannot be read as CSV
// (too large, not UTF-8, bad quoting, unequal rows; message names the line), has no
// rows, too many rows, or naming "file.header" for a missing or unknown column.
Result<DelegateImport> previewDelegateImport(const Context& ctx, const domain::Actor& actor,
                                             const domain::CountryCatalog& countries, const domain::ConferenceId& id,
                                             std::string_view csv);

struct ImportedDelegates {
  domain::Conference conference;  // as stored after the import
  DelegateImport report;          // what each row did
};

// Imports `csv` into conference `id` under `expectedVersion`: all its rows or, if
// any row is refused, none (kInvalidArgument naming the first refused row and its
// column, e.g. "row 3.country"). The errors of previewDelegateImport, and kConflict
// for a stale version. A file that changes nothing leaves the conference (and its
// version) as it was and records no audit event.
Result<ImportedDelegates> importDelegates(const Context& ctx, const domain::Actor& actor,
                                           const domain::CountryCatalog& countries, const domain::ConferenceId& id,
                                         std::string_view csv, long expectedVersion);

}  // namespace accord::app
