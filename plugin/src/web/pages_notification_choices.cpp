#include "notification_choices_view.h"

#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {
std::string word(const Site&, const Visit& v, const std::string& key) { return v.words("own_account." + key); }

// The posted table: every topic but the fixed one, each a checkbox and a select.
Result<app::PreferenceChange> postedChoices(const Visit& v) {
  app::PreferenceChange change;
  for (const auto& [topic, current] : allTopics({})) {
    (void)current;
    if (isFixedTopic(topic)) continue;
    std::string name = toString(topic);
    auto timing = parseMailTiming("timing_" + name, v.field("timing_" + name));
    if (!timing.ok()) return timing.error();
    change.notifications[topic] = TopicChoice{v.field("email_" + name) == "on", *timing};
  }
  return change;
}

std::optional<long> postedVersion(const Visit& v) {
  std::string text = v.field("version");
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stol(text);
}
}  // namespace

void putNotificationChoices(const Site& site, const Visit& v, const app::OwnPreferences& p, Data& view) {
  List rows;
  for (const auto& [topic, chosen] : allTopics(p.notifications)) {
    std::string name = toString(topic);
    Data row;
    row.set("topic", name);
    row.set("label", word(site, v, "topic_" + name));
    row.set("fixed", isFixedTopic(topic));
    row.set("email", chosen.email);
    List timings;
    for (MailTiming t : {MailTiming::kImmediate, MailTiming::kDigest})
      timings.push_back(choice(toString(t), word(site, v, std::string("timing_") + toString(t)), t == chosen.timing));
    row.set("timings", timings);
    rows.push_back(row);
  }
  view.set("notificationTopics", rows);
  view.set("notificationsAction", link(v, "/account/notifications"));
  view.set("accountVersion", std::to_string(p.account.version));
}

Reply ownNotificationsForm(const Site& site, Visit& v) {
  auto change = postedChoices(v);
  if (!change.ok()) return errorPage(site, v, change.error());
  auto saved = app::setOwnPreferences(site.ctx, v.actor(), *change, postedVersion(v));
  if (!saved.ok()) return errorPage(site, v, saved.error());
  return redirectTo(site, v, "/account", Flash{word(site, v, "notifications_saved")});
}

}  // namespace accord::web
