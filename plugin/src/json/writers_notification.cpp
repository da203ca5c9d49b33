// A notification as the API shows it to its recipient and to administrators.
#include "accord/json/writers.h"

namespace accord::json {

using namespace accord::domain;

void writeNotification(JsonWriter& w, const Notification& n) {
  auto instant = [](const std::optional<Timestamp>& t) {
    return t ? std::optional<std::string>(t->iso()) : std::nullopt;
  };
  w.beginObject()
      .field("id", static_cast<long long>(n.id))
      .field("recipient", n.recipient)
      .field("kind", toString(n.event.kind))
      .field("subject", n.event.subject)
      .field("country", n.event.country ? std::optional<std::string>(n.event.country->str()) : std::nullopt)
      .field("title", n.event.title)
      .field("link", n.event.link)
      .field("message", n.event.message)
      .field("createdAt", n.createdAt.iso())
      .field("delivery", toString(n.state))
      .field("attempts", n.attempts)
      .field("sentAt", instant(n.sentAt))
      .field("readAt", instant(n.readAt))
      .field("lastError", n.lastError)
      .endObject();
}

}  // namespace accord::json
