#include "accord/app/calendar.h"

#include <algorithm>
#include <map>

#include "accord/app/read_models.h"
#include "accord/app/store.h"
#include "accord/base/sha256.h"
#include "accord/domain/notification.h"

namespace accord::app {

using namespace accord::domain;

namespace {
constexpr int kAlarmDays = 7;  // a week's notice

base::CalendarEvent allDay(std::string uid, Date from, Date to, std::string summary, std::string url) {
  return {std::move(uid), from.iso(), to.plusDays(1).iso(), std::move(summary), "", std::move(url), kAlarmDays,
          {}, {}};
}

// The words before an event's title in a person's feed, in their language
// (Account::language); English for none or a language without them.
struct EventWords {
  const char* deadline;
  const char* milestone;
};
EventWords eventWords(const std::string& language) {
  static const std::map<std::string, EventWords> kWords{
      {"fr", {"Échéance", "Étape"}},   {"ru", {"Срок", "Этап"}},        {"de", {"Frist", "Meilenstein"}},
      {"it", {"Scadenza", "Tappa"}},   {"es", {"Plazo", "Hito"}},        {"sq", {"Afati", "Hapi"}},
      {"bs", {"Rok", "Etapa"}},        {"hr", {"Rok", "Etapa"}},         {"cnr", {"Rok", "Etapa"}},
      {"sr-Latn", {"Rok", "Etapa"}},   {"sr", {"Рок", "Етапа"}},         {"mk", {"Рок", "Етапа"}},
  };
  auto found = kWords.find(language);
  return found != kWords.end() ? found->second : EventWords{"Deadline", "Milestone"};
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

namespace {
// `onlyFor`: keep only the commitments assigned to that country.
Result<std::vector<base::CalendarEvent>> eventsOf(const Context& ctx, const Actor& actor, const ConferenceId& id,
                                                  const std::string& siteUrl,
                                                  const std::optional<CountryCode>& onlyFor,
                                                  const std::string& language) {
  const EventWords words = eventWords(language);
  auto c = getConference(ctx, actor, id);
  if (!c.ok()) return c.error();
  std::vector<base::CalendarEvent> out;
  out.push_back(allDay("conference." + id.str() + "@accord", c->startDate, c->endDate, c->title + ", " + c->city,
                       siteUrl + "/conferences/" + id.str()));
  for (const auto& s : c->sessions) {
    base::CalendarEvent e = allDay("session." + id.str() + "." + s.id + "@accord", s.date, s.date, s.title,
                                   siteUrl + "/conferences/" + id.str() + "#agenda");
    e.description = s.room;
    e.startTime = s.start;
    e.endTime = s.end;
    e.alarmDaysBefore = 0;  // the conference's own event already reminds of the days
    out.push_back(std::move(e));
  }
  auto declarations = all<Declaration>([&](const PageRequest& p) { return listDeclarations(ctx, actor, id, p); });
  if (!declarations.ok()) return declarations.error();
  for (const auto& d : *declarations) {
    auto commitments = all<Commitment>([&](const PageRequest& p) { return listCommitments(ctx, actor, d.id, p); });
    if (!commitments.ok()) return commitments.error();
    std::string url = siteUrl + "/declarations/" + d.id.str() + "/implementation";
    for (const auto& cm : *commitments) {
      if (onlyFor && std::find(cm.countries.begin(), cm.countries.end(), *onlyFor) == cm.countries.end()) continue;
      std::string what = headline(cm.text);
      out.push_back(allDay("deadline." + cm.id.str() + "@accord", cm.deadline, cm.deadline, std::string(words.deadline) + ": " + what, url));
      for (const auto& m : cm.milestones)
        out.push_back(allDay("milestone." + cm.id.str() + "." + m.id.str() + "@accord", m.due, m.due,
                             std::string(words.milestone) + ": " + m.title + " (" + what + ")", url));
    }
  }
  return out;
}

Error noFeed() { return {ErrorCode::kNotFound, "no calendar at this address", "token"}; }
}  // namespace

Result<std::vector<base::CalendarEvent>> conferenceCalendar(const Context& ctx, const Actor& actor,
                                                            const ConferenceId& id, const std::string& siteUrl) {
  return eventsOf(ctx, actor, id, siteUrl, std::nullopt, "");
}

Status startCalendarFeed(const Context& ctx, const Actor& actor, const std::string& token) {
  return ctx.store.run(TxMode::kReadWrite, [&](Repositories& r) {
    return r.calendarFeeds().replace(actor.name, base::sha256Hex(token), ctx.clock.now());
  });
}

Status stopCalendarFeed(const Context& ctx, const Actor& actor) {
  return ctx.store.run(TxMode::kReadWrite, [&](Repositories& r) -> Status {
    auto gone = r.calendarFeeds().revoke(actor.name);
    if (!gone.ok()) return gone.error();
    if (!*gone) return Error{ErrorCode::kNotFound, "you have no calendar feed", "token"};
    return {};
  });
}

Result<std::optional<Timestamp>> calendarFeedSince(const Context& ctx, const Actor& actor) {
  return transact<std::optional<Timestamp>>(ctx.store, TxMode::kReadOnly,
                                            [&](Repositories& r) { return r.calendarFeeds().since(actor.name); });
}

Result<PersonalCalendar> personalCalendar(const Context& ctx, const std::string& token, const std::string& siteUrl) {
  // Looked up by hash: the comparison is the database's, on a value the caller
  // cannot steer byte by byte, so no timing tells how much of a guess was right.
  auto account = transact<Account>(ctx.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<Account> {
    auto owner = r.calendarFeeds().accountOf(base::sha256Hex(token));
    if (!owner.ok()) return owner.error();
    if (!*owner) return noFeed();
    auto a = r.accounts().get(**owner);
    if (!a.ok()) return a.error().code == ErrorCode::kNotFound ? noFeed() : a.error();
    if (!a->active) return noFeed();
    return a;
  });
  if (!account.ok()) return account.error();
  Actor actor = account->actor();
  std::optional<CountryCode> onlyFor;
  if (actor.role == Role::kCoordinator) onlyFor = actor.country;
  auto conferences = all<Conference>([&](const PageRequest& p) { return listConferences(ctx, actor, p); });
  if (!conferences.ok()) return conferences.error();
  PersonalCalendar out{actor.name, {}};
  for (const auto& c : *conferences) {
    auto events = eventsOf(ctx, actor, c.id, siteUrl, onlyFor, account->language);
    if (!events.ok()) return events.error();
    for (auto& e : *events) out.events.push_back(std::move(e));
  }
  return out;
}

}  // namespace accord::app
