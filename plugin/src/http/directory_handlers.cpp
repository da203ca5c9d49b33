// A conference's directory of people and organizations, entry by entry. Reads
// answer a content ETag; writes are updates of the conference (If-Match its ETag)
// and answer the conference's new ETag, so that a client can chain them.
#include "accord/app/directory_use_cases.h"
#include "accord/json/node.h"
#include "accord/json/records.h"
#include "accord/json/writers.h"
#include "api_state.h"
#include "handler_support.h"
#include "paging.h"

namespace accord::http {

using namespace accord::domain;

namespace {

// What each kind of entry needs from the handlers: its use cases, its JSON and
// the words its routes and errors use.
struct PersonEntry {
  using Record = Person;
  static constexpr const char* kWord = "person";
  static constexpr const char* kPlural = "people";
  static auto list(Call& c, const app::DirectoryQuery& q) {
    return app::listPeople(c.context(), c.actor(), ConferenceId(c.param("id")), q);
  }
  static auto get(Call& c) {
    return app::getPerson(c.context(), c.actor(), ConferenceId(c.param("id")), PersonId(c.param("person")));
  }
  static auto write(Call& c, Person p, bool replace, long version) {
    return app::writePerson(c.context(), c.actor(), c.services().countries, ConferenceId(c.param("id")), std::move(p),
                            replace, version);
  }
  static Person read(json::Node n) { return json::readPerson(std::move(n)); }
  static void encode(base::JsonWriter& w, const Person& p) { json::writePerson(w, p); }
};

struct OrganizationEntry {
  using Record = Organization;
  static constexpr const char* kWord = "organization";
  static constexpr const char* kPlural = "organizations";
  static auto list(Call& c, const app::DirectoryQuery& q) {
    return app::listOrganizations(c.context(), c.actor(), ConferenceId(c.param("id")), q);
  }
  static auto get(Call& c) {
    return app::getOrganization(c.context(), c.actor(), ConferenceId(c.param("id")),
                                OrganizationId(c.param("organization")));
  }
  static auto write(Call& c, Organization o, bool replace, long version) {
    return app::writeOrganization(c.context(), c.actor(), c.services().countries, ConferenceId(c.param("id")),
                                  std::move(o), replace, version);
  }
  static Organization read(json::Node n) { return json::readOrganization(std::move(n)); }
  static void encode(base::JsonWriter& w, const Organization& o) { json::writeOrganization(w, o); }
};

template <class E>
Reply listEntries(Call& call) {
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  app::DirectoryQuery q{call.query().get("search").value_or(""), *request};
  if (q.search.size() > 300) return problem(Error::invalid("search", "is longer than 300 characters"));
  auto page = E::list(call, q);
  if (!page.ok()) return failed(page.error());
  return view(encode::page(page->items, page->next, E::encode));
}

template <class E>
Reply getEntry(Call& call) {
  auto entry = E::get(call);
  if (!entry.ok()) return failed(entry.error());
  return view(encode::object([&](base::JsonWriter& w) { E::encode(w, *entry); }));
}

// POST (replace false) takes the entry with its id; PUT (replace true) the whole
// entry, whose id is the path's (a body naming another id is refused).
template <class E>
Reply writeEntry(Call& call, bool replace) {
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  if (replace) {
    const std::string id = call.param(E::kWord);
    if (!(*body)->has("id")) (*body)->set("id", id);
    else if (!(*body)->get("id").isString() || (*body)->getValue<std::string>("id") != id)
      return problem(Error::invalid("id", "must be the id in the address, " + id + ", or left out"));
  }
  std::vector<Error> errors;
  typename E::Record in = E::read(json::Node(*body, "$", errors));
  if (!errors.empty()) return problem(errors);
  auto done = E::write(call, std::move(in), replace, *version);
  if (!done.ok()) return failed(done.error(), E::kWord);
  std::string out = encode::object([&](base::JsonWriter& w) { E::encode(w, done->record); });
  if (replace) return json(std::move(out), versionTag(done->conferenceVersion));
  return created(std::move(out),
                 call.mounted("/api/v1/conferences/" + call.param("id") + "/" + E::kPlural + "/" +
                              done->record.id.str()),
                 versionTag(done->conferenceVersion));
}

template <class E>
void addEntryRoutes(Router& r, const std::string& schema, const std::string& words, const std::string& listName) {
  const std::string list = std::string("/api/v1/conferences/{id}/") + E::kPlural;
  auto searched = pagingParams();
  searched.push_back(optionalParam("search", schemas::kString,
                                   std::string("only ") + words + " whose name contains this (ASCII case folded)"));
  r.add(Route::get(list, listEntries<E>)
      .describe("list" + listName, "directory",
                "The " + words + " of a conference's directory, in the order they were added")
      .query(searched)
      .responds({ok(200, schema + "Page")}, {304, 400, 404}));
  r.add(Route::post(list, [](Call& call) { return writeEntry<E>(call, false); })
      .describe(std::string("add") + schema, "directory",
                "Add to the conference's directory (an update of the conference: If-Match its ETag; the answer "
                "carries its new ETag)")
      .body(schema)
      .needsIfMatch()
      .responds({ok(201, schema)}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kManageConference}));
  const std::string one = list + "/{" + E::kWord + "}";
  r.add(Route::get(one, getEntry<E>)
      .describe(std::string("get") + schema, "directory", "One entry of the conference's directory")
      .responds({ok(200, schema)}, {304, 404}));
  r.add(Route::put(one, [](Call& call) { return writeEntry<E>(call, true); })
      .describe(std::string("replace") + schema, "directory",
                "Rewrite an entry of the conference's directory, its id kept (an update of the conference: "
                "If-Match its ETag; the answer carries its new ETag)")
      .body(schema)
      .needsIfMatch()
      .responds({ok(200, schema)}, {400, 403, 404, 411, 412, 413, 428})
      .allows({app::Action::kManageConference}));
}

}  // namespace

void addDirectoryRoutes(Router& r) {
  addEntryRoutes<PersonEntry>(r, "Person", "people", "People");
  addEntryRoutes<OrganizationEntry>(r, "Organization", "organizations", "Organizations");
}

}  // namespace accord::http
