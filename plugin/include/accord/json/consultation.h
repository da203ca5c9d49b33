// How a comment and an amendment of a consultation are spelled in JSON: written
// once for the API bodies and the audit snapshots, and read from a request.
#pragma once

#include "accord/base/json_writer.h"
#include "accord/domain/amendment.h"
#include "accord/json/node.h"
#include "accord/json/writers.h"

namespace accord::json {

// The anchor's members ("revision", "unit", "quote") come before the remark's own.
// kStandalone names the declaration (and an amendment's version); a bundle nests
// them under their declaration.
void writeComment(JsonWriter& w, const domain::Comment& c, Include include = kStandalone);
// `more` (the reader's view: its fate, whether outdated) comes before the version.
void writeAmendment(JsonWriter& w, const domain::Amendment& a, Include include = kStandalone,
                    const Members& more = {});

// A comment or an amendment as a bundle records it under `declaration`: every
// field the writers write with kNested.
domain::Comment readCommentRecord(Node& n, const domain::DeclarationId& declaration);
domain::Amendment readAmendmentRecord(Node& n, const domain::DeclarationId& declaration);

// What a request to comment says: unit and quote (left empty for a reply, which
// takes its parent's), text, and replyToComment or replyToAmendment. Who, when,
// the revision and the number are the server's; "country", when given, is read
// into `country` for the use case to check against the actor.
domain::Comment readCommentRequest(Node& n, std::optional<domain::CountryCode>& country);
// What a request to propose says: unit, quote, kind, text, newUnit, justification
// (and "country" as for a comment).
domain::Amendment readAmendmentRequest(Node& n, std::optional<domain::CountryCode>& country);

}  // namespace accord::json
