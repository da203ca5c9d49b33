#include "dossier_fields.h"

#include <optional>
#include <sstream>

namespace accord::test {

using namespace accord::domain;

namespace {
// Writes "path = value" lines. Independent of the production writers on purpose:
// the round trip is checked against this description, not against the code it tests.
class Lines {
 public:
  void put(const std::string& path, const std::string& value) { out_.push_back(path + " = " + value); }
  void put(const std::string& path, const char* value) { put(path, std::string(value)); }
  void put(const std::string& path, bool value) { put(path, std::string(value ? "true" : "false")); }
  void put(const std::string& path, long value) { put(path, std::to_string(value)); }
  void put(const std::string& path, int value) { put(path, std::to_string(value)); }
  void put(const std::string& path, double value) {
    std::ostringstream o;
    o.precision(17);
    o << value;
    put(path, o.str());
  }
  void put(const std::string& path, const Date& value) { put(path, value.iso()); }
  void put(const std::string& path, const Timestamp& value) { put(path, value.iso()); }
  void put(const std::string& path, const CountryCode& value) { put(path, "country:" + value.str()); }
  template <class T>
  void put(const std::string& path, const std::optional<T>& value) {
    if (value) put(path, *value);
    else put(path, std::string("(none)"));
  }
  std::vector<std::string> take() { return std::move(out_); }

 private:
  std::vector<std::string> out_;
};

std::string idx(const std::string& path, std::size_t i) { return path + "[" + std::to_string(i) + "]"; }

void clauses(Lines& l, const std::string& path, const std::vector<Clause>& cs) {
  l.put(path + ".size", static_cast<long>(cs.size()));
  for (std::size_t i = 0; i < cs.size(); ++i) {
    auto p = idx(path, i);
    l.put(p + ".id", cs[i].id.str());
    l.put(p + ".text", cs[i].text);
    clauses(l, p + ".items", cs[i].items);
  }
}
}  // namespace

std::vector<std::string> fields(const Dossier& d) {
  Lines l;
  l.put("illustrative", d.illustrative);
  l.put("countries.size", static_cast<long>(d.countries.size()));
  for (std::size_t i = 0; i < d.countries.size(); ++i) {
    const auto& c = d.countries[i];
    auto p = idx("countries", i);
    l.put(p + ".code", c.code);
    l.put(p + ".name", c.name);
    l.put(p + ".displayName", c.displayName);
    l.put(p + ".footnote", c.footnote);
    l.put(p + ".userDefined", c.userDefined);
    l.put(p + ".names.size", static_cast<long>(c.names.size()));
    for (const auto& [k, v] : c.names) l.put(p + ".names." + k, v);
  }
  l.put("organizations.size", static_cast<long>(d.organizations.size()));
  for (std::size_t i = 0; i < d.organizations.size(); ++i) {
    const auto& o = d.organizations[i];
    auto p = idx("organizations", i);
    l.put(p + ".id", o.id.str());
    l.put(p + ".name", o.name);
    l.put(p + ".acronym", o.acronym);
    l.put(p + ".country", o.country);
  }
  l.put("people.size", static_cast<long>(d.people.size()));
  for (std::size_t i = 0; i < d.people.size(); ++i) {
    const auto& x = d.people[i];
    auto p = idx("people", i);
    l.put(p + ".id", x.id.str());
    l.put(p + ".name", x.name);
    l.put(p + ".title", x.title);
    l.put(p + ".organization", x.organization ? x.organization->str() : std::string("(none)"));
    l.put(p + ".country", x.country);
  }
  const Conference& c = d.conference;
  l.put("conference.id", c.id.str());
  l.put("conference.title", c.title);
  l.put("conference.city", c.city);
  l.put("conference.venue", c.venue);
  l.put("conference.startDate", c.startDate);
  l.put("conference.endDate", c.endDate);
  l.put("conference.organizers.size", static_cast<long>(c.organizers.size()));
  for (std::size_t i = 0; i < c.organizers.size(); ++i) l.put(idx("conference.organizers", i), c.organizers[i].str());
  l.put("conference.languages.size", static_cast<long>(c.languages.size()));
  for (std::size_t i = 0; i < c.languages.size(); ++i) l.put(idx("conference.languages", i), c.languages[i]);
  l.put("conference.status", static_cast<int>(c.status));
  l.put("conference.speakers.size", static_cast<long>(c.speakers.size()));
  for (std::size_t i = 0; i < c.speakers.size(); ++i) {
    l.put(idx("conference.speakers", i) + ".person", c.speakers[i].person.str());
    l.put(idx("conference.speakers", i) + ".role", c.speakers[i].role);
  }
  l.put("conference.delegations.size", static_cast<long>(c.delegations.size()));
  for (std::size_t i = 0; i < c.delegations.size(); ++i) {
    auto p = idx("conference.delegations", i);
    l.put(p + ".country", c.delegations[i].country);
    l.put(p + ".members.size", static_cast<long>(c.delegations[i].members.size()));
    for (std::size_t k = 0; k < c.delegations[i].members.size(); ++k) {
      l.put(idx(p + ".members", k) + ".person", c.delegations[i].members[k].person.str());
      l.put(idx(p + ".members", k) + ".role", static_cast<int>(c.delegations[i].members[k].role));
    }
  }
  l.put("conference.version", c.version);

  l.put("declarations.size", static_cast<long>(d.declarations.size()));
  for (std::size_t i = 0; i < d.declarations.size(); ++i) {
    const auto& x = d.declarations[i];
    auto p = idx("declarations", i);
    l.put(p + ".id", x.id.str());
    l.put(p + ".conference", x.conference.str());
    l.put(p + ".title", x.title);
    l.put(p + ".kind", static_cast<int>(x.kind));
    l.put(p + ".baseLanguage", x.baseLanguage);
    l.put(p + ".invitedCountries.size", static_cast<long>(x.invitedCountries.size()));
    for (std::size_t k = 0; k < x.invitedCountries.size(); ++k) l.put(idx(p + ".invitedCountries", k), x.invitedCountries[k]);
    l.put(p + ".status", static_cast<int>(x.status));
    l.put(p + ".finalRevision", x.finalRevision);
    l.put(p + ".version", x.version);
    l.put(p + ".revisions.size", static_cast<long>(x.revisions.size()));
    for (std::size_t k = 0; k < x.revisions.size(); ++k) {
      const auto& r = x.revisions[k];
      auto q = idx(p + ".revisions", k);
      l.put(q + ".number", r.number);
      l.put(q + ".author", r.author);
      l.put(q + ".createdAt", r.createdAt);
      l.put(q + ".changeNote", r.changeNote);
      l.put(q + ".preamble.size", static_cast<long>(r.preamble.size()));
      for (std::size_t j = 0; j < r.preamble.size(); ++j) {
        l.put(idx(q + ".preamble", j) + ".id", r.preamble[j].id.str());
        l.put(idx(q + ".preamble", j) + ".leadPhrase", r.preamble[j].leadPhrase);
        l.put(idx(q + ".preamble", j) + ".text", r.preamble[j].text);
      }
      clauses(l, q + ".operative", r.operative);
      l.put(q + ".closingFormula", r.closingFormula);
    }
  }

  l.put("endorsements.size", static_cast<long>(d.endorsements.size()));
  for (std::size_t i = 0; i < d.endorsements.size(); ++i) {
    const auto& e = d.endorsements[i];
    auto p = idx("endorsements", i);
    l.put(p + ".declaration", e.declaration.str());
    l.put(p + ".country", e.country);
    l.put(p + ".status", static_cast<int>(e.status));
    l.put(p + ".revision", e.revision);
    l.put(p + ".date", e.date);
    l.put(p + ".place", e.place);
    l.put(p + ".signer.name", e.signer ? e.signer->name : std::string("(none)"));
    l.put(p + ".signer.title", e.signer ? e.signer->title : std::string("(none)"));
    l.put(p + ".method", e.method ? static_cast<int>(*e.method) : -1);
    l.put(p + ".onBehalf", e.onBehalf);
    l.put(p + ".recordedBy", e.recordedBy);
    l.put(p + ".statement", e.statement);
    l.put(p + ".evidence", e.evidence);
    l.put(p + ".version", e.version);
    l.put(p + ".history.size", static_cast<long>(e.history.size()));
    for (std::size_t k = 0; k < e.history.size(); ++k) {
      const auto& h = e.history[k];
      auto q = idx(p + ".history", k);
      l.put(q + ".at", h.at);
      l.put(q + ".actor", h.actor);
      l.put(q + ".from", static_cast<int>(h.from));
      l.put(q + ".to", static_cast<int>(h.to));
      l.put(q + ".method", h.method ? static_cast<int>(*h.method) : -1);
      l.put(q + ".onBehalf", h.onBehalf);
      l.put(q + ".statement", h.statement);
      l.put(q + ".evidence", h.evidence);
    }
  }

  l.put("commitments.size", static_cast<long>(d.commitments.size()));
  for (std::size_t i = 0; i < d.commitments.size(); ++i) {
    const auto& x = d.commitments[i];
    auto p = idx("commitments", i);
    l.put(p + ".id", x.id.str());
    l.put(p + ".declaration", x.declaration.str());
    l.put(p + ".text", x.text);
    l.put(p + ".clause", x.clause.str());
    l.put(p + ".deadline", x.deadline);
    l.put(p + ".milestones.size", static_cast<long>(x.milestones.size()));
    for (std::size_t k = 0; k < x.milestones.size(); ++k) {
      auto q = idx(p + ".milestones", k);
      l.put(q + ".id", x.milestones[k].id.str());
      l.put(q + ".title", x.milestones[k].title);
      l.put(q + ".due", x.milestones[k].due);
      l.put(q + ".state", static_cast<int>(x.milestones[k].state));
    }
    l.put(p + ".indicators.size", static_cast<long>(x.indicators.size()));
    for (std::size_t k = 0; k < x.indicators.size(); ++k) {
      auto q = idx(p + ".indicators", k);
      l.put(q + ".name", x.indicators[k].name);
      l.put(q + ".baseline", x.indicators[k].baseline);
      l.put(q + ".target", x.indicators[k].target);
      l.put(q + ".unit", x.indicators[k].unit);
    }
    l.put(p + ".countries.size", static_cast<long>(x.countries.size()));
    for (std::size_t k = 0; k < x.countries.size(); ++k) l.put(idx(p + ".countries", k), x.countries[k]);
    l.put(p + ".version", x.version);
  }

  l.put("assignments.size", static_cast<long>(d.assignments.size()));
  for (std::size_t i = 0; i < d.assignments.size(); ++i) {
    const auto& a = d.assignments[i];
    auto p = idx("assignments", i);
    l.put(p + ".commitment", a.commitment.str());
    l.put(p + ".country", a.country);
    l.put(p + ".acceptance", static_cast<int>(a.acceptance));
    l.put(p + ".acceptanceDate", a.acceptanceDate);
    l.put(p + ".acceptedBy", a.acceptedBy);
    l.put(p + ".leadInstitution", a.leadInstitution);
    l.put(p + ".status", static_cast<int>(a.status));
    l.put(p + ".assessment", static_cast<int>(a.assessment));
    l.put(p + ".completedOn", a.completedOn);
    l.put(p + ".milestones.size", static_cast<long>(a.milestones.size()));
    for (std::size_t k = 0; k < a.milestones.size(); ++k) {
      auto q = idx(p + ".milestones", k);
      l.put(q + ".milestone", a.milestones[k].milestone.str());
      l.put(q + ".state", static_cast<int>(a.milestones[k].state));
      l.put(q + ".updatedOn", a.milestones[k].updatedOn);
      l.put(q + ".updatedBy", a.milestones[k].updatedBy);
    }
    l.put(p + ".measurements.size", static_cast<long>(a.measurements.size()));
    for (std::size_t k = 0; k < a.measurements.size(); ++k) {
      auto q = idx(p + ".measurements", k);
      l.put(q + ".indicator", a.measurements[k].indicator);
      l.put(q + ".value", a.measurements[k].value);
      l.put(q + ".on", a.measurements[k].on);
      l.put(q + ".source", a.measurements[k].source);
      l.put(q + ".recordedBy", a.measurements[k].recordedBy);
    }
    l.put(p + ".version", a.version);
  }

  l.put("reports.size", static_cast<long>(d.reports.size()));
  for (std::size_t i = 0; i < d.reports.size(); ++i) {
    const auto& r = d.reports[i];
    auto p = idx("reports", i);
    l.put(p + ".id", r.id.str());
    l.put(p + ".commitment", r.commitment.str());
    l.put(p + ".country", r.country);
    l.put(p + ".periodStart", r.periodStart);
    l.put(p + ".periodEnd", r.periodEnd);
    l.put(p + ".narrative", r.narrative);
    l.put(p + ".percent", r.percent);
    l.put(p + ".evidence.size", static_cast<long>(r.evidence.size()));
    for (std::size_t k = 0; k < r.evidence.size(); ++k) l.put(idx(p + ".evidence", k), r.evidence[k]);
    l.put(p + ".state", static_cast<int>(r.state));
    l.put(p + ".author", r.author);
    l.put(p + ".submittedAt", r.submittedAt);
    l.put(p + ".reviewedBy", r.reviewedBy);
    l.put(p + ".reviewedAt", r.reviewedAt);
    l.put(p + ".returnReason", r.returnReason);
    l.put(p + ".version", r.version);
  }
  return l.take();
}

}  // namespace accord::test
