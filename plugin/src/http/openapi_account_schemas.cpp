// The component schemas of signing in and of accounts (see openapi_schemas.cpp
// for the rules they follow). No schema has a field for a password hash: the
// test that checks answers against this document fails if one ever leaks.
#include "openapi.h"

namespace accord::http {

const char* accountSchemas() {
  return R"JSON(
"SignIn": {"type": "object", "additionalProperties": false, "required": ["user", "password"],
  "properties": {"user": {"type": "string", "description": "the user name (case does not matter)"},
    "password": {"type": "string"}}},
"SessionUser": {"type": "object", "additionalProperties": false, "required": ["name", "displayName", "role", "country"],
  "properties": {"name": {"type": "string"}, "displayName": {"type": "string"}, "role": {"$ref": "#/components/schemas/Role"},
    "country": {"anyOf": [{"$ref": "#/components/schemas/CountryCode"}, {"type": "null"}],
      "description": "the country a coordinator acts for; null for other roles"}}},
"Session": {"type": "object", "additionalProperties": false, "required": ["token", "expiresAt", "user"],
  "properties": {"token": {"type": "string", "description": "send as \"Authorization: Bearer <token>\""},
    "expiresAt": {"$ref": "#/components/schemas/Time"}, "user": {"$ref": "#/components/schemas/SessionUser"}}},
"CurrentSession": {"type": "object", "additionalProperties": false, "required": ["expiresAt", "user"],
  "properties": {"expiresAt": {"$ref": "#/components/schemas/Time"}, "user": {"$ref": "#/components/schemas/SessionUser"}}},
"AccountLanguage": {"anyOf": [{"type": "string", "enum": ["en", "fr", "ru", "de", "it", "es", "sq", "bs", "hr", "mk", "sr", "sr-Latn", "cnr", ""]}, {"type": "null"}],
  "description": "the language of the person's mail and calendar feed; null or \"\": none chosen (English)"},
"Preferences": {"type": "object", "additionalProperties": false, "required": ["language"],
  "properties": {"language": {"$ref": "#/components/schemas/AccountLanguage"}}},
"Account": {"type": "object", "additionalProperties": false,
  "required": ["name", "displayName", "email", "role", "country", "language", "active", "version"],
  "properties": {"name": {"type": "string", "pattern": "^[a-z][a-z0-9._-]{2,63}$"}, "displayName": {"type": "string"},
    "email": {"type": "string"}, "role": {"$ref": "#/components/schemas/Role"},
    "country": {"anyOf": [{"$ref": "#/components/schemas/CountryCode"}, {"type": "null"}]},
    "language": {"$ref": "#/components/schemas/AccountLanguage"},
    "active": {"type": "boolean"}, "version": {"$ref": "#/components/schemas/Version"}}},
"AccountWithPassword": {"type": "object", "additionalProperties": false, "required": ["account"],
  "properties": {"account": {"$ref": "#/components/schemas/Account"},
    "password": {"type": "string", "description": "present only when the server made the password up: shown once"}}},
"NewAccount": {"type": "object", "additionalProperties": false, "required": ["name", "displayName", "email", "role"],
  "properties": {"name": {"type": "string"}, "displayName": {"type": "string"}, "email": {"type": "string"},
    "role": {"$ref": "#/components/schemas/Role"}, "country": {"$ref": "#/components/schemas/CountryCode"},
    "language": {"$ref": "#/components/schemas/AccountLanguage"},
    "password": {"type": "string", "minLength": 12, "maxLength": 256,
      "description": "omit it and the server makes one up and returns it once"}}},
"AccountPatch": {"type": "object", "additionalProperties": false,
  "properties": {"displayName": {"type": "string"}, "email": {"type": "string"},
    "role": {"$ref": "#/components/schemas/Role"}, "country": {"$ref": "#/components/schemas/CountryCode"},
    "active": {"type": "boolean"}, "language": {"$ref": "#/components/schemas/AccountLanguage"}}},
"Notification": {"type": "object", "additionalProperties": false,
  "required": ["id", "recipient", "kind", "subject", "country", "title", "link", "message", "createdAt", "delivery",
    "attempts", "sentAt", "readAt", "lastError"],
  "properties": {"id": {"type": "integer", "description": "also the delivery key: one message at most per id"},
    "recipient": {"type": "string"}, "kind": {"$ref": "#/components/schemas/NotificationKind"},
    "subject": {"type": "string", "description": "the record: a declaration, commitment or report id, an account"},
    "country": {"anyOf": [{"$ref": "#/components/schemas/CountryCode"}, {"type": "null"}]},
    "title": {"type": "string"}, "link": {"type": "string", "description": "the page where to act, below the site"},
    "message": {"type": "string", "description": "what the secretariat wrote (reminders); empty otherwise"},
    "createdAt": {"$ref": "#/components/schemas/Time"}, "delivery": {"$ref": "#/components/schemas/DeliveryState"},
    "attempts": {"type": "integer"}, "sentAt": {"anyOf": [{"$ref": "#/components/schemas/Time"}, {"type": "null"}]},
    "readAt": {"anyOf": [{"$ref": "#/components/schemas/Time"}, {"type": "null"}]},
    "lastError": {"type": "string", "description": "the mail server's last answer when delivery failed"}}},
"NotificationInbox": {"type": "object", "additionalProperties": false, "required": ["items", "next", "unread"],
  "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Notification"}},
    "next": {"type": ["string", "null"], "description": "the cursor of the next page"},
    "unread": {"type": "integer", "description": "how many of all your notifications you have not read"}}},
"PasswordReset": {"type": "object", "additionalProperties": false,
  "properties": {"password": {"type": "string", "minLength": 12, "maxLength": 256,
    "description": "omit it and the server makes one up and returns it once"}}}
)JSON";
}

}  // namespace accord::http
