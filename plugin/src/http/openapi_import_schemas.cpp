// The component schemas of the CSV import of delegates (app/delegate_import.h).
#include "openapi.h"

namespace accord::http {

const char* importSchemas() {
  return R"JSON(
"DelegatesCsv": {"type": "string", "maxLength": 1048576,
  "description": "RFC 4180 CSV, UTF-8 (a BOM is dropped), ',' or ';' separated, at most 2000 rows. A header row names the columns in any order: country, name, role (required), title, organization (by id, acronym or name in the conference's directory), email (an address as the directory takes it; kept for people new to the directory). Any other column is refused."},
"DelegateImportRow": {"type": "object", "additionalProperties": false,
  "required": ["line", "country", "name", "title", "organization", "role", "outcome", "person", "problems"],
  "properties": {"line": {"type": "integer", "minimum": 1, "description": "the row's number, the header being row 1 (blank lines not counted)"},
    "country": {"type": "string"}, "name": {"type": "string"}, "title": {"type": "string"},
    "organization": {"type": "string"}, "role": {"type": "string", "description": "the cells as read (cut after 200 characters)"},
    "email": {"type": "string", "description": "empty when the file has no email column"},
    "outcome": {"type": "string", "enum": ["new_person", "joins", "role_changed", "unchanged", "refused"]},
    "person": {"type": ["string", "null"], "description": "the matched or new person's id; null when refused"},
    "problems": {"type": "array", "items": {"type": "object", "additionalProperties": false, "required": ["column", "message"],
      "properties": {"column": {"type": "string"}, "message": {"type": "string"}}}}}},
"DelegateImport": {"type": "object", "additionalProperties": false, "required": ["dryRun", "rows", "refused", "changes"],
  "properties": {"dryRun": {"type": "boolean"},
    "rows": {"type": "array", "items": {"$ref": "#/components/schemas/DelegateImportRow"}},
    "refused": {"type": "integer", "minimum": 0}, "changes": {"type": "integer", "minimum": 0}}}
)JSON";
}

}  // namespace accord::http
