#include "delivery_words.h"

#include <regex>

namespace accord::web {

using domain::DeliveryState;

namespace {
// The reason a mail was given up, as a key of the catalogue: the server's reply
// and Poco's wording are for administrators (GET /api/v1/notifications/failed).
std::string reasonKey(const std::string& lastError) {
  if (lastError.find("no e-mail address") != std::string::npos) return "notifications.reason_no_address";
  static const std::regex kRefused("(^|[^0-9])5[0-9][0-9]([^0-9]|$)");
  if (std::regex_search(lastError, kRefused)) return "notifications.reason_refused";
  return "notifications.reason_unreachable";
}
}  // namespace

std::string deliveryWords(const Site& site, const Visit& v, const domain::Notification& n) {
  const Wording& words = v.words;
  switch (n.state) {
    case DeliveryState::kPending: return words("notifications.email_waiting");
    case DeliveryState::kSent:
      return words("notifications.email_sent",
                   {{"when", n.sentAt ? longDateTime(*n.sentAt, site.zone, v.language) : std::string()}});
    case DeliveryState::kHeld: return words("notifications.email_in_digest");
    case DeliveryState::kNotMailed: return words("notifications.email_not_mailed");
    case DeliveryState::kFailed:
      return words("notifications.email_failed",
                   {{"reason", words(reasonKey(n.lastError))}});
  }
  return {};
}

}  // namespace accord::web
