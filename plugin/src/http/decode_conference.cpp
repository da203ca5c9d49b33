// Conference bodies: a new conference with its directory, a merge patch, a
// delegation.
#include "accord/json/node.h"
#include "accord/json/records.h"
#include "decode.h"

namespace accord::http::decode {

using namespace accord::domain;
using namespace json;
namespace tr = text_rules;

domain::Error relative(domain::Error e, const std::string& root) {
  if (e.field == root) e.field.clear();
  else if (e.field.rfind(root + ".", 0) == 0) e.field.erase(0, root.size() + 1);
  else if (e.field.rfind(root + "[", 0) == 0) e.field.erase(0, root.size());
  return e;
}

namespace {

void readDirectory(Node& n, app::Directory& dir) {
  dir.illustrative = n.text("illustrative", tr::kNote);
  for (auto& c : n.objects("countries")) dir.countries.push_back(readCountry(c));
  for (auto& o : n.objects("organizations")) dir.organizations.push_back(readOrganization(o));
  for (auto& p : n.objects("people")) dir.people.push_back(readPerson(p));
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
  out.value.conference = readConferenceFields(n, ConferenceStatus::kPlanned, true);
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
  out.value = readConferenceFields(n, std::nullopt, true, &current);
  n.finish();
  return out;
}

Decoded<Delegation> delegation(Poco::JSON::Object::Ptr body) {
  Decoded<Delegation> out;
  Node n(body, "$", out.errors);
  out.value = readDelegation(n, true);
  return out;
}

}  // namespace accord::http::decode
