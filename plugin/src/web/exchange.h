// One request as a page sees it, and what the page answers: plain data, so that
// pages stay free of Poco's request and response objects and can be unit tested.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "accord/app/session_service.h"
#include "accord/domain/result.h"
#include "flash.h"
#include "wording.h"

namespace accord::web {

using Fields = std::map<std::string, std::string>;

// The value of `name` in `fields` (a posted form read apart from its Visit), "" when absent.
std::string formField(const Fields& fields, const std::string& name);

struct Visit {
  std::string method;  // "GET", "POST"
  std::string path;    // below the mount prefix, without the query: "/declarations/x"
  Fields query;
  Fields form;         // a POST's url-encoded body
  Fields params;       // the route's {placeholders}
  std::optional<app::Authenticated> who;  // signed in, or not
  std::string sessionToken;               // the cookie's value when signed in
  std::string csrf;                       // the token this session's forms carry
  std::string prefix;                     // the mount prefix, for links
  std::string address;                    // the client's IP address
  std::optional<Flash> flash;             // a GET's message from the form before it, checked
  // Every error a form's own checks found, when a page shows more than one
  // (renderPage adds them beside their fields and to the summary).
  std::vector<domain::Error> formErrors;
  std::string host;                       // the Host the client asked for ("accord.example.org:8080")
  std::string language = "en";            // of the page: the person's setting, else Accept-Language (language_choice.h)
  Wording words;                          // the catalogue in that language, for the words pages build
  std::string acceptLanguage;             // the browser's Accept-Language, for a page whose setting changes

  const domain::Actor& actor() const { return who->actor; }
  std::string param(const std::string& name) const;
  std::string queryOr(const std::string& name, const std::string& otherwise = {}) const;
  std::string field(const std::string& name) const;  // form field, "" when absent
};

struct Reply {
  int status = 200;
  std::string contentType = "text/html; charset=utf-8";
  std::string body;
  std::string location;  // a redirect (303 See Other) when set
  std::vector<std::pair<std::string, std::string>> headers;  // Set-Cookie, Content-Disposition, ...
};

}  // namespace accord::web
