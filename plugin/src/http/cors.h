// Cross-origin requests (CORS), for the deployments that serve a browser page
// from another origin than the API. Off unless origins are configured: the
// server's own UI is same-origin and needs none of it, and every header here is
// a door opened.
#pragma once

#include <string>
#include <vector>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include "accord/http/cors_origins.h"
#include "reply.h"

namespace accord::http {

class Cors {
 public:
  explicit Cors(std::vector<std::string> origins) : origins_(std::move(origins)) {}

  // True for an OPTIONS request from a listed origin asking to send a request
  // (Access-Control-Request-Method).
  bool isPreflight(const Poco::Net::HTTPServerRequest& request) const;
  // 204 allowing `allow` (the path's methods, "GET, PATCH"), the request headers
  // the API reads, for ten minutes.
  Reply preflight(const Poco::Net::HTTPServerRequest& request, const std::string& allow) const;
  // Names the request's origin as allowed, when it is listed; does nothing
  // otherwise, so that a browser keeps other origins' pages from the answer.
  void decorate(const Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) const;

 private:
  bool listed(const Poco::Net::HTTPServerRequest& request) const;
  std::vector<std::string> origins_;
};

}  // namespace accord::http
