// Encoders of the conference-side records: countries, conferences, declarations
// and their revisions, in the API's standalone shape (json::kStandalone: the
// parent named, the version given) by the shared writers.
#include <map>
#include <set>

#include "accord/json/writers.h"
#include "encode.h"

namespace accord::http::encode {

using namespace accord::domain;

void country(JsonWriter& w, const Country& c) { json::writeCountry(w, c, true); }

namespace {
// The "names" member: the names of the `people` and `organizations` ids given.
json::Members namesOf(const app::DirectoryNames& names, std::vector<std::string> people,
                      std::vector<std::string> organizations) {
  return [&names, people = std::move(people), organizations = std::move(organizations)](JsonWriter& w) {
    auto section = [&](const char* key, const std::vector<std::string>& ids,
                       const std::map<std::string, std::string>& known) {
      w.key(key).beginObject();
      std::set<std::string> seen;
      for (const std::string& id : ids) {
        auto it = known.find(id);
        if (it != known.end() && seen.insert(id).second) w.field(id, it->second);
      }
      w.endObject();
    };
    w.key("names").beginObject();
    section("people", people, names.people);
    section("organizations", organizations, names.organizations);
    w.endObject();
  };
}

void addMembers(const Delegation& d, std::vector<std::string>& people) {
  for (const auto& m : d.members) people.push_back(m.person.str());
}
}  // namespace

void delegation(JsonWriter& w, const Delegation& d, const app::DirectoryNames& names) {
  std::vector<std::string> people;
  addMembers(d, people);
  json::writeDelegation(w, d, namesOf(names, std::move(people), {}));
}

void conference(JsonWriter& w, const Conference& c, const app::DirectoryNames& names) {
  std::vector<std::string> people, organizations;
  for (const auto& s : c.speakers) people.push_back(s.person.str());
  for (const auto& d : c.delegations) addMembers(d, people);
  for (const auto& s : c.sessions)
    for (const auto& p : s.speakers) people.push_back(p.str());
  for (const auto& o : c.organizers) organizations.push_back(o.str());
  json::writeConference(w, c, json::kStandalone, namesOf(names, std::move(people), std::move(organizations)));
}

void revisionSummary(JsonWriter& w, const Revision& r) { json::writeRevisionSummary(w, r); }

void declaration(JsonWriter& w, const Declaration& d, bool withRevisions) {
  if (!withRevisions) return json::writeDeclaration(w, d, json::kStandalone);
  json::writeDeclaration(w, d, json::kStandalone, [&](JsonWriter& w) {
    w.key("latestRevision");
    if (d.latest()) w.value(d.latest()->number);
    else w.null();
    w.key("revisions").beginArray();
    for (const auto& r : d.revisions) revisionSummary(w, r);
    w.endArray();
  });
}

void revision(JsonWriter& w, const DeclarationId& declaration, const Revision& r) {
  json::writeRevision(w, r, &declaration);
}

}  // namespace accord::http::encode
