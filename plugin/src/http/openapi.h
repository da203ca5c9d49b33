// The OpenAPI 3.1 document of the API, generated from the route table (paths,
// methods, parameters, responses) and the component schemas, so that every route
// the server has is described and nothing described is missing from the server.
#pragma once

#include <string>

#include "api_state.h"

namespace accord::http {

// The document for routes mounted at `mount` ("" or "/prefix").
std::string openApiDocument(const Api::State& state, const std::string& mount);

// The component schemas (the "schemas" object of "components"), as JSON text.
std::string componentSchemas();
// Those of signing in and of accounts: members of that object, without braces.
const char* accountSchemas();
// Comments and amendments (openapi_consultation_schemas.cpp).
const char* consultationSchemas();
// Language versions of a revision (openapi_language_schemas.cpp).
const char* languageVersionSchemas();
// What waits for the caller (openapi_inbox_schemas.cpp).
std::string inboxSchemas();
// The CSV import of delegates (openapi_import_schemas.cpp).
const char* importSchemas();
// Reminders (openapi_reminder_schemas.cpp).
const char* reminderSchemas();

}  // namespace accord::http
