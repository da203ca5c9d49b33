// Poco's server response, made to keep the host's promises whatever the handler
// did: a reason phrase that matches the status, the security headers and an
// X-Request-Id on every answer, and no body after a HEAD.
#pragma once

#include <Poco/NullStream.h>
#include <Poco/Net/HTTPServerResponseImpl.h>
#include <Poco/Net/HTTPServerSession.h>

namespace accord::server {

class GuardedResponse final : public Poco::Net::HTTPServerResponseImpl {
 public:
  GuardedResponse(Poco::Net::HTTPServerSession& session, bool head)
      : HTTPServerResponseImpl(session), session_(session), head_(head) {}

  std::ostream& send() override;
  void sendFile(const std::string& path, const std::string& mediaType) override;
  void sendBuffer(const void* buffer, std::size_t length) override;
  void redirect(const std::string& uri, HTTPStatus status = HTTP_FOUND) override;
  bool sent() const override { return headSent_ || HTTPServerResponseImpl::sent(); }

 private:
  // Sends the head alone (an answer to HEAD) and returns a stream that drops the body.
  std::ostream& sendHeadOnly();
  Poco::Net::HTTPServerSession& session_;
  bool head_;
  bool headSent_ = false;
  Poco::NullOutputStream discard_;
};

}  // namespace accord::server
