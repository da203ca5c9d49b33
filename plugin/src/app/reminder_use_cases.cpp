#include "accord/app/reminder_use_cases.h"

#include <algorithm>
#include <set>

#include "accord/app/authorization.h"
#include "accord/base/json_writer.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

namespace {

Action actionOf(ReminderTopic topic) {
  return topic == ReminderTopic::kEndorsement ? Action::kDraft : Action::kDefineCommitment;
}

// The subject's title and pending countries, read in `r`.
Status loadPending(Repositories& r, ReminderTopic topic, const std::string& subject, ReminderPlan& plan,
                   std::vector<PendingCountry>& pending) {
  if (topic == ReminderTopic::kEndorsement) {
    auto d = r.declarations().get(DeclarationId(subject));
    if (!d.ok()) return d.error();
    auto recorded = r.endorsements().listByDeclaration(d->id);
    if (!recorded.ok()) return recorded.error();
    plan.title = d->title;
    pending = pendingEndorsements(*d, *recorded);
    return {};
  }
  auto c = r.commitments().get(CommitmentId(subject));
  if (!c.ok()) return c.error();
  auto assignments = r.assignments().listByCommitment(c->id);
  if (!assignments.ok()) return assignments.error();
  auto reports = r.reminders().latestReportStates(c->id);
  if (!reports.ok()) return reports.error();
  auto days = r.reminders().daysBefore(c->id);
  if (!days.ok()) return days.error();
  plan.title = headline(c->text);
  plan.daysBefore = *days;
  pending = pendingAssignments(*c, *assignments, *reports);
  return {};
}

// Splits `pending` into the selected countries and those left out. Returns
// kInvalidArgument naming "countries" for a selected country that is not pending.
Status select(const std::vector<PendingCountry>& pending, const ReminderRequest& request,
              std::vector<PendingCountry>& chosen, std::vector<PendingCountry>& leftOut) {
  if (!request.countries) {
    chosen = pending;
    return {};
  }
  std::set<std::string> wanted;
  for (const auto& c : *request.countries) {
    auto found = std::find_if(pending.begin(), pending.end(), [&](const PendingCountry& p) { return p.country == c; });
    if (found == pending.end())
      return Error::invalid("countries", c.str() + " has nothing pending here: only countries that have not "
                                                   "answered can be reminded");
    if (!wanted.insert(c.str()).second) return Error::invalid("countries", c.str() + " is listed twice");
  }
  for (const auto& p : pending) (wanted.count(p.country.str()) ? chosen : leftOut).push_back(p);
  return {};
}

std::vector<ReminderCountry> detailed(const std::vector<PendingCountry>& countries,
                                      std::map<std::string, std::vector<Recipient>>& recipients,
                                      std::map<std::string, ReminderRecord>& last, Timestamp now) {
  std::vector<ReminderCountry> out;
  out.reserve(countries.size());
  for (const auto& p : countries) {
    ReminderCountry c{p, std::move(recipients[p.country.str()]), std::nullopt, false};
    auto l = last.find(p.country.str());
    if (l != last.end()) {
      c.remindedRecently = now.seconds() - l->second.sentAt.seconds() < kReminderQuietSeconds;
      c.last = std::move(l->second);
    }
    out.push_back(std::move(c));
  }
  return out;
}

// The plan of a reminder, read in `r`.
Result<ReminderPlan> plan(Repositories& r, const Context& ctx, const Actor& actor, ReminderTopic topic,
                          const std::string& subject, const ReminderRequest& request) {
  if (Status s = authorize(actor, actionOf(topic)); !s.ok()) return s.error();
  ReminderPlan out;
  out.topic = topic;
  out.subject = subject;
  std::vector<PendingCountry> pending, chosen, leftOut;
  if (Status s = loadPending(r, topic, subject, out, pending); !s.ok()) return s.error();
  if (Status s = select(pending, request, chosen, leftOut); !s.ok()) return s.error();
  if (request.message) {
    auto text = reminderText("message", *request.message);
    if (!text.ok()) return text.error();
    out.message = std::move(text).value();
  } else {
    out.message = defaultReminderText(topic, out.title);
  }
  std::vector<CountryCode> codes;
  for (const auto& p : pending) codes.push_back(p.country);
  auto recipients = r.reminders().coordinatorsOf(codes);
  if (!recipients.ok()) return recipients.error();
  auto last = r.reminders().latestPerCountry(topic, subject);
  if (!last.ok()) return last.error();
  Timestamp now = ctx.clock.now();
  out.countries = detailed(chosen, *recipients, *last, now);
  out.leftOut = detailed(leftOut, *recipients, *last, now);
  for (const auto& c : out.countries) out.recipients += static_cast<long>(c.recipients.size());
  return out;
}

// What the audit trail keeps of a reminder sent: its kind, and per country why it
// was pending and how many accounts it reached, and the text. Who sent it is the
// event's actor.
std::string reminderSnapshot(ReminderTopic topic, const ReminderPlan& p) {
  base::JsonWriter w;
  w.beginObject().field("kind", toString(topic)).key("countries").beginArray();
  for (const auto& c : p.countries)
    w.beginObject()
        .field("country", c.pending.country.str())
        .field("reason", toString(c.pending.reason))
        .field("recipients", static_cast<long>(c.recipients.size()))
        .endObject();
  w.endArray().field("recipients", p.recipients).field("message", p.message).endObject();
  return w.str();
}

}  // namespace

Result<ReminderPlan> previewReminder(const Context& ctx, const Actor& actor, ReminderTopic topic,
                                     const std::string& subject, const ReminderRequest& request) {
  return transact<ReminderPlan>(ctx.store, TxMode::kReadOnly,
                                [&](Repositories& r) { return plan(r, ctx, actor, topic, subject, request); });
}

Result<ReminderPlan> sendReminder(const Context& ctx, const Actor& actor, ReminderTopic topic,
                                  const std::string& subject, const ReminderRequest& request) {
  return transact<ReminderPlan>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<ReminderPlan> {
    auto p = plan(r, ctx, actor, topic, subject, request);
    if (!p.ok()) return p.error();
    if (p->countries.empty())
      return Error::state(p->leftOut.empty() ? "every country has answered: there is nobody to remind"
                                             : "no country is selected", "countries");
    std::string recent;
    for (const auto& c : p->countries)
      if (c.remindedRecently)
        recent += (recent.empty() ? "" : ", ") + c.pending.country.str() + " (at " + c.last->sentAt.iso() + ")";
    if (!recent.empty())
      return Error::state("reminded less than an hour ago: " + recent +
                              "; leave these countries out to remind the others",
                          "countries");
    Timestamp now = ctx.clock.now();
    for (auto& c : p->countries) {
      NotificationEvent e = reminderEvent(topic, subject, p->title, c.pending.country, p->message);
      auto n = r.outbox().enqueue(e, audienceOf(e), now);
      if (!n.ok()) return n.error();
      ReminderRecord record{topic, subject, c.pending.country, c.pending.reason, actor.name, now, *n, p->message};
      if (Status s = r.reminders().record(record); !s.ok()) return s.error();
      c.last = std::move(record);
      c.remindedRecently = true;
    }
    // In the transaction of the reminder: an audited reminder was sent, and a sent
    // one is audited.
    const char* entity = topic == ReminderTopic::kEndorsement ? "declaration" : "commitment";
    if (Status s = detail::audit(r, ctx, actor, "reminder.sent", entity, subject, "", reminderSnapshot(topic, *p));
        !s.ok())
      return s.error();
    return p;
  });
}

Status setReminderDays(const Context& ctx, const Actor& actor, const CommitmentId& c, long days) {
  if (Status s = authorize(actor, Action::kDefineCommitment); !s.ok()) return s;
  auto parsed = parseReminderDays("daysBefore", days);
  if (!parsed.ok()) return parsed.error();
  return ctx.store.run(TxMode::kReadWrite, [&](Repositories& r) -> Status {
    auto found = r.commitments().get(c);
    if (!found.ok()) return found.error();
    return r.reminders().setDaysBefore(c, *parsed);
  });
}

Result<long> enqueueDeadlineReminders(const Context& ctx, int defaultDays) {
  Timestamp now = ctx.clock.now();
  Date today = now.date();
  return transact<long>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<long> {
    // Deadlines from a week ago (passed) to a year ahead (the longest setting).
    auto open = r.reminders().openDeadlines(today.plusDays(-7), today.plusDays(365), defaultDays);
    if (!open.ok()) return open.error();
    long enqueued = 0;
    for (const auto& d : *open) {
      auto due = deadlineReminderDue(d, today);
      if (!due) continue;
      auto fresh = r.reminders().claimKey(due->key, now);
      if (!fresh.ok()) return fresh.error();
      if (!*fresh) continue;
      auto n = r.outbox().enqueue(due->event, audienceOf(due->event), now);
      if (!n.ok()) return n.error();
      ++enqueued;
    }
    return enqueued;
  });
}

}  // namespace accord::app
