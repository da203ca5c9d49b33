// What the handlers share: turning a use case's error into a reply, reading path
// parameters into domain values, and the JSON of a single record.
#pragma once

#include <string>

#include "accord/domain/country.h"
#include "call.h"
#include "decode.h"
#include "encode.h"
#include "etag.h"
#include "reply.h"

namespace accord::http {

// The problem for a use case's error; the field is made relative to the request
// body when the domain named it from `root` ("conference.endDate" -> "endDate").
inline Reply failed(const domain::Error& e, const std::string& root = {}) {
  return problem(root.empty() ? e : decode::relative(e, root));
}

// The {country} path parameter. Returns kInvalidArgument naming "country" unless
// it is two upper-case letters.
inline domain::Result<domain::CountryCode> countryParam(const Call& call) {
  return domain::CountryCode::parse("country", call.param("country"));
}

// The record's JSON with its ETag (its version).
template <class F>
Reply record(long version, F write) {
  return json(encode::object(write), versionTag(version));
}

// A derived view's JSON with an ETag computed from its bytes.
inline Reply view(std::string body) {
  std::string tag = contentTag(body);
  return json(std::move(body), tag);
}

}  // namespace accord::http
