// What a handler answers: a status, a body and its headers, as a value. The
// dispatcher sends it; a handler never touches the Poco response, which keeps
// handlers to three steps (decode, call the use case, encode).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "accord/domain/result.h"

namespace accord::http {

inline constexpr const char* kJson = "application/json; charset=utf-8";
inline constexpr const char* kProblemJson = "application/problem+json; charset=utf-8";

struct Reply {
  int status = 200;
  std::string contentType = kJson;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string fault;  // a 5xx problem's real message, kept from the client for the log

  Reply& header(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  const std::string* find(const std::string& name) const;
};

// Replies are shared rather than copied where they are kept (the read cache):
// a cached document can be megabytes.
using SharedReply = std::shared_ptr<const Reply>;
inline SharedReply share(Reply r) { return std::make_shared<const Reply>(std::move(r)); }

// 200 with a JSON body.
Reply json(std::string body);
// 200 with a JSON body and its strong ETag.
Reply json(std::string body, const std::string& etag);
// 201 with the new resource's body, its Location and ETag.
Reply created(std::string body, const std::string& location, const std::string& etag);

// A problem+json reply for `e`, its status from the one table (error_status.h).
Reply problem(const domain::Error& e);
// As above with an explicit status (400 for unreadable input, 405, 411, 415, 431).
Reply problem(int status, const domain::Error& e);
// Several input problems at once: the first one is the problem's detail and
// field, and all of them are listed under "errors".
Reply problem(const std::vector<domain::Error>& errors);

}  // namespace accord::http
