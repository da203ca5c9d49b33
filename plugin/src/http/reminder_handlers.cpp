// Reminders to the countries that have not answered: the preview (GET, or POST
// with "preview": true and the edited text), the sending, and a commitment's
// deadline reminder setting. The preview and the answer to sending have one
// shape, so that a client can show exactly what went out.
#include "accord/app/reminder_use_cases.h"
#include "accord/json/node.h"
#include "api_state.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

struct ReminderBody {
  app::ReminderRequest request;
  bool preview = false;
};

// {"message": "...", "countries": ["MK"], "preview": false}, every field optional.
decode::Decoded<ReminderBody> reminderBody(Poco::JSON::Object::Ptr body) {
  decode::Decoded<ReminderBody> out;
  json::Node n(body, "$", out.errors);
  if (n.has("message")) out.value.request.message = n.text("message", text_rules::kReason);
  if (n.has("countries")) out.value.request.countries = n.countries("countries", false);
  out.value.preview = n.boolean("preview", false);
  n.finish();
  return out;
}

void reminderCountry(base::JsonWriter& w, const app::ReminderCountry& c) {
  w.beginObject().field("country", c.pending.country.str()).field("reason", toString(c.pending.reason));
  w.key("recipients").beginArray();
  for (const auto& r : c.recipients) w.beginObject().field("name", r.name).field("displayName", r.displayName).endObject();
  w.endArray().key("lastReminded");
  if (c.last)
    w.beginObject()
        .field("at", c.last->sentAt.iso())
        .field("by", c.last->sentBy)
        .field("recipients", c.last->recipients)
        .endObject();
  else
    w.null();
  w.field("remindedRecently", c.remindedRecently).endObject();
}

std::string planJson(const app::ReminderPlan& p) {
  return encode::object([&](base::JsonWriter& w) {
    w.beginObject()
        .field("topic", toString(p.topic))
        .field("subject", p.subject)
        .field("title", p.title)
        .field("message", p.message)
        .field("recipients", p.recipients)
        .field("daysBefore", p.daysBefore);
    w.key("countries").beginArray();
    for (const auto& c : p.countries) reminderCountry(w, c);
    w.endArray().key("leftOut").beginArray();
    for (const auto& c : p.leftOut) reminderCountry(w, c);
    w.endArray().endObject();
  });
}

Reply noStore(Reply r) {
  r.header("Cache-Control", "no-store");
  return r;
}

Reply preview(Call& call, ReminderTopic topic) {
  auto plan = app::previewReminder(call.context(), call.actor(), topic, call.param("id"), {});
  if (!plan.ok()) return failed(plan.error());
  return noStore(json(planJson(*plan)));
}

Reply remind(Call& call, ReminderTopic topic) {
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = reminderBody(*body);
  if (!in.ok()) return problem(in.errors);
  auto plan = in.value.preview
                  ? app::previewReminder(call.context(), call.actor(), topic, call.param("id"), in.value.request)
                  : app::sendReminder(call.context(), call.actor(), topic, call.param("id"), in.value.request);
  if (!plan.ok()) return failed(plan.error());
  Reply r = noStore(json(planJson(*plan)));
  if (!in.value.preview) r.status = 201;
  return r;
}

Reply setSchedule(Call& call) {
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  std::vector<Error> errors;
  json::Node n(*body, "$", errors);
  int days = n.integer("daysBefore", 0, 365);
  n.finish();
  if (!errors.empty()) return problem(errors);
  Status s = app::setReminderDays(call.context(), call.actor(), CommitmentId(call.param("id")), days);
  if (!s.ok()) return failed(s.error());
  return json(encode::object([&](base::JsonWriter& w) { w.beginObject().field("daysBefore", days).endObject(); }));
}

// Route handlers are plain functions: one instance per topic.
template <ReminderTopic kTopic>
Reply previewOf(Call& c) {
  return preview(c, kTopic);
}
template <ReminderTopic kTopic>
Reply remindOf(Call& c) {
  return remind(c, kTopic);
}

template <ReminderTopic topic>
void addTopic(Router& r, const std::string& base, app::Action gate, const std::string& what) {
  std::string tag = "reminders";
  std::string name = topic == ReminderTopic::kEndorsement ? "Endorsement" : "Commitment";
  r.add(Route::get(base + "/reminders", &previewOf<topic>)
      .describe("preview" + name + "Reminder", tag,
                "Whom a reminder would reach now: the " + what + " still pending, their coordinators, when each was "
                "last reminded, and the default text (the secretariat)")
      .uncached()
      .responds({ok(200, "ReminderPlan")}, {403, 404})
      .allows({gate}));
  r.add(Route::post(base + "/reminders", &remindOf<topic>)
      .describe("send" + name + "Reminder", tag,
                "Remind the " + what + " that have not answered (all pending, or those listed), with the default or "
                "an edited text; \"preview\": true answers what would be sent without sending. Refused (409) for a "
                "country reminded less than an hour ago (the secretariat)")
      .body("ReminderRequest")
      .responds({ok(200, "ReminderPlan", "the preview"), ok(201, "ReminderPlan", "what was sent")},
                {400, 403, 404, 409, 413})
      .allows({gate}));
}

}  // namespace

void addReminderRoutes(Router& r) {
  addTopic<ReminderTopic::kEndorsement>(r, "/api/v1/declarations/{id}", app::Action::kDraft,
           "invited countries of a declaration open for endorsement");
  addTopic<ReminderTopic::kCommitment>(r, "/api/v1/commitments/{id}", app::Action::kDefineCommitment,
           "countries of a commitment (proposed, or a report due)");
  r.add(Route::put("/api/v1/commitments/{id}/reminder-schedule", setSchedule)
      .describe("setCommitmentReminderSchedule", "reminders",
                "How many days before its deadline the commitment's pending countries are reminded (0: only the day "
                "after it; the secretariat)")
      .body("ReminderSchedule")
      .responds({ok(200, "ReminderSchedule")}, {400, 403, 404, 413})
      .allows({app::Action::kDefineCommitment}));
}

}  // namespace accord::http
