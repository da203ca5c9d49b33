// Dossier → bundle JSON, nesting records under their parents as the format does.
// Key order is fixed so that the same dossier always gives the same text.
#include <sstream>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "accord/bundle/bundle.h"

namespace accord::bundle {
namespace {

using namespace domain;
using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr obj() { return new Object(Poco::JSON_PRESERVE_KEY_ORDER); }

template <class T, class F>
Poco::Dynamic::Var opt(const std::optional<T>& v, F f) {
  return v ? Poco::Dynamic::Var(f(*v)) : Poco::Dynamic::Var();
}

Array::Ptr countryList(const std::vector<CountryCode>& codes) {
  Array::Ptr a = new Array;
  for (const auto& c : codes) a->add(c.str());
  return a;
}

Object::Ptr writeClause(const Clause& c) {
  Object::Ptr o = obj();
  o->set("id", c.id.str());
  o->set("text", c.text);
  Array::Ptr items = new Array;
  for (const auto& item : c.items) items->add(writeClause(item));
  o->set("items", items);
  return o;
}

Object::Ptr writeRevision(const Revision& r) {
  Object::Ptr o = obj();
  o->set("number", r.number);
  o->set("author", r.author);
  o->set("createdAt", r.createdAt.iso());
  o->set("changeNote", r.changeNote);
  Array::Ptr preamble = new Array;
  for (const auto& rec : r.preamble) {
    Object::Ptr p = obj();
    p->set("id", rec.id.str());
    p->set("leadPhrase", rec.leadPhrase);
    p->set("text", rec.text);
    preamble->add(p);
  }
  o->set("preamble", preamble);
  Array::Ptr operative = new Array;
  for (const auto& c : r.operative) operative->add(writeClause(c));
  o->set("operative", operative);
  o->set("closingFormula", r.closingFormula);
  return o;
}

Poco::Dynamic::Var method(const std::optional<EndorsementMethod>& m) {
  return opt(m, [](EndorsementMethod v) { return std::string(toString(v)); });
}

Object::Ptr writeEndorsement(const Endorsement& e) {
  Object::Ptr o = obj();
  o->set("country", e.country.str());
  o->set("status", toString(e.status));
  o->set("revision", opt(e.revision, [](int v) { return v; }));
  o->set("date", opt(e.date, [](Date v) { return v.iso(); }));
  o->set("place", e.place);
  if (e.signer) {
    Object::Ptr s = obj();
    s->set("name", e.signer->name);
    s->set("title", e.signer->title);
    o->set("signer", s);
  } else {
    o->set("signer", Poco::Dynamic::Var());
  }
  o->set("method", method(e.method));
  o->set("onBehalf", e.onBehalf);
  o->set("recordedBy", e.recordedBy.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(e.recordedBy));
  o->set("statement", e.statement);
  o->set("evidence", e.evidence);
  Array::Ptr history = new Array;
  for (const auto& ev : e.history) {
    Object::Ptr h = obj();
    h->set("at", ev.at.iso());
    h->set("actor", ev.actor);
    h->set("from", toString(ev.from));
    h->set("to", toString(ev.to));
    h->set("method", method(ev.method));
    h->set("onBehalf", ev.onBehalf);
    h->set("statement", ev.statement);
    h->set("evidence", ev.evidence);
    history->add(h);
  }
  o->set("history", history);
  return o;
}

Object::Ptr writeReport(const ProgressReport& r) {
  auto time = [](Timestamp t) { return t.iso(); };
  Object::Ptr o = obj();
  o->set("id", r.id.str());
  o->set("periodStart", r.periodStart.iso());
  o->set("periodEnd", r.periodEnd.iso());
  o->set("narrative", r.narrative);
  o->set("percent", r.percent);
  Array::Ptr evidence = new Array;
  for (const auto& e : r.evidence) evidence->add(e);
  o->set("evidence", evidence);
  o->set("state", toString(r.state));
  o->set("author", r.author);
  o->set("submittedAt", opt(r.submittedAt, time));
  o->set("reviewedBy", r.reviewedBy);
  o->set("reviewedAt", opt(r.reviewedAt, time));
  o->set("returnReason", r.returnReason);
  return o;
}

Object::Ptr writeCommitment(const Dossier& d, const Commitment& c) {
  Object::Ptr o = obj();
  o->set("id", c.id.str());
  o->set("text", c.text);
  o->set("clause", c.clause.str());
  o->set("deadline", c.deadline.iso());
  Array::Ptr milestones = new Array;
  for (const auto& m : c.milestones) {
    Object::Ptr mo = obj();
    mo->set("id", m.id.str());
    mo->set("title", m.title);
    mo->set("due", m.due.iso());
    mo->set("state", toString(m.state));
    milestones->add(mo);
  }
  o->set("milestones", milestones);
  Array::Ptr indicators = new Array;
  for (const auto& i : c.indicators) {
    Object::Ptr io = obj();
    io->set("name", i.name);
    io->set("baseline", i.baseline);
    io->set("target", i.target);
    io->set("unit", i.unit);
    indicators->add(io);
  }
  o->set("indicators", indicators);
  o->set("countries", countryList(c.countries));
  Array::Ptr assignments = new Array;
  for (const Assignment* a : d.assignmentsOf(c.id)) {
    Object::Ptr ao = obj();
    ao->set("country", a->country.str());
    ao->set("acceptance", toString(a->acceptance));
    ao->set("acceptanceDate", opt(a->acceptanceDate, [](Date v) { return v.iso(); }));
    ao->set("acceptedBy", a->acceptedBy);
    ao->set("leadInstitution", a->leadInstitution);
    ao->set("status", toString(a->status));
    ao->set("assessment", toString(a->assessment));
    ao->set("completedOn", opt(a->completedOn, [](Date v) { return v.iso(); }));
    Array::Ptr reports = new Array;
    for (const ProgressReport* r : d.reportsOf(c.id, a->country)) reports->add(writeReport(*r));
    ao->set("reports", reports);
    assignments->add(ao);
  }
  o->set("assignments", assignments);
  return o;
}

Object::Ptr writeConference(const Conference& c) {
  Object::Ptr o = obj();
  o->set("id", c.id.str());
  o->set("title", c.title);
  o->set("city", c.city);
  o->set("venue", c.venue);
  o->set("startDate", c.startDate.iso());
  o->set("endDate", c.endDate.iso());
  Array::Ptr organizers = new Array;
  for (const auto& org : c.organizers) organizers->add(org.str());
  o->set("organizers", organizers);
  Array::Ptr languages = new Array;
  for (const auto& l : c.languages) languages->add(l);
  o->set("languages", languages);
  o->set("status", toString(c.status));
  Array::Ptr speakers = new Array;
  for (const auto& s : c.speakers) {
    Object::Ptr so = obj();
    so->set("person", s.person.str());
    so->set("role", s.role);
    speakers->add(so);
  }
  o->set("speakers", speakers);
  Array::Ptr delegations = new Array;
  for (const auto& del : c.delegations) {
    Object::Ptr dobj = obj();
    dobj->set("country", del.country.str());
    Array::Ptr members = new Array;
    for (const auto& m : del.members) {
      Object::Ptr mo = obj();
      mo->set("person", m.person.str());
      mo->set("role", toString(m.role));
      members->add(mo);
    }
    dobj->set("members", members);
    delegations->add(dobj);
  }
  o->set("delegations", delegations);
  return o;
}

Poco::Dynamic::Var optionalCountry(const std::optional<CountryCode>& c) {
  return opt(c, [](const CountryCode& v) { return v.str(); });
}

}  // namespace

std::string writeBundle(const Dossier& d) {
  Object::Ptr root = obj();
  root->set("format", "accord-bundle");
  root->set("formatVersion", 1);
  if (!d.illustrative.empty()) root->set("illustrative", d.illustrative);
  Array::Ptr countries = new Array;
  for (const auto& c : d.countries) {
    Object::Ptr co = obj();
    co->set("code", c.code.str());
    co->set("name", c.name);
    co->set("displayName", c.displayName);
    co->set("footnote", c.footnote);
    Object::Ptr names = obj();
    for (const auto& [lang, name] : c.names) names->set(lang, name);
    co->set("names", names);
    countries->add(co);
  }
  root->set("countries", countries);
  Array::Ptr orgs = new Array;
  for (const auto& o : d.organizations) {
    Object::Ptr oo = obj();
    oo->set("id", o.id.str());
    oo->set("name", o.name);
    oo->set("acronym", o.acronym);
    oo->set("country", optionalCountry(o.country));
    orgs->add(oo);
  }
  root->set("organizations", orgs);
  Array::Ptr people = new Array;
  for (const auto& p : d.people) {
    Object::Ptr po = obj();
    po->set("id", p.id.str());
    po->set("name", p.name);
    po->set("title", p.title);
    po->set("organization", opt(p.organization, [](const OrganizationId& v) { return v.str(); }));
    po->set("country", optionalCountry(p.country));
    people->add(po);
  }
  root->set("people", people);
  root->set("conference", writeConference(d.conference));
  Array::Ptr declarations = new Array;
  for (const auto& decl : d.declarations) {
    Object::Ptr o = obj();
    o->set("id", decl.id.str());
    o->set("title", decl.title);
    o->set("kind", toString(decl.kind));
    o->set("baseLanguage", decl.baseLanguage);
    o->set("invitedCountries", countryList(decl.invitedCountries));
    o->set("status", toString(decl.status));
    o->set("finalRevision", opt(decl.finalRevision, [](int v) { return v; }));
    Array::Ptr revisions = new Array;
    for (const auto& r : decl.revisions) revisions->add(writeRevision(r));
    o->set("revisions", revisions);
    Array::Ptr endorsements = new Array;
    for (const Endorsement* e : d.endorsementsOf(decl.id)) endorsements->add(writeEndorsement(*e));
    o->set("endorsements", endorsements);
    Array::Ptr commitments = new Array;
    for (const Commitment* c : d.commitmentsOf(decl.id)) commitments->add(writeCommitment(d, *c));
    o->set("commitments", commitments);
    declarations->add(o);
  }
  root->set("declarations", declarations);
  std::ostringstream out;
  root->stringify(out, 2);
  out << "\n";
  return out.str();
}

}  // namespace accord::bundle
