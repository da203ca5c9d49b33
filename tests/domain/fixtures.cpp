#include "fixtures.h"

#include <stdexcept>

namespace accord::test {
using namespace domain;

CountryCode cc(const char* code) { return CountryCode::parse("test", code).value(); }
Timestamp at(const char* iso) { return Timestamp::parse("test", iso).value(); }
Date day(const char* iso) { return Date::parse("test", iso).value(); }

namespace {
Revision text(int n) {
  Revision r;
  r.number = n;
  r.author = "secretariat";
  r.createdAt = at(n == 1 ? "2016-10-20T09:00:00Z" : "2016-10-27T18:00:00Z");
  r.preamble = {{ClauseId("rec-1"), "Recognizing", "that trafficking follows migration routes,"}};
  r.operative = {{ClauseId("op-1"), "Commit to common indicators:",
                  {{ClauseId("op-1-a"), "for first-line officials;", {}}, {ClauseId("op-1-b"), "for NGOs.", {}}}}};
  if (n > 1) r.operative.push_back({ClauseId("op-2"), "Agree to meet again.", {}});
  r.closingFormula = "Adopted in Skopje.";
  return r;
}
}  // namespace

Declaration draftDeclaration() {
  Declaration d;
  d.id = DeclarationId("decl");
  d.conference = ConferenceId("conf");
  d.title = "Joint Declaration";
  d.invitedCountries = {cc("AL"), cc("MK"), cc("RS")};
  d.revisions = {text(1)};
  return d;
}

Declaration openDeclaration() {
  Declaration d = draftDeclaration();
  d.revisions.push_back(text(2));
  d.status = DeclarationStatus::kOpenForEndorsement;
  d.finalRevision = 2;
  return d;
}

Commitment commitment(const Declaration& d) {
  Commitment c;
  c.id = CommitmentId("cm-1");
  c.declaration = d.id;
  c.text = "Adopt common indicators.";
  c.clause = ClauseId("op-1");
  c.deadline = day("2017-12-31");
  c.milestones = {{MilestoneId("ms-1"), "Draft indicators", day("2017-06-30"), MilestoneState::kPending}};
  c.countries = {cc("AL"), cc("MK")};
  return c;
}

}  // namespace accord::test
