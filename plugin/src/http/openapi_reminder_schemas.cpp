// The component schemas of reminders (see openapi_schemas.cpp for the rules they
// follow): the request, the plan a preview and a sending answer with, a
// commitment's deadline reminder setting.
#include "openapi.h"

namespace accord::http {

const char* reminderSchemas() {
  return R"JSON(
"ReminderRequest": {"type": "object", "additionalProperties": false,
  "properties": {"message": {"type": "string", "minLength": 1, "maxLength": 2000,
      "description": "the text that goes out; the default of the topic when absent"},
    "countries": {"type": "array", "items": {"$ref": "#/components/schemas/CountryCode"},
      "description": "only these pending countries; every pending country when absent"},
    "preview": {"type": "boolean", "description": "true: answer what would be sent, send nothing"}}},
"ReminderRecipient": {"type": "object", "additionalProperties": false, "required": ["name", "displayName"],
  "properties": {"name": {"type": "string"}, "displayName": {"type": "string"}}},
"ReminderCountry": {"type": "object", "additionalProperties": false,
  "required": ["country", "reason", "recipients", "lastReminded", "remindedRecently"],
  "properties": {"country": {"$ref": "#/components/schemas/CountryCode"},
    "reason": {"$ref": "#/components/schemas/PendingReason"},
    "recipients": {"type": "array", "items": {"$ref": "#/components/schemas/ReminderRecipient"},
      "description": "the country's active coordinators: whom the reminder reaches"},
    "lastReminded": {"anyOf": [{"type": "null"}, {"type": "object", "additionalProperties": false,
      "required": ["at", "by", "recipients"], "properties": {"at": {"$ref": "#/components/schemas/Time"},
        "by": {"type": "string"}, "recipients": {"type": "integer"}}}]},
    "remindedRecently": {"type": "boolean", "description": "reminded less than an hour ago: sending would be refused"}}},
"ReminderPlan": {"type": "object", "additionalProperties": false,
  "required": ["topic", "subject", "title", "message", "recipients", "daysBefore", "countries", "leftOut"],
  "properties": {"topic": {"$ref": "#/components/schemas/ReminderTopic"},
    "subject": {"type": "string", "description": "the declaration or commitment id"}, "title": {"type": "string"},
    "message": {"type": "string"}, "recipients": {"type": "integer", "description": "accounts reached in all"},
    "daysBefore": {"anyOf": [{"type": "integer"}, {"type": "null"}],
      "description": "commitments: the deadline reminder setting, null for the server's default"},
    "countries": {"type": "array", "items": {"$ref": "#/components/schemas/ReminderCountry"}},
    "leftOut": {"type": "array", "items": {"$ref": "#/components/schemas/ReminderCountry"},
      "description": "pending countries not selected"}}},
"ReminderSchedule": {"type": "object", "additionalProperties": false, "required": ["daysBefore"],
  "properties": {"daysBefore": {"type": "integer", "minimum": 0, "maximum": 365}}}
)JSON";
}

}  // namespace accord::http
