// Answers the host itself gives, when no plugin gets to see the request (a
// malformed or over-long head, smuggling-prone framing, a body too slow or too
// large, overload): complete HTTP/1.1 messages with a problem+json body, the
// same security headers the plugin sends, an X-Request-Id and Connection: close.
#pragma once

#include <string>

#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Timespan.h>

namespace accord::server {

// The bytes of an answer with `status` and `detail` (what the client did wrong,
// in words for its developer). 503 carries Retry-After: 1.
std::string hostAnswer(int status, const std::string& detail);

// Sends `answer` without waiting (it is small enough for the socket's buffer),
// ends the sending side, then reads and drops what the client still sends for up
// to `linger`: closing a socket with unread data resets the connection, which
// can destroy the answer before the client reads it. The caller closes.
void sendAndClose(Poco::Net::StreamSocket& socket, const std::string& answer, Poco::Timespan linger);

// The security headers and an X-Request-Id, on any answer that lacks them. The
// plugin sets the same ones on its own answers (accord/http/security_headers.h);
// the host repeats them because it may not know the plugin, and
// tests/server checks that both lists agree.
void completeHeaders(Poco::Net::HTTPResponse& response);

}  // namespace accord::server
