// A bundle imported with CRLF line endings and padded names (issue 12) is stored
// normalised: exporting it gives exactly what importing the clean text gives. The
// dossier is dirtied in C++, not in JSON, so that the domain's normalisation is
// what is tested, not the JSON reader's.
#include <functional>

#include "accord/app/dossier_use_cases.h"
#include "accord/bundle/bundle.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(normalised_import_tests)

namespace {

// Calls `f(text, multiline)` on every text field of every record of `d`.
void forEachText(domain::Dossier& d, const std::function<void(std::string&, bool)>& f) {
  auto one = [&](std::string& s) { f(s, false); };
  auto many = [&](std::string& s) { f(s, true); };
  for (auto& o : d.organizations) one(o.name), one(o.acronym);
  for (auto& p : d.people) one(p.name), one(p.title);
  one(d.conference.title), one(d.conference.city), one(d.conference.venue);
  for (auto& s : d.conference.speakers) one(s.role);
  for (auto& decl : d.declarations) {
    one(decl.title);
    for (auto& r : decl.revisions) {
      one(r.author), many(r.changeNote), many(r.closingFormula);
      for (auto& rec : r.preamble) one(rec.leadPhrase), many(rec.text);
      std::function<void(std::vector<domain::Clause>&)> clauses = [&](std::vector<domain::Clause>& cs) {
        for (auto& c : cs) many(c.text), clauses(c.items);
      };
      clauses(r.operative);
    }
  }
  for (auto& e : d.endorsements) {
    one(e.place), many(e.statement), many(e.evidence), one(e.recordedBy);
    if (e.signer) one(e.signer->name), one(e.signer->title);
    for (auto& ev : e.history) one(ev.actor), many(ev.statement), many(ev.evidence);
  }
  for (auto& c : d.commitments) {
    many(c.text);
    for (auto& m : c.milestones) one(m.title);
    for (auto& i : c.indicators) one(i.name), one(i.unit);
  }
  for (auto& a : d.assignments) one(a.leadInstitution), one(a.acceptedBy);
  for (auto& r : d.reports) {
    many(r.narrative), one(r.author), one(r.reviewedBy), many(r.returnReason);
    for (auto& e : r.evidence) one(e);
  }
}

// Multi-line text gets a second and third line, single-line text padding. The
// clean twin has the same lines with LF.
domain::Dossier dirty(domain::Dossier d, std::size_t& changed) {
  forEachText(d, [&](std::string& s, bool multiline) {
    if (s.empty()) return;
    s = multiline ? s + "\r\nSecond line.\rThird line." : "  " + s + " \t";
    ++changed;
  });
  return d;
}
domain::Dossier clean(domain::Dossier d) {
  forEachText(d, [](std::string& s, bool multiline) {
    if (!s.empty() && multiline) s += "\nSecond line.\nThird line.";
  });
  return d;
}

std::string importThenExport(const std::string& backend, const domain::Dossier& d) {
  Env env(backend);
  ok(app::importDossier(env.ctx, secretariat(), d, sampleCatalog()));
  return bundle::writeBundle(ok(app::exportDossier(env.ctx, secretariat(), d.conference.id)));
}

}  // namespace

BOOST_DATA_TEST_CASE(an_imported_bundle_is_exported_with_lf_and_trimmed_names, allBackends(), backend) {
  domain::Dossier sample = sampleDossier();
  std::size_t changed = 0;
  domain::Dossier raw = dirty(sample, changed);
  domain::Dossier expected = clean(sample);
  BOOST_TEST(changed >= 20u);  // the sample fills most fields; a visitor that lost them would show here
  BOOST_TEST(bundle::writeBundle(raw) != bundle::writeBundle(expected));
  std::string exported = importThenExport(backend, raw);
  BOOST_TEST(exported.find("\\r") == std::string::npos);
  BOOST_TEST(exported == importThenExport(backend, expected));
}

BOOST_AUTO_TEST_SUITE_END()
