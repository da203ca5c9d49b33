// A person's notification choices: one row per topic they moved off the default.
#include "account_repository.h"
#include "codec.h"

namespace accord::storage::detail {

using namespace accord::domain;

Result<NotificationChoices> SqlAccountRepository::notificationChoices(const std::string& name) {
  return guarded(tx_, [&]() -> Result<NotificationChoices> {
    Rows r = sql_.query("SELECT topic, email, digest FROM notification_choice WHERE account_name = ?", {v(name)});
    NotificationChoices out;
    for (std::size_t i = 0; i < r.size(); ++i)
      out.topics[enumOf(r, i, 0, parseNotificationTopic)] =
          TopicChoice{flag(r, i, 1), flag(r, i, 2) ? MailTiming::kDigest : MailTiming::kImmediate};
    return out;
  });
}

Status SqlAccountRepository::setNotificationChoices(const std::string& name, const NotificationChoices& c) {
  return guarded(tx_, [&]() -> Status {
    sql_.exec("DELETE FROM notification_choice WHERE account_name = ?", {v(name)});
    for (const auto& [topic, choice] : allTopics(c))
      if (!isFixedTopic(topic) && !(choice == TopicChoice{}))
        sql_.exec("INSERT INTO notification_choice (account_name, topic, email, digest) VALUES (?, ?, ?, ?)",
                  {v(name), v(toString(topic)), v(choice.email), v(choice.timing == MailTiming::kDigest)});
    return {};
  });
}

}  // namespace accord::storage::detail
