#include "guarded_response.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/Net/HTTPHeaderStream.h>
#include <Poco/StreamCopier.h>

#include "host_answer.h"

namespace accord::server {

std::ostream& GuardedResponse::sendHeadOnly() {
  Poco::Net::HTTPHeaderOutputStream out(session_);
  write(out);
  headSent_ = true;
  return discard_;
}

std::ostream& GuardedResponse::send() {
  completeHeaders(*this);
  if (head_) {
    if (getChunkedTransferEncoding()) setChunkedTransferEncoding(false);
    return sendHeadOnly();
  }
  return HTTPServerResponseImpl::send();
}

// Poco's own sendFile and sendBuffer write the body only when they know the
// request (HTTPServerRequestImpl), which this transport does not use; both go
// through send() instead, which knows HEAD.
void GuardedResponse::sendFile(const std::string& path, const std::string& mediaType) {
  Poco::File file(path);
  Poco::FileInputStream in(path);
  if (!in.good()) throw Poco::OpenFileException(path);
  set("Last-Modified", Poco::DateTimeFormatter::format(file.getLastModified(), Poco::DateTimeFormat::HTTP_FORMAT));
  setContentLength64(static_cast<Poco::Int64>(file.getSize()));
  setContentType(mediaType);
  setChunkedTransferEncoding(false);
  Poco::StreamCopier::copyStream(in, send());
}

void GuardedResponse::sendBuffer(const void* buffer, std::size_t length) {
  setContentLength64(static_cast<Poco::Int64>(length));
  setChunkedTransferEncoding(false);
  send().write(static_cast<const char*>(buffer), static_cast<std::streamsize>(length));
}

void GuardedResponse::redirect(const std::string& uri, HTTPStatus status) {
  completeHeaders(*this);
  HTTPServerResponseImpl::redirect(uri, status);
}

}  // namespace accord::server
