// The message a page shows after a form did its job ("Revision 4 saved"), carried
// across the POST→redirect→GET step in a short-lived cookie signed with the
// session's token: only Accord's own handlers can write one (a link cannot, as it
// could with a message in the URL), and only the session it was made for reads it.
// Pure functions over strings, tested without a server.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace accord::web {

inline constexpr const char* kFlashCookie = "accord_flash";
// Long enough for a redirect on a slow line, short enough that a message never
// turns up on a page opened much later.
inline constexpr long kFlashMaxAgeSeconds = 120;
// A message longer than this is cut (with "…"): a cookie holds about 4 KB.
inline constexpr std::size_t kFlashMaxChars = 400;

struct Flash {
  Flash() = default;
  explicit Flash(std::string message) : message(std::move(message)) {}
  Flash(std::string message, std::string undoAction, std::string undoLabel,
        std::vector<std::pair<std::string, std::string>> undoFields)
      : message(std::move(message)),
        undoAction(std::move(undoAction)),
        undoLabel(std::move(undoLabel)),
        undoFields(std::move(undoFields)) {}

  std::string message;     // the outcome in words: "North Macedonia invited"
  // An action that takes it back, when the domain has one: a POST form to
  // `undoAction` (below the mount prefix) with `undoFields` and the CSRF token,
  // its button reading `undoLabel`. Empty: no undo.
  std::string undoAction;
  std::string undoLabel;
  std::vector<std::pair<std::string, std::string>> undoFields;
};

// The cookie's value for `flash` under `sessionToken`: the fields percent-encoded,
// then "." and an HMAC-SHA256 of them keyed with the session token.
std::string encodeFlash(const Flash& flash, std::string_view sessionToken);
// The flash a cookie value holds, or nullopt when it is malformed or was not
// signed for this session (another session's, or forged).
std::optional<Flash> decodeFlash(std::string_view value, std::string_view sessionToken);

// "accord_flash=VALUE; Path=PATH; Max-Age=120; HttpOnly; SameSite=Strict[; Secure]".
std::string flashCookie(std::string_view value, std::string_view path, bool secure);
// The same cookie, expired: once shown, a message is gone.
std::string clearedFlashCookie(std::string_view path, bool secure);

}  // namespace accord::web
