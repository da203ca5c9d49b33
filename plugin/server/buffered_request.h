// A request as the plugin's handlers see it, built from a head the host has
// already checked (request_head.h) and a body it has already read in full,
// within its limits. Handlers read the body from memory: a slow client can no
// longer hold a handler, and the framing they see is the one the host decided.
#pragma once

#include <sstream>
#include <string>

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/SocketAddress.h>

#include "request_head.h"

namespace accord::server {

class BufferedRequest final : public Poco::Net::HTTPServerRequest {
 public:
  // `body` is the decoded body; the request then says Content-Length and never
  // Transfer-Encoding, whatever the client used.
  BufferedRequest(const RequestHead& head, std::string body, Poco::Net::HTTPServerResponse& response,
                  const Poco::Net::SocketAddress& client, const Poco::Net::SocketAddress& server,
                  Poco::Net::HTTPServerParams::Ptr params);

  std::istream& stream() override { return body_; }
  const Poco::Net::SocketAddress& clientAddress() const override { return client_; }
  const Poco::Net::SocketAddress& serverAddress() const override { return server_; }
  const Poco::Net::HTTPServerParams& serverParams() const override { return *params_; }
  Poco::Net::HTTPServerResponse& response() const override { return response_; }
  bool secure() const override { return false; }

 private:
  std::istringstream body_;
  Poco::Net::HTTPServerResponse& response_;
  Poco::Net::SocketAddress client_, server_;
  Poco::Net::HTTPServerParams::Ptr params_;
};

}  // namespace accord::server
