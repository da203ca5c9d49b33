// The component schemas of a consultation's comments and amendments (see
// openapi_schemas.cpp for the rules they follow).
#include "openapi.h"

namespace accord::http {

const char* consultationSchemas() {
  return R"JSON(
"Comment": {"type": "object", "additionalProperties": false,
  "required": ["declaration", "number", "revision", "unit", "quote", "replyToComment", "replyToAmendment",
               "supports", "text", "author", "country", "createdAt"],
  "properties": {"declaration": {"$ref": "#/components/schemas/Id"}, "number": {"type": "integer", "minimum": 1},
    "revision": {"type": "integer", "minimum": 1},
    "unit": {"$ref": "#/components/schemas/Id", "description": "the recital, clause or sub-item commented on"},
    "quote": {"type": "string", "description": "the span of the unit's text commented on; empty for the whole unit"},
    "replyToComment": {"type": ["integer", "null"]}, "replyToAmendment": {"type": ["integer", "null"]},
    "supports": {"type": "boolean", "description": "a reply that supports the amendment it answers"},
    "text": {"type": "string"}, "author": {"type": "string"},
    "country": {"anyOf": [{"$ref": "#/components/schemas/CountryCode"}, {"type": "null"}],
      "description": "the country a coordinator wrote for; null for the secretariat"},
    "createdAt": {"$ref": "#/components/schemas/Time"}}},
"NewComment": {"type": "object", "additionalProperties": false, "required": ["text"],
  "properties": {"unit": {"$ref": "#/components/schemas/Id", "description": "required unless replying"},
    "quote": {"type": "string"}, "text": {"type": "string"},
    "replyToComment": {"type": "integer", "minimum": 1}, "replyToAmendment": {"type": "integer", "minimum": 1},
    "supports": {"type": "boolean", "description": "with replyToAmendment: this reply supports the amendment"},
    "country": {"$ref": "#/components/schemas/CountryCode", "description": "a coordinator's own country only"}}},
"Amendment": {"type": "object", "additionalProperties": false,
  "required": ["declaration", "number", "revision", "unit", "quote", "kind", "text", "newUnit", "justification",
               "author", "country", "createdAt", "state", "decidedBy", "decidedAt", "reason", "incorporatedIn",
               "unitFate", "outdated", "version"],
  "properties": {"declaration": {"$ref": "#/components/schemas/Id"}, "number": {"type": "integer", "minimum": 1},
    "revision": {"type": "integer", "minimum": 1}, "unit": {"$ref": "#/components/schemas/Id"},
    "quote": {"type": "string"}, "kind": {"$ref": "#/components/schemas/AmendmentKind"},
    "text": {"type": "string", "description": "the proposed wording; empty for a deletion"},
    "newUnit": {"type": "string", "description": "the id of the unit an insertion adds; empty otherwise"},
    "justification": {"type": "string"}, "author": {"type": "string"},
    "country": {"anyOf": [{"$ref": "#/components/schemas/CountryCode"}, {"type": "null"}]},
    "createdAt": {"$ref": "#/components/schemas/Time"}, "state": {"$ref": "#/components/schemas/AmendmentState"},
    "decidedBy": {"type": "string"}, "decidedAt": {"anyOf": [{"$ref": "#/components/schemas/Time"}, {"type": "null"}]},
    "reason": {"type": "string", "description": "why it was rejected"},
    "incorporatedIn": {"type": ["integer", "null"], "description": "the revision that contains it"},
    "unitFate": {"enum": ["current", "changed", "deleted"],
      "description": "what the latest revision did to the unit"},
    "outdated": {"type": "boolean",
      "description": "still open while its unit changed or went in the latest revision; never moved to another unit"},
    "version": {"$ref": "#/components/schemas/Version"}}},
"NewAmendment": {"type": "object", "additionalProperties": false, "required": ["unit", "kind", "justification"],
  "properties": {"unit": {"$ref": "#/components/schemas/Id"}, "quote": {"type": "string"},
    "kind": {"$ref": "#/components/schemas/AmendmentKind"},
    "text": {"type": "string", "description": "the new wording (replace, insert_after); none for delete"},
    "newUnit": {"$ref": "#/components/schemas/Id", "description": "insert_after: the id of the new unit"},
    "justification": {"type": "string"},
    "country": {"$ref": "#/components/schemas/CountryCode", "description": "a coordinator's own country only"}}},
"AmendmentDecision": {"type": "object", "additionalProperties": false, "required": ["state"],
  "properties": {"state": {"enum": ["accepted", "rejected", "withdrawn"]},
    "reason": {"type": "string", "description": "required to reject"}}}
)JSON";
}

}  // namespace accord::http
