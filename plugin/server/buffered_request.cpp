#include "buffered_request.h"

namespace accord::server {

BufferedRequest::BufferedRequest(const RequestHead& head, std::string body, Poco::Net::HTTPServerResponse& response,
                                 const Poco::Net::SocketAddress& client, const Poco::Net::SocketAddress& server,
                                 Poco::Net::HTTPServerParams::Ptr params)
    : body_(std::move(body)), response_(response), client_(client), server_(server), params_(std::move(params)) {
  setMethod(head.method);
  setURI(head.target);
  setVersion(head.version);
  for (const auto& f : head.fields) add(f.name, f.value);
  erase("Transfer-Encoding");
  erase("Content-Length");
  std::streamsize size = static_cast<std::streamsize>(body_.str().size());
  if (size > 0 || head.method == "POST" || head.method == "PUT" || head.method == "PATCH") setContentLength(size);
}

}  // namespace accord::server
