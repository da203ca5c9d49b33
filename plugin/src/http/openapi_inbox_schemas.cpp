// The component schemas of GET /api/v1/inbox; the kinds come from app::inboxKinds(),
// so that the document and the answers cannot disagree.
#include "accord/app/overview.h"
#include "accord/base/json_writer.h"
#include "openapi.h"

namespace accord::http {

std::string inboxSchemas() {
  std::string kinds;
  for (app::InboxKind k : app::inboxKinds()) kinds += (kinds.empty() ? "" : ", ") + base::jsonQuote(app::toString(k));
  return R"JSON(
"InboxKind": {"type": "string", "enum": [)JSON" + kinds + R"JSON(]},
"InboxItem": {"type": "object", "additionalProperties": false,
  "required": ["kind", "declaration", "declarationTitle", "country", "commitment", "commitmentText", "clause",
    "deadline", "report", "amendment", "invited", "unanswered", "state"],
  "properties": {"kind": {"$ref": "#/components/schemas/InboxKind"},
    "declaration": {"type": "string"}, "declarationTitle": {"type": "string"},
    "country": {"anyOf": [{"$ref": "#/components/schemas/CountryCode"}, {"type": "null"}]},
    "commitment": {"type": ["string", "null"], "description": "null for declaration-level items"},
    "commitmentText": {"type": "string"},
    "clause": {"type": "string", "description": "the commitment's operative clause, or the amendment's unit"},
    "deadline": {"anyOf": [{"$ref": "#/components/schemas/Date"}, {"type": "null"}]},
    "report": {"type": ["string", "null"], "description": "validate: the submitted report"},
    "amendment": {"type": ["integer", "null"], "description": "amendment: its number in the declaration"},
    "invited": {"type": "integer", "description": "invitation: countries invited"},
    "unanswered": {"type": "integer", "description": "invitation: invited countries that have not answered"},
    "state": {"type": "string", "description": "the stored state that makes it wait"}}},
"Inbox": {"type": "object", "additionalProperties": false, "required": ["items", "more"],
  "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/InboxItem"}},
    "more": {"type": "array", "items": {"$ref": "#/components/schemas/InboxKind"},
      "description": "the kinds with more waiting than the 100 listed"}}})JSON";
}

}  // namespace accord::http
