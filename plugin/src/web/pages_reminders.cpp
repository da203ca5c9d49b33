// "Remind those who have not answered": the secretariat sees the pending
// countries of a declaration's endorsement or of a commitment, whom each reminder
// reaches and when each was last reminded, edits the text, previews, then sends
// exactly what the preview showed (app::previewReminder, app::sendReminder).
#include "accord/app/reminder_use_cases.h"
#include "accord/domain/reminder.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

std::string basePath(ReminderTopic topic, const std::string& subject) {
  return (topic == ReminderTopic::kEndorsement ? "/declarations/" : "/commitments/") + pathSegment(subject);
}

// The catalogue key of why a country is still pending.
const char* reasonText(PendingReason r) {
  switch (r) {
    case PendingReason::kInvited: return "reminders.reason.invited";
    case PendingReason::kConsulting: return "reminders.reason.consulting";
    case PendingReason::kProposed: return "reminders.reason.proposed";
    case PendingReason::kReportDue: return "reminders.reason.report_due";
  }
  return "reminders.reason.invited";
}

Data countryRow(const Site& site, const Wording& w, const app::ReminderCountry& c, bool checked) {
  Data x = countryData(site, c.pending.country);
  x.set("reason", w(reasonText(c.pending.reason)));
  x.set("checked", checked);
  std::string who;
  for (const auto& r : c.recipients) who += (who.empty() ? "" : ", ") + r.displayName + " (" + r.name + ")";
  x.set("recipients", who.empty() ? Data(false) : Data(who));
  x.set("nobody", c.recipients.empty());
  if (c.last)
    x.set("last", w.count("reminders.last", static_cast<long long>(c.last->recipients),
                          {{"at", c.last->sentAt.iso()}, {"by", c.last->sentBy}}));
  else
    x.set("last", false);
  x.set("recent", c.remindedRecently);
  return x;
}

// The request the form describes: the text and the ticked countries. On the
// first visit nothing is posted: the default text and every pending country not
// reminded within the hour.
app::ReminderRequest requestOf(const Visit& v, const app::ReminderPlan* all) {
  app::ReminderRequest r;
  if (v.method != "POST") {
    if (all) {
      std::vector<CountryCode> fresh;
      for (const auto& c : all->countries)
        if (!c.remindedRecently) fresh.push_back(c.pending.country);
      r.countries = fresh;
    }
    return r;
  }
  r.message = v.field("message");
  std::vector<CountryCode> ticked;
  for (const auto& [name, value] : v.form)
    if (name.rfind("country.", 0) == 0 && value == "on") {
      auto code = CountryCode::parse("countries", name.substr(8));
      if (code.ok()) ticked.push_back(*code);
    }
  r.countries = ticked;
  return r;
}

// Every field of a posted reminder form that is wrong, not only the first: the
// countries (when sending, at least one must be ticked) and the text.
std::vector<Error> reminderFormErrors(const Visit& v, const app::ReminderRequest& request) {
  std::vector<Error> errors;  // in the form's order: the countries, then the text
  if (v.field("do") == "send" && request.countries && request.countries->empty())
    errors.push_back(Error::invalid("countries", "tick at least one country to remind"));
  if (auto text = reminderText("message", v.field("message")); !text.ok()) errors.push_back(text.error());
  return errors;
}

// Whether the box of `code` is ticked: as posted after a refused form, else as planned.
bool ticked(const Visit& v, const CountryCode& code, bool planned) {
  return v.method == "POST" ? v.field("country." + code.str()) == "on" : planned;
}

Reply render(const Site& site, Visit& v, const app::ReminderPlan& plan, const Error* error) {
  Data view = baseView(site, v, v.words("title.remind", {{"title", plan.title}}));
  view.set("title", plan.title);
  view.set("isEndorsement", plan.topic == ReminderTopic::kEndorsement);
  view.set("message", v.method == "POST" ? v.field("message") : plan.message);
  List rows;
  for (const auto& c : plan.countries) rows.push_back(countryRow(site, v.words, c, ticked(v, c.pending.country, true)));
  for (const auto& c : plan.leftOut) rows.push_back(countryRow(site, v.words, c, ticked(v, c.pending.country, false)));
  view.set("rows", rows);
  view.set("none", rows.empty());
  view.set("recipientCount", std::to_string(plan.recipients));
  view.set("countryCount", std::to_string(plan.countries.size()));
  view.set("action", link(v, basePath(plan.topic, plan.subject) + "/reminders"));
  view.set("backHref", link(v, plan.topic == ReminderTopic::kEndorsement
                                   ? basePath(plan.topic, plan.subject) + "/endorsements"
                                   : basePath(plan.topic, plan.subject) + "/edit"));
  view.set("sent", v.queryOr("sent").empty() ? Data(false) : Data(v.queryOr("sent")));
  for (const char* key : {"message", "countries"}) view.set(std::string("error_") + key, false);
  view.set("formError", false);
  if (error) putError(v.words, view, *error);
  return renderPage(site, v, "reminders", view, error ? statusOf(error->code) : 200);
}

Reply page(const Site& site, Visit& v, ReminderTopic topic) {
  const std::string subject = v.param("id");
  // Every pending country first, to know which were reminded within the hour.
  auto all = app::previewReminder(site.ctx, v.actor(), topic, subject, {});
  if (!all.ok()) return errorPage(site, v, all.error());
  app::ReminderRequest request = requestOf(v, &*all);
  bool send = v.method == "POST" && v.field("do") == "send";
  auto plan = send ? app::sendReminder(site.ctx, v.actor(), topic, subject, request)
                   : app::previewReminder(site.ctx, v.actor(), topic, subject, request);
  if (!plan.ok()) {
    showEveryError(v, plan.error(), reminderFormErrors(v, request));  // all at once, beside each field
    return render(site, v, *all, &plan.error());
  }
  if (send)
    return redirectTo(v, basePath(topic, subject) + "/reminders?sent=" + std::to_string(plan->recipients));
  return render(site, v, *plan, nullptr);
}

}  // namespace

Reply endorsementRemindersPage(const Site& site, Visit& v) { return page(site, v, ReminderTopic::kEndorsement); }
Reply commitmentRemindersPage(const Site& site, Visit& v) { return page(site, v, ReminderTopic::kCommitment); }

}  // namespace accord::web
