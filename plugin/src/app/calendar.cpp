#include "accord/app/calendar.h"

#include "accord/app/read_models.h"
#include "accord/domain/notification.h"

namespace accord::app {

using namespace accord::domain;

namespace {
constexpr int kAlarmDays = 7;  // a week's notice

base::CalendarEvent allDay(std::string uid, Date from, Date to, std::string summary, std::string url) {
  return {std::move(uid), from.iso(), to.plusDays(1).iso(), std::move(summary), "", std::move(url), kAlarmDays};
}

// Every page of a paged listing, in order.
template <class T, class List>
Result<std::vector<T>> all(List list) {
  std::vector<T> out;
  PageRequest page;
  for (;;) {
    auto p = list(page);
    if (!p.ok()) return p.error();
    for (auto& x : p->items) out.push_back(std::move(x));
    if (p->next.empty()) return out;
    page.after = p->next;
  }
}
}  // namespace

Result<std::vector<base::CalendarEvent>> conferenceCalendar(const Context& ctx, const Actor& actor,
                                                            const ConferenceId& id, const std::string& siteUrl) {
  auto c = getConference(ctx, actor, id);
  if (!c.ok()) return c.error();
  std::vector<base::CalendarEvent> out;
  out.push_back(allDay("conference." + id.str() + "@accord", c->startDate, c->endDate, c->title + ", " + c->city,
                       siteUrl + "/conferences/" + id.str()));
  auto declarations = all<Declaration>([&](const PageRequest& p) { return listDeclarations(ctx, actor, id, p); });
  if (!declarations.ok()) return declarations.error();
  for (const auto& d : *declarations) {
    auto commitments = all<Commitment>([&](const PageRequest& p) { return listCommitments(ctx, actor, d.id, p); });
    if (!commitments.ok()) return commitments.error();
    std::string url = siteUrl + "/declarations/" + d.id.str() + "/implementation";
    for (const auto& cm : *commitments) {
      std::string what = headline(cm.text);
      out.push_back(allDay("deadline." + cm.id.str() + "@accord", cm.deadline, cm.deadline, "Deadline: " + what, url));
      for (const auto& m : cm.milestones)
        out.push_back(allDay("milestone." + cm.id.str() + "." + m.id.str() + "@accord", m.due, m.due,
                             "Milestone: " + m.title + " (" + what + ")", url));
    }
  }
  return out;
}

}  // namespace accord::app
