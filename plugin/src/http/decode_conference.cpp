// Conference bodies: a new conference with its directory, a merge patch, a
// delegation.
#include "accord/json/node.h"
#include "decode.h"

namespace accord::http::decode {

using namespace accord::domain;
using json::Node;
namespace tr = text_rules;

domain::Error relative(domain::Error e, const std::string& root) {
  if (e.field == root) e.field.clear();
  else if (e.field.rfind(root + ".", 0) == 0) e.field.erase(0, root.size() + 1);
  else if (e.field.rfind(root + "[", 0) == 0) e.field.erase(0, root.size());
  return e;
}

namespace {

std::vector<Speaker> speakers(Node& n) {
  std::vector<Speaker> out;
  for (auto& s : n.objects("speakers")) {
    out.push_back({PersonId(s.id("person")), s.text("role", tr::kOptionalName)});
    s.finish();
  }
  return out;
}

Delegation readDelegation(Node& d) {
  Delegation del{d.country("country"), {}};
  for (auto& m : d.objects("members", true)) {
    del.members.push_back({PersonId(m.id("person")), m.enumeration("role", parseDelegateRole)});
    m.finish();
  }
  d.finish();
  return del;
}

std::vector<Delegation> delegations(Node& n) {
  std::vector<Delegation> out;
  for (auto& d : n.objects("delegations")) out.push_back(readDelegation(d));
  return out;
}

std::vector<OrganizationId> organizers(Node& n) {
  std::vector<OrganizationId> out;
  for (auto& o : n.strings("organizers", tr::kName)) out.emplace_back(o);
  return out;
}

void readDirectory(Node& n, app::Directory& dir) {
  dir.illustrative = n.text("illustrative", tr::kNote);
  for (auto& c : n.objects("countries")) {
    Country country;
    country.code = c.country("code");
    country.name = c.text("name", tr::kName);
    country.displayName = c.text("displayName", tr::kOptionalName);
    country.footnote = c.text("footnote", tr::kNote);
    country.names = c.stringMap("names", tr::kName);
    c.finish();
    dir.countries.push_back(std::move(country));
  }
  for (auto& o : n.objects("organizations")) {
    Organization org;
    org.id = OrganizationId(o.id("id"));
    org.name = o.text("name", tr::kName);
    org.acronym = o.text("acronym", tr::kOptionalName);
    org.country = o.optionalCountry("country");
    o.finish();
    dir.organizations.push_back(std::move(org));
  }
  for (auto& p : n.objects("people")) {
    Person person;
    person.id = PersonId(p.id("id"));
    person.name = p.text("name", tr::kName);
    person.title = p.text("title", tr::kOptionalName);
    if (auto org = p.optionalId("organization")) person.organization = OrganizationId(*org);
    person.country = p.optionalCountry("country");
    p.finish();
    dir.people.push_back(std::move(person));
  }
}

// In a merge patch null would mean "remove", which no conference field allows.
bool refuseNulls(Poco::JSON::Object::Ptr body, std::vector<Error>& errors) {
  for (const auto& [key, value] : *body)
    if (value.isEmpty()) errors.push_back(Error::invalid(key, "cannot be null: every conference field has a value"));
  return errors.empty();
}

}  // namespace

Decoded<NewConference> newConference(Poco::JSON::Object::Ptr body) {
  Decoded<NewConference> out;
  Node n(body, "$", out.errors);
  Conference& c = out.value.conference;
  c.id = ConferenceId(n.id("id"));
  c.title = n.text("title", tr::kName);
  c.city = n.text("city", tr::kName);
  c.venue = n.text("venue", tr::kOptionalName);
  c.startDate = n.date("startDate");
  c.endDate = n.date("endDate");
  c.organizers = organizers(n);
  c.languages = n.strings("languages", tr::kName);
  c.status = n.enumeration("status", parseConferenceStatus, std::optional(ConferenceStatus::kPlanned));
  c.speakers = speakers(n);
  c.delegations = delegations(n);
  readDirectory(n, out.value.directory);
  n.finish();
  return out;
}

Decoded<Conference> conferencePatch(Poco::JSON::Object::Ptr body, Conference current) {
  Decoded<Conference> out;
  if (!refuseNulls(body, out.errors)) return out;
  Node n(body, "$", out.errors);
  Conference& c = current;
  if (n.has("id") && n.id("id") != c.id.str()) n.fail("id", "cannot change; it names the conference");
  if (n.has("version")) {
    // Read (so that it is not also reported as unknown) and refused with one
    // error, whatever its type.
    std::size_t before = out.errors.size();
    n.optionalInt("version", 0, 0x7fffffff);
    out.errors.resize(before);
    n.fail("version", "is not set by a patch; send the version you read as If-Match");
  }
  if (n.has("title")) c.title = n.text("title", tr::kName);
  if (n.has("city")) c.city = n.text("city", tr::kName);
  if (n.has("venue")) c.venue = n.text("venue", tr::kOptionalName);
  if (n.has("startDate")) c.startDate = n.date("startDate");
  if (n.has("endDate")) c.endDate = n.date("endDate");
  if (n.has("organizers")) c.organizers = organizers(n);
  if (n.has("languages")) c.languages = n.strings("languages", tr::kName);
  if (n.has("status")) c.status = n.enumeration("status", parseConferenceStatus);
  if (n.has("speakers")) c.speakers = speakers(n);
  if (n.has("delegations")) c.delegations = delegations(n);
  n.finish();
  out.value = std::move(current);
  return out;
}

Decoded<Delegation> delegation(Poco::JSON::Object::Ptr body) {
  Decoded<Delegation> out;
  Node n(body, "$", out.errors);
  out.value = readDelegation(n);
  return out;
}

}  // namespace accord::http::decode
