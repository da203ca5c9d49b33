#include "accord/app/status_tables.h"

#include <map>

#include "accord/app/read_models.h"
#include "accord/base/number_text.h"

namespace accord::app {

using namespace accord::domain;

namespace {
std::string dateOf(const std::optional<Date>& d) { return d ? d->iso() : ""; }
}  // namespace

Result<TableRows> endorsementTable(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                   const CountryCatalog& countries) {
  auto t = endorsementTally(ctx, actor, id);
  if (!t.ok()) return t.error();
  TableRows out{{"country", "name", "status", "revision", "date", "place", "signer", "signer title", "method",
                 "on behalf", "statement"}};
  for (const Endorsement& e : t->endorsements()) {
    out.push_back({e.country.str(), countries.shown(e.country), toString(e.status),
                   e.revision ? std::to_string(*e.revision) : "", dateOf(e.date), e.place,
                   e.signer ? e.signer->name : "", e.signer ? e.signer->title : "",
                   e.method ? toString(*e.method) : "", e.onBehalf ? "yes" : "no", e.statement});
  }
  return out;
}

Result<TableRows> implementationTable(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                      const CountryCatalog& countries) {
  auto m = implementationMatrix(ctx, actor, id);
  if (!m.ok()) return m.error();
  TableRows out{{"commitment", "text", "deadline", "country", "name", "acceptance", "lead institution", "status",
                 "assessment", "timeliness", "milestones done", "milestones", "latest measurement",
                 "latest report", "latest report period end"}};
  for (const MatrixCell& cell : m->matrix.cells) {
    const Commitment& c = *cell.commitment;
    const Assignment* a = cell.assignment;
    std::size_t done = 0;
    if (a)
      for (const Milestone& ms : c.milestones) done += milestoneState(*a, ms) == MilestoneState::kDone;
    std::string latest;
    if (a && !a->measurements.empty()) {
      const Measurement& x = a->measurements.back();
      latest = x.indicator + ": " + base::numberText(x.value) + " (" + x.on.iso() + ")";
    }
    out.push_back({c.id.str(), c.text, c.deadline.iso(), cell.country.str(), countries.shown(cell.country),
                   a ? toString(a->acceptance) : "", a ? a->leadInstitution : "", a ? toString(a->status) : "",
                   a ? toString(a->assessment) : "", cell.timeliness ? toString(*cell.timeliness) : "",
                   a ? std::to_string(done) : "", std::to_string(c.milestones.size()), latest,
                   cell.latestReport ? toString(cell.latestReport->state) : "",
                   cell.latestReport ? cell.latestReport->periodEnd.iso() : ""});
  }
  return out;
}

Result<TableRows> delegationTable(const Context& ctx, const Actor& actor, const ConferenceId& id,
                                  const CountryCatalog& countries) {
  auto c = getConference(ctx, actor, id);
  if (!c.ok()) return c.error();
  auto directory = getDirectory(ctx, actor, id);
  if (!directory.ok()) return directory.error();
  std::map<std::string, const Person*> people;
  for (const Person& p : directory->people) people[p.id.str()] = &p;
  std::map<std::string, const Organization*> organizations;
  for (const Organization& o : directory->organizations) organizations[o.id.str()] = &o;
  TableRows out{{"country", "country name", "person", "name", "role", "title", "organization"}};
  for (const Delegation& d : c->delegations)
    for (const DelegationMember& m : d.members) {
      auto p = people.find(m.person.str());
      const Person* person = p == people.end() ? nullptr : p->second;
      std::string organization;
      if (person && person->organization)
        if (auto o = organizations.find(person->organization->str()); o != organizations.end())
          organization = o->second->name;
      out.push_back({d.country.str(), countries.shown(d.country), m.person.str(), person ? person->name : "",
                     toString(m.role), person ? person->title : "", organization});
    }
  return out;
}

}  // namespace accord::app
