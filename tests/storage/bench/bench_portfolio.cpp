#include "bench_portfolio.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace accord::bench {

using namespace accord::domain;

namespace {
Date date(int y, unsigned m, unsigned d) { return Date::ymd(y, m, d); }

std::string num(int n, int width) {
  std::string s = std::to_string(n);
  return std::string(static_cast<std::size_t>(std::max(0, width - static_cast<int>(s.size()))), '0') + s;
}

Declaration declarationOf(const Conference& conference, const std::vector<CountryCode>& invited, int index, int year) {
  Declaration decl;
  decl.id = DeclarationId(conference.id.str() + "-d" + std::to_string(index));
  decl.conference = conference.id;
  decl.title = conference.title + ", declaration " + std::to_string(index + 1);
  decl.invitedCountries = invited;
  Revision r;
  r.number = 1;
  r.author = "secretariat";
  r.createdAt = Timestamp::fromSeconds(946684800 + static_cast<std::int64_t>(year - 2000) * 31536000);
  for (int k = 0; k < 10; ++k)
    r.operative.push_back({ClauseId("op-" + std::to_string(k)), "Operative clause " + std::to_string(k), {}});
  decl.revisions.push_back(r);
  decl.status = DeclarationStatus::kOpenForEndorsement;
  decl.finalRevision = 1;
  return decl;
}

// Endorsements: two countries in three have signed.
void endorse(Dossier& d, const Declaration& decl, const Conference& conference) {
  for (std::size_t i = 0; i < decl.invitedCountries.size(); ++i) {
    if (i % 3 == 2) continue;
    Endorsement e = invitation(decl, decl.invitedCountries[i]);
    e.status = EndorsementStatus::kEndorsed;
    e.revision = 1;
    e.date = conference.endDate;
    e.place = conference.city;
    e.signer = Signer{"Signer " + std::to_string(i), "National co-ordinator"};
    e.method = EndorsementMethod::kInSession;
    e.history = {{decl.revisions.front().createdAt, "secretariat", EndorsementStatus::kInvited,
                  EndorsementStatus::kEndorsed, EndorsementMethod::kInSession, false, "", ""}};
    d.endorsements.push_back(e);
  }
}

void commit(Dossier& d, const Declaration& decl, const PortfolioShape& shape, int seq, int year) {
  Commitment c;
  c.id = CommitmentId(decl.id.str() + "-c" + std::to_string(seq));
  c.declaration = decl.id;
  c.text = "Commitment " + std::to_string(seq) + ": establish and report on a national referral mechanism.";
  c.clause = ClauseId("op-" + std::to_string(seq % 10));
  // Older conferences' commitments are mostly due; one in four of every year's is late.
  c.deadline = date(year + 2 + (seq % 4 == 0 ? 0 : 1), 12, 31);
  c.milestones = {{MilestoneId("ms-1"), "Legal basis adopted", date(year + 1, 6, 30), MilestoneState::kPending}};
  c.indicators = {{"Victims referred", 0, 100, "persons"}};
  const auto& invited = decl.invitedCountries;
  for (std::size_t j = 0; j < std::min(shape.countriesPerCommitment, invited.size()); ++j)
    c.countries.push_back(invited[(static_cast<std::size_t>(seq) + j) % invited.size()]);
  std::sort(c.countries.begin(), c.countries.end(), [&](const CountryCode& a, const CountryCode& b) {
    return std::find(invited.begin(), invited.end(), a) < std::find(invited.begin(), invited.end(), b);
  });
  for (std::size_t n = 0; n < c.countries.size(); ++n) {
    Assignment a;
    a.commitment = c.id;
    a.country = c.countries[n];
    a.acceptance = Acceptance::kAccepted;
    a.acceptanceDate = date(year, 11, 15);
    a.acceptedBy = "coordinator";
    a.leadInstitution = "Ministry of Interior";
    // One in five is done: it drops out of the open-assignment index.
    bool done = (seq + static_cast<int>(n)) % 5 == 0;
    a.status = done ? ImplementationStatus::kCompleted : ImplementationStatus::kInProgress;
    if (done) a.completedOn = date(year + 1, 12, 1);
    a.assessment = Assessment::kLimited;
    d.assignments.push_back(a);
    for (int p = 0; p < shape.reportsPerAssignment; ++p) {
      ProgressReport rep;
      rep.id = ReportId(c.id.str() + "-" + a.country.str() + "-" + std::to_string(p));
      rep.commitment = c.id;
      rep.country = a.country;
      rep.periodStart = date(year + 1, 1, 1).plusDays(60 * p);
      rep.periodEnd = rep.periodStart.plusDays(59);
      rep.narrative = "Period " + std::to_string(p + 1) + ": training delivered, referrals recorded.";
      rep.percent = std::min(100, 20 * (p + 1));
      rep.evidence = {"https://example.org/evidence/" + rep.id.str()};
      rep.author = "coordinator";
      rep.state = ReportState::kValidated;
      rep.submittedAt = Timestamp::fromSeconds(946684800);
      rep.reviewedBy = "monitor";
      rep.reviewedAt = rep.submittedAt;
      // The last period: a draft, or in one assignment in fifty, waiting for review.
      if (p == shape.reportsPerAssignment - 1) {
        bool waiting = (seq + static_cast<int>(n)) % 50 == 0;
        rep.state = waiting ? ReportState::kSubmitted : ReportState::kDraft;
        if (!waiting) rep.submittedAt.reset();
        rep.reviewedBy.clear();
        rep.reviewedAt.reset();
      }
      d.reports.push_back(rep);
    }
  }
  d.commitments.push_back(c);
}
}  // namespace

PortfolioShape portfolioShape(double scale) {
  PortfolioShape s;
  s.commitmentsPerDeclaration = std::max(1, static_cast<int>(std::lround(s.commitmentsPerDeclaration * scale)));
  s.auditEvents = std::max(1L, std::lround(static_cast<double>(s.auditEvents) * scale));
  return s;
}

Dossier portfolioConference(const CountryCatalog& reference, const PortfolioShape& shape, int index) {
  int year = 2010 + index / 6;  // six conferences a year, 2010 to 2019
  Dossier d;
  d.conference.id = ConferenceId("pf-" + num(index, 2));
  d.conference.title = "Portfolio conference " + std::to_string(index + 1);
  d.conference.city = "Vienna";
  d.conference.venue = "Hofburg";
  d.conference.startDate = date(year, 1 + static_cast<unsigned>(index % 6) * 2, 10);
  d.conference.endDate = d.conference.startDate.plusDays(1);
  d.conference.languages = {"en"};
  d.conference.status = ConferenceStatus::kConcluded;
  std::vector<CountryCode> invited;
  for (const auto& c : reference.all()) {
    if (invited.size() == shape.countries) break;
    invited.push_back(c.code);
  }
  for (int k = 0; k < shape.declarationsPerConference; ++k) {
    Declaration decl = declarationOf(d.conference, invited, k, year);
    endorse(d, decl, d.conference);
    for (int c = 0; c < shape.commitmentsPerDeclaration; ++c) commit(d, decl, shape, c, year);
    d.declarations.push_back(std::move(decl));
  }
  return d;
}

}  // namespace accord::bench
