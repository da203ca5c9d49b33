// One request as a handler sees it: the path parameters, the query, the actor it
// acts as, and readers for the body that enforce the API's limits.
#pragma once

#include <string>

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPServerRequest.h>

#include "accord/app/context.h"
#include "accord/app/page.h"
#include "accord/app/session_service.h"
#include "accord/domain/actor.h"
#include "api_state.h"
#include "query.h"
#include "router.h"

namespace accord::http {

class Call {
 public:
  Call(Poco::Net::HTTPServerRequest& request, const Api::State& api, const std::string& mount,
       PathParams params, Query query, domain::Actor actor, std::optional<app::Authenticated> session);

  const Poco::Net::HTTPServerRequest& request() const { return request_; }
  const Api::State& api() const { return api_; }
  const ApiServices& services() const { return api_.services; }
  const domain::Actor& actor() const { return actor_; }
  // The session the bearer token belongs to; empty on anonymous routes.
  const std::optional<app::Authenticated>& session() const { return session_; }
  const Query& query() const { return query_; }
  app::Context context() const { return {*api_.store, api_.services.clock, api_.services.snapshots}; }

  // The value of path parameter `name` (the route guarantees it exists).
  const std::string& param(const std::string& name) const;
  // A URL path under the mount prefix: mounted("/api/v1/conferences/x").
  std::string mounted(const std::string& path) const { return mount_ + path; }

  // limit and cursor. Returns kInvalidArgument naming the parameter.
  domain::Result<app::PageRequest> page() const;

  // The body as a JSON object. Returns kInvalidArgument for a body that is not
  // application/json (field "Content-Type"), not UTF-8 JSON, not an object, or
  // nested deeper than the limit; kTooLarge for a body over the size limit.
  domain::Result<Poco::JSON::Object::Ptr> jsonBody() const;

  // The body as text of `mediaType` (e.g. "text/csv"), at most `maxBytes`. Returns
  // kInvalidArgument naming "Content-Type" for another type, kTooLarge beyond the limit.
  domain::Result<std::string> textBody(const std::string& mediaType, std::size_t maxBytes) const;

 private:
  Poco::Net::HTTPServerRequest& request_;
  const Api::State& api_;
  const std::string& mount_;
  PathParams params_;
  Query query_;
  domain::Actor actor_;
  std::optional<app::Authenticated> session_;
};

}  // namespace accord::http
