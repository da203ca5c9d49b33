// Writers of the conference side: countries, organizations, people, the
// conference with its speakers and delegations.
#include "accord/json/writers.h"
#include "write_support.h"

namespace accord::json {

using namespace accord::domain;
using namespace detail;

void writeCountry(JsonWriter& w, const Country& c, bool shown) {
  w.beginObject()
      .field("code", c.code.str())
      .field("name", c.name)
      .field("displayName", shown ? c.shown() : optionalName(c.displayName, true))
      .field("footnote", c.footnote)
      .key("names")
      .beginObject();
  for (const auto& [lang, name] : c.names) w.field(lang, name);
  w.endObject();
  if (shown) w.field("userDefined", c.userDefined);
  w.endObject();
}

void writeOrganization(JsonWriter& w, const Organization& o) {
  w.beginObject()
      .field("id", o.id.str())
      .field("name", o.name)
      .field("acronym", optionalName(o.acronym, true))
      .field("country", o.country ? std::optional<std::string>(o.country->str()) : std::nullopt)
      .field("kind", toString(o.kind))
      .endObject();
}

void writePerson(JsonWriter& w, const Person& p) {
  w.beginObject()
      .field("id", p.id.str())
      .field("name", p.name)
      .field("title", optionalName(p.title, true))
      .field("organization", p.organization ? std::optional<std::string>(p.organization->str()) : std::nullopt)
      .field("country", p.country ? std::optional<std::string>(p.country->str()) : std::nullopt)
      .field("email", p.email)
      .field("language", p.language)
      .endObject();
}

void writeDelegation(JsonWriter& w, const Delegation& d, const Members& more) {
  w.beginObject().field("country", d.country.str()).key("members").beginArray();
  for (const auto& m : d.members)
    w.beginObject().field("person", m.person.str()).field("role", toString(m.role)).endObject();
  w.endArray();
  if (more) more(w);
  w.endObject();
}

void writeConference(JsonWriter& w, const Conference& c, Include include, const Members& more) {
  w.beginObject()
      .field("id", c.id.str())
      .field("title", c.title)
      .field("city", c.city)
      .field("venue", optionalName(c.venue, include.nullForEmpty))
      .field("startDate", c.startDate.iso())
      .field("endDate", c.endDate.iso())
      .key("organizers")
      .beginArray();
  for (const auto& o : c.organizers) w.value(o.str());
  w.endArray().key("languages").beginArray();
  for (const auto& l : c.languages) w.value(l);
  w.endArray().field("status", toString(c.status)).key("speakers").beginArray();
  for (const auto& s : c.speakers) w.beginObject().field("person", s.person.str()).field("role", optionalName(s.role, include.nullForEmpty)).endObject();
  w.endArray().key("delegations").beginArray();
  for (const auto& d : c.delegations) writeDelegation(w, d);
  w.endArray().key("sessions").beginArray();
  for (const auto& s : c.sessions) {
    w.beginObject()
        .field("id", s.id)
        .field("date", s.date.iso())
        .field("start", s.start)
        .field("end", s.end)
        .field("title", s.title)
        .field("room", optionalName(s.room, include.nullForEmpty))
        .key("speakers")
        .beginArray();
    for (const auto& p : s.speakers) w.value(p.str());
    w.endArray().endObject();
  }
  w.endArray();
  if (include.version) w.field("version", c.version);
  if (more) more(w);
  w.endObject();
}

}  // namespace accord::json
