// Entity tags. A stored record's tag is its version ("v3"), so that If-Match
// carries exactly what optimistic concurrency needs; a derived view's tag is a
// hash of its bytes (weak: equal content, not necessarily equal bytes forever).
#pragma once

#include <string>
#include <string_view>

#include <Poco/Net/HTTPServerRequest.h>

#include "accord/domain/result.h"

namespace accord::http {

std::string versionTag(long version);          // "\"v3\""
std::string contentTag(std::string_view body);  // "W/\"1f0c...\""

// The version an update expects, from If-Match. Returns kPreconditionRequired
// when the header is missing, kInvalidArgument (field "If-Match") when it is not
// one tag, kConflict for a weak tag or "*" (neither names the version you read).
domain::Result<long> expectedVersion(const Poco::Net::HTTPServerRequest& request);

// True if If-None-Match lists `etag` (or is "*"): a GET may answer 304.
bool ifNoneMatch(const Poco::Net::HTTPServerRequest& request, const std::string& etag);

}  // namespace accord::http
