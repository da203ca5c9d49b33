#include "bench_dossier.h"

namespace accord::bench {

using namespace accord::domain;

namespace {
Date date(int y, unsigned m, unsigned d) { return Date::ymd(y, m, d); }
}  // namespace

Dossier generate(const CountryCatalog& reference, std::size_t countryCount, int commitments, int reportsPer) {
  Dossier d;
  d.conference.id = ConferenceId("bench-conference");
  d.conference.title = "Benchmark conference";
  d.conference.city = "Vienna";
  d.conference.venue = "Hofburg";
  d.conference.startDate = date(2016, 10, 27);
  d.conference.endDate = date(2016, 10, 28);
  d.conference.languages = {"en"};
  d.conference.status = ConferenceStatus::kConcluded;

  Declaration decl;
  decl.id = DeclarationId("bench-declaration");
  decl.conference = d.conference.id;
  decl.title = "Benchmark declaration";
  for (const auto& c : reference.all()) {
    if (decl.invitedCountries.size() == countryCount) break;
    decl.invitedCountries.push_back(c.code);
  }
  Revision r;
  r.number = 1;
  r.author = "secretariat";
  r.createdAt = Timestamp::fromSeconds(1477400000);  // 2016-10-25
  for (int k = 0; k < 10; ++k)
    r.operative.push_back({ClauseId("op-" + std::to_string(k)), "Operative clause " + std::to_string(k), {}});
  decl.revisions.push_back(r);
  decl.status = DeclarationStatus::kOpenForEndorsement;
  decl.finalRevision = 1;
  d.declarations.push_back(decl);

  for (std::size_t i = 0; i < decl.invitedCountries.size(); i += 2) {
    Endorsement e = invitation(decl, decl.invitedCountries[i]);
    e.status = EndorsementStatus::kEndorsed;
    e.revision = 1;
    e.date = date(2016, 10, 28);
    e.place = "Vienna";
    e.signer = Signer{"Signer " + std::to_string(i), "National co-ordinator"};
    e.method = EndorsementMethod::kInSession;
    e.history = {{Timestamp::fromSeconds(1477650000), "secretariat", EndorsementStatus::kInvited,
                  EndorsementStatus::kEndorsed, EndorsementMethod::kInSession, false, "", ""}};
    d.endorsements.push_back(e);
  }

  d.assignments.reserve(static_cast<std::size_t>(commitments) * decl.invitedCountries.size());
  d.reports.reserve(d.assignments.capacity() * static_cast<std::size_t>(reportsPer));
  for (int k = 0; k < commitments; ++k) {
    Commitment c;
    c.id = CommitmentId("cm-" + std::to_string(k));
    c.declaration = decl.id;
    c.text = "Commitment " + std::to_string(k) + ": establish and report on a national referral mechanism.";
    c.clause = ClauseId("op-" + std::to_string(k % 10));
    // One commitment in four is past its deadline on the benchmark's day (2018-06-26):
    // the monitor's inbox and the matrix's overdue count have something to find.
    c.deadline = k % 4 == 0 ? date(2018, 3, 31) : date(2019, 12, 31);
    c.milestones = {{MilestoneId("ms-1"), "Legal basis adopted", date(2018, 3, 1), MilestoneState::kPending}};
    c.indicators = {{"Victims referred", 0, 100, "persons"}};
    c.countries = decl.invitedCountries;
    d.commitments.push_back(c);
    for (std::size_t n = 0; n < c.countries.size(); ++n) {
      Assignment a;
      a.commitment = c.id;
      a.country = c.countries[n];
      a.acceptance = Acceptance::kAccepted;
      a.acceptanceDate = date(2016, 11, 15);
      a.acceptedBy = "coordinator";
      a.leadInstitution = "Ministry of Interior";
      a.status = ImplementationStatus::kInProgress;
      a.assessment = Assessment::kLimited;
      d.assignments.push_back(a);
      for (int p = 0; p < reportsPer; ++p) {
        ProgressReport rep;
        rep.id = ReportId("rp-" + std::to_string(k) + "-" + a.country.str() + "-" + std::to_string(p));
        rep.commitment = c.id;
        rep.country = a.country;
        rep.periodStart = date(2017, 1, 1).plusDays(30 * p);
        rep.periodEnd = rep.periodStart.plusDays(29);
        rep.narrative = "Month " + std::to_string(p + 1) + ": training delivered, referrals recorded.";
        rep.percent = std::min(100, 10 * (p + 1));
        rep.evidence = {"https://example.org/evidence/" + rep.id.str()};
        rep.state = ReportState::kDraft;
        rep.author = "coordinator";
        // One assignment in ten has its latest report waiting for validation.
        if (p == reportsPer - 1 && (k + static_cast<int>(n)) % 10 == 0) {
          rep.state = ReportState::kSubmitted;
          rep.submittedAt = Timestamp::fromSeconds(1520000000);
        }
        d.reports.push_back(rep);
      }
    }
  }
  return d;
}

}  // namespace accord::bench
