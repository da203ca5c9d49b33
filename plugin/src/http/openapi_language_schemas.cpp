// The component schemas of a revision's language versions (see
// openapi_schemas.cpp for the rules they follow).
#include "openapi.h"

namespace accord::http {

const char* languageVersionSchemas() {
  return R"JSON(
"LanguageTag": {"type": "string", "maxLength": 35, "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
  "description": "a language tag such as fr, cnr or sr-Latn"},
"UnitTranslation": {"type": "object", "additionalProperties": false,
  "required": ["unit", "leadPhrase", "text", "sourceRevision"],
  "properties": {"unit": {"$ref": "#/components/schemas/Id"}, "leadPhrase": {"type": "string"},
    "text": {"type": "string"},
    "sourceRevision": {"type": "integer", "minimum": 1, "description": "the revision whose original it translates"}}},
"UnitCoverage": {"type": "object", "additionalProperties": false, "required": ["unit", "kind", "number", "status"],
  "properties": {"unit": {"anyOf": [{"$ref": "#/components/schemas/Id"}, {"type": "null"}],
      "description": "null for the closing formula"},
    "kind": {"enum": ["recital", "clause", "item", "closing_formula"]}, "number": {"type": "string"},
    "status": {"$ref": "#/components/schemas/UnitTranslationStatus"}}},
"LanguageVersion": {"type": "object", "additionalProperties": false,
  "required": ["declaration", "revision", "language", "state", "translator", "authentic", "title", "units",
               "closingFormula",
               "closingSourceRevision", "verifiedBy", "verifiedAt", "stored", "carriedFrom", "coverage", "version"],
  "properties": {"declaration": {"$ref": "#/components/schemas/Id"}, "revision": {"type": "integer", "minimum": 1},
    "language": {"$ref": "#/components/schemas/LanguageTag"},
    "state": {"$ref": "#/components/schemas/TranslationState"}, "translator": {"type": "string"},
    "authentic": {"type": "boolean", "description": "an equally authentic text"},
    "title": {"type": "string", "description": "the declaration's title in this language; empty: not translated"},
    "units": {"type": "array", "items": {"$ref": "#/components/schemas/UnitTranslation"}},
    "closingFormula": {"type": "string"}, "closingSourceRevision": {"type": "integer", "minimum": 0},
    "verifiedBy": {"type": "string"},
    "verifiedAt": {"anyOf": [{"$ref": "#/components/schemas/Time"}, {"type": "null"}]},
    "stored": {"type": "boolean", "description": "false: carried over from an older revision, not saved for this one"},
    "carriedFrom": {"type": ["integer", "null"], "description": "the older revision it is carried over from"},
    "coverage": {"type": "object", "additionalProperties": false,
      "required": ["current", "outdated", "missing", "complete", "units"],
      "properties": {"current": {"type": "integer"}, "outdated": {"type": "integer"}, "missing": {"type": "integer"},
        "complete": {"type": "boolean"},
        "units": {"type": "array", "items": {"$ref": "#/components/schemas/UnitCoverage"}}}},
    "version": {"$ref": "#/components/schemas/Version"}}},
"LanguageVersionChange": {"type": "object", "additionalProperties": false,
  "properties": {"translator": {"type": "string"}, "authentic": {"type": "boolean"}, "title": {"type": "string"},
    "units": {"type": "array", "items": {"type": "object", "additionalProperties": false, "required": ["unit", "text"],
      "properties": {"unit": {"$ref": "#/components/schemas/Id"}, "leadPhrase": {"type": "string"},
        "text": {"type": "string"}}}},
    "closingFormula": {"type": "string"}}}
)JSON";
}

}  // namespace accord::http
