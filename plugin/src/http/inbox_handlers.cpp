// What waits for the caller: GET /api/v1/inbox, the same use case as the home page
// (app::inbox), each kind read by its own indexed query and bounded; `more` names
// the kinds with more waiting than listed. Never cached: it changes with the clock
// (overdue, at risk) as well as with audited changes.
#include "accord/app/overview.h"
#include "api_state.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

template <class T>
std::optional<std::string> unlessEmpty(const T& id) {
  return id.str().empty() ? std::nullopt : std::optional<std::string>(id.str());
}

void inboxItem(base::JsonWriter& w, const app::InboxItem& i) {
  w.beginObject();
  w.field("kind", app::toString(i.kind));
  w.field("declaration", i.declaration.str());
  w.field("declarationTitle", i.declarationTitle);
  w.field("country", i.country ? std::optional<std::string>(i.country->str()) : std::nullopt);
  w.field("commitment", unlessEmpty(i.commitment));
  w.field("commitmentText", i.commitmentText);
  w.field("clause", i.clause);
  w.field("deadline", i.deadline ? std::optional<std::string>(i.deadline->iso()) : std::nullopt);
  w.field("report", unlessEmpty(i.report));
  w.field("amendment", i.amendment ? std::optional<int>(i.amendment) : std::nullopt);
  w.field("invited", i.invited);
  w.field("unanswered", i.unanswered);
  w.field("state", i.state);
  w.endObject();
}

Reply mine(Call& call) {
  auto box = app::inbox(call.context(), call.actor(), 0);
  if (!box.ok()) return failed(box.error());
  Reply r = json(encode::object([&](base::JsonWriter& w) {
    w.beginObject().key("items").beginArray();
    for (const auto& i : box->items) inboxItem(w, i);
    w.endArray().key("more").beginArray();
    for (app::InboxKind k : box->more) w.value(app::toString(k));
    w.endArray().endObject();
  }));
  r.header("Cache-Control", "no-store");
  return r;
}

}  // namespace

void addInboxRoutes(Router& r) {
  r.add(Route::get("/api/v1/inbox", mine)
      .describe("getInbox", "inbox",
                "What waits for you, by your role (and a coordinator's country): each kind at most 100 items, "
                "found by index; `more` names the kinds with more waiting")
      .uncached()
      .responds({ok(200, "Inbox")}, {}));
}

}  // namespace accord::http
