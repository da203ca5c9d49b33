#include "flash.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include "accord/security/hmac.h"

namespace accord::web {

namespace {

// Every byte but letters and digits escaped: the result is safe in a cookie
// value and in the "&"/"=" framing below.
std::string escape(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      out += static_cast<char>(c);
    } else {
      static const char* hex = "0123456789ABCDEF";
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string unescape(const std::string& s) {
  std::string out;
  Poco::URI::decode(s, out);
  return out;
}

// The message cut at a character boundary (never inside a UTF-8 sequence).
std::string shortened(const std::string& message) {
  if (message.size() <= kFlashMaxChars) return message;
  std::size_t end = kFlashMaxChars;
  while (end > 0 && (static_cast<unsigned char>(message[end]) & 0xC0) == 0x80) --end;
  return message.substr(0, end) + "…";
}

std::string signature(std::string_view payload, std::string_view sessionToken) {
  return security::hmacSha256Hex(sessionToken, "accord-flash-v1:" + std::string(payload));
}

std::string cookie(std::string_view value, std::string_view path, long maxAge, bool secure) {
  std::string c = std::string(kFlashCookie) + "=" + std::string(value) + "; Path=" +
                  (path.empty() ? std::string("/") : std::string(path)) + "; Max-Age=" + std::to_string(maxAge) +
                  "; HttpOnly; SameSite=Strict";
  if (secure) c += "; Secure";
  return c;
}

}  // namespace

std::string encodeFlash(const Flash& flash, std::string_view sessionToken) {
  std::string payload = "m=" + escape(shortened(flash.message));
  if (!flash.undoAction.empty()) {
    payload += "&a=" + escape(flash.undoAction) + "&l=" + escape(flash.undoLabel);
    for (const auto& [name, value] : flash.undoFields) payload += "&f=" + escape(escape(name) + "=" + escape(value));
  }
  return payload + "." + signature(payload, sessionToken);
}

std::optional<Flash> decodeFlash(std::string_view value, std::string_view sessionToken) {
  std::size_t dot = value.rfind('.');
  if (sessionToken.empty() || dot == std::string_view::npos) return std::nullopt;
  std::string_view payload = value.substr(0, dot);
  if (!security::constantTimeEquals(signature(payload, sessionToken), value.substr(dot + 1))) return std::nullopt;
  Flash f;
  try {
    std::size_t start = 0;
    while (start <= payload.size()) {
      std::size_t amp = payload.find('&', start);
      std::string part(payload.substr(start, amp == std::string_view::npos ? std::string_view::npos : amp - start));
      std::size_t eq = part.find('=');
      if (eq != std::string::npos) {
        std::string key = part.substr(0, eq), text = unescape(part.substr(eq + 1));
        if (key == "m") f.message = text;
        else if (key == "a") f.undoAction = text;
        else if (key == "l") f.undoLabel = text;
        else if (key == "f" && text.find('=') != std::string::npos)
          f.undoFields.emplace_back(unescape(text.substr(0, text.find('='))), unescape(text.substr(text.find('=') + 1)));
      }
      if (amp == std::string_view::npos) break;
      start = amp + 1;
    }
  } catch (const Poco::Exception&) {
    return std::nullopt;  // signed by us, so only a bug could get here; show nothing rather than fail the page
  }
  if (f.message.empty()) return std::nullopt;
  return f;
}

std::string flashCookie(std::string_view value, std::string_view path, bool secure) {
  return cookie(value, path, kFlashMaxAgeSeconds, secure);
}

std::string clearedFlashCookie(std::string_view path, bool secure) { return cookie("", path, 0, secure); }

}  // namespace accord::web
