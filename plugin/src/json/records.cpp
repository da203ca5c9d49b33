#include "accord/json/records.h"

#include "record_parts.h"

namespace accord::json {

using namespace accord::domain;
namespace tr = text_rules;

Country readCountryFields(Node& n) {
  Country c;
  c.code = n.country("code");
  c.name = n.text("name", tr::kName);
  c.displayName = n.text("displayName", tr::kOptionalName);
  c.footnote = n.text("footnote", tr::kNote);
  c.names = n.stringMap("names", tr::kName);
  return c;
}

Country readCountry(Node n) {
  Country c = readCountryFields(n);
  n.finish();
  return c;
}

Organization readOrganization(Node n) {
  Organization o;
  o.id = OrganizationId(n.id("id"));
  o.name = n.text("name", tr::kName);
  o.acronym = n.text("acronym", tr::kOptionalName);
  o.country = n.optionalCountry("country");
  o.kind = n.enumeration("kind", parseOrganizationKind, std::optional(OrganizationKind::kOther));
  n.finish();
  return o;
}

Person readPerson(Node n) {
  Person p;
  p.id = PersonId(n.id("id"));
  p.name = n.text("name", tr::kName);
  p.title = n.text("title", tr::kOptionalName);
  if (auto org = n.optionalId("organization")) p.organization = OrganizationId(*org);
  p.country = n.optionalCountry("country");
  p.email = n.text("email", tr::kOptionalName);
  p.language = n.text("language", tr::kOptionalName);
  n.finish();
  return p;
}

std::vector<Speaker> readSpeakers(Node& parent) {
  std::vector<Speaker> out;
  for (auto& s : parent.objects("speakers")) {
    out.push_back({PersonId(s.id("person")), s.text("role", tr::kOptionalName)});
    s.finish();
  }
  return out;
}

std::vector<AgendaSession> readSessions(Node& parent) {
  std::vector<AgendaSession> out;
  for (auto& s : parent.objects("sessions")) {
    AgendaSession a;
    a.id = s.id("id");
    a.date = s.date("date");
    // Checked as times by the domain (normalize), which names the rule in words.
    a.start = s.text("start", tr::kName);
    a.end = s.text("end", tr::kName);
    a.title = s.text("title", tr::kName);
    a.room = s.text("room", tr::kOptionalName);
    for (auto& person : s.strings("speakers", tr::kName)) a.speakers.emplace_back(person);
    s.finish();
    out.push_back(std::move(a));
  }
  return out;
}

Delegation readDelegation(Node& d, bool membersRequired) {
  Delegation del{d.country("country"), {}};
  for (auto& m : d.objects("members", membersRequired)) {
    del.members.push_back({PersonId(m.id("person")), m.enumeration("role", parseDelegateRole)});
    m.finish();
  }
  d.finish();
  return del;
}

std::vector<Delegation> readDelegations(Node& parent, bool membersRequired) {
  std::vector<Delegation> out;
  for (auto& d : parent.objects("delegations")) out.push_back(readDelegation(d, membersRequired));
  return out;
}

Conference readConferenceFields(Node& n, std::optional<ConferenceStatus> defaultStatus, bool membersRequired,
                                const Conference* current) {
  Conference c = current ? *current : Conference{};
  // A patch changes what it names; a whole record reads (and checks) every key.
  auto read = [&](const char* key) { return !current || n.has(key); };
  if (!current) c.id = ConferenceId(n.id("id"));
  if (read("title")) c.title = n.text("title", tr::kName);
  if (read("city")) c.city = n.text("city", tr::kName);
  if (read("venue")) c.venue = n.text("venue", tr::kOptionalName);
  if (read("startDate")) c.startDate = n.date("startDate");
  if (read("endDate")) c.endDate = n.date("endDate");
  if (read("organizers")) {
    c.organizers.clear();
    for (auto& org : n.strings("organizers", tr::kName)) c.organizers.emplace_back(org);
  }
  if (read("languages")) c.languages = n.strings("languages", tr::kName);
  if (read("status")) c.status = n.enumeration("status", parseConferenceStatus, defaultStatus);
  if (read("speakers")) c.speakers = readSpeakers(n);
  if (read("delegations")) c.delegations = readDelegations(n, membersRequired);
  if (read("sessions")) c.sessions = readSessions(n);
  return c;
}

Declaration readDeclarationFields(Node& n, const ConferenceId& conference, bool asRecorded) {
  Declaration d;
  d.id = DeclarationId(n.id("id"));
  d.conference = conference;
  d.title = n.text("title", tr::kName);
  d.kind = n.enumeration("kind", parseDeclarationKind,
                         asRecorded ? std::nullopt : std::optional(DeclarationKind::kJointDeclaration));
  if (asRecorded || n.has("baseLanguage")) d.baseLanguage = n.text("baseLanguage", tr::kName);
  else n.text("baseLanguage", tr::kOptionalName);  // null: read, so that it is not reported as unknown
  // A new declaration may be drafted before anyone is invited.
  d.invitedCountries = n.countries("invitedCountries", asRecorded);
  d.consultationVisibility =
      n.enumeration("consultationVisibility", parseConsultationVisibility, std::optional(ConsultationVisibility::kOpen));
  d.finalNeedsAuthenticVersions = n.boolean("finalNeedsAuthenticVersions", true);
  if (asRecorded) {
    d.status = n.enumeration("status", parseDeclarationStatus);
    d.finalRevision = n.optionalInt("finalRevision", 1, 100000);
  }
  return d;
}

Revision readRevisionFields(Node& n, bool asRecorded) {
  Revision r;
  if (asRecorded) {
    r.number = n.integer("number", 1, 100000);
    r.author = n.text("author", tr::kName);
    r.createdAt = n.time("createdAt");
  }
  r.changeNote = n.text("changeNote", tr::kNote);
  for (auto& rec : n.objects("preamble")) {
    r.preamble.push_back(
        {ClauseId(rec.id("id")), rec.text("leadPhrase", tr::kLeadPhrase), rec.text("text", tr::kClause)});
    rec.finish();
  }
  for (auto& c : n.objects("operative", true)) r.operative.push_back(readClause(c, 1));
  r.closingFormula = n.text("closingFormula", tr::kLongText);
  return r;
}

Clause readClause(Node n, int depth) {
  Clause c;
  c.id = ClauseId(n.id("id"));
  c.text = n.text("text", tr::kClause);
  if (depth <= kMaxClauseDepth)
    for (auto& item : n.objects("items")) c.items.push_back(readClause(item, depth + 1));
  n.finish();
  return c;
}

std::vector<Milestone> readMilestones(Node& parent, std::optional<MilestoneState> defaultState) {
  std::vector<Milestone> out;
  for (auto& m : parent.objects("milestones")) {
    out.push_back({MilestoneId(m.id("id")), m.text("title", tr::kName), m.date("due"),
                   m.enumeration("state", parseMilestoneState, defaultState)});
    m.finish();
  }
  return out;
}

std::vector<Indicator> readIndicators(Node& parent) {
  std::vector<Indicator> out;
  for (auto& i : parent.objects("indicators")) {
    out.push_back(
        {i.text("name", tr::kName), i.number("baseline"), i.number("target"), i.text("unit", tr::kOptionalName)});
    i.finish();
  }
  return out;
}

std::optional<Signer> readSigner(Node& parent) {
  auto s = parent.object("signer", false);
  if (!s) return std::nullopt;
  Signer signer{s->text("name", tr::kName), s->text("title", tr::kOptionalName)};
  s->finish();
  return signer;
}

std::optional<EndorsementMethod> readMethod(Node& parent) {
  if (parent.has("method")) return parent.enumeration("method", parseEndorsementMethod);
  // Absent or null: unset, but read, so that a null is not reported as unknown.
  parent.enumeration("method", parseEndorsementMethod, std::optional(EndorsementMethod::kInSession));
  return std::nullopt;
}

}  // namespace accord::json
