#include "storage_fixture.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "accord/app/audit_use_cases.h"
#include "accord/json/json_snapshots.h"
#include "accord/storage/storage_uri.h"

namespace accord::test {

using namespace accord::domain;

std::vector<std::string> backends() {
  std::vector<std::string> out{"sqlite"};
  const char* pg = std::getenv("ACCORD_TEST_POSTGRES");
  if (pg && *pg) out.push_back("postgresql");
  return out;
}

bool postgresRequired() {
  const char* ci = std::getenv("CI");
  if (!ci) return false;
  std::string v = ci;
  return !(v.empty() || v == "0" || v == "false" || v == "FALSE" || v == "False");
}

namespace {
template <class T>
T must(Result<T> r) {
  if (!r.ok()) throw std::runtime_error("fixture: " + r.error().message);
  return std::move(r).value();
}
}  // namespace

FreshStore::FreshStore(const std::string& backend, storage::StoreOptions options) : backend_(backend) {
  static std::atomic<int> counter{0};
  int n = ++counter;
  if (backend == "postgresql") {
    postgres_ = true;
    schema_ = "accord_t" + std::to_string(getpid()) + "_" + std::to_string(n);
    std::string base = std::getenv("ACCORD_TEST_POSTGRES");
    // application_name lets a test cut exactly this store's connections.
    uri_ = base + (base.find('?') == std::string::npos ? "?" : "&") + "schema=" + schema_ +
           "&application_name=" + schema_;
  } else {
    std::string tmpl = (std::filesystem::temp_directory_path() / "accord-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("fixture: mkdtemp failed");
    dir_ = tmpl;
    uri_ = "sqlite:" + dir_ + "/accord.db";
  }
  store_ = must(storage::openStore(uri_, options));
}

FreshStore::~FreshStore() {
  store_.reset();
  try {
    if (postgres_) {
      std::string base = std::getenv("ACCORD_TEST_POSTGRES");
      auto uri = must(storage::parseStorageUri(base));
      Poco::Data::Session s(uri.connector, uri.connectionString);
      s << "SET client_min_messages TO warning", Poco::Data::Keywords::now;
      s << "DROP SCHEMA IF EXISTS \"" + schema_ + "\" CASCADE", Poco::Data::Keywords::now;
    } else if (!dir_.empty()) {
      std::filesystem::remove_all(dir_);
    }
  } catch (...) {
    // Cleanup is best effort: a leftover temporary schema or file harms nothing.
  }
}

std::unique_ptr<app::Store> FreshStore::reopen(storage::StoreOptions options) const {
  return must(storage::openStore(uri_, options));
}

void FreshStore::dropAuditGuard() const {
  if (postgres_) {
    raw("DROP TRIGGER audit_event_no_change ON audit_event");
  } else {
    raw("DROP TRIGGER audit_event_no_update");
    raw("DROP TRIGGER audit_event_no_delete");
  }
}

void FreshStore::raw(const std::string& sql) const {
  auto uri = must(storage::parseStorageUri(uri_));
  try {
    Poco::Data::Session s(uri.connector, uri.connectionString);
    if (postgres_) s << "SET search_path TO \"" + schema_ + "\"", Poco::Data::Keywords::now;
    s << sql, Poco::Data::Keywords::now;
  } catch (const Poco::Exception& e) {
    throw std::runtime_error("raw SQL failed: " + e.displayText());
  }
}

Actor secretariat() { return Actor{"sec.user", Role::kSecretariat, std::nullopt}; }
Actor coordinator(const std::string& country) { return Actor{"coord." + country, Role::kCoordinator, cc(country)}; }
Actor monitor() { return Actor{"monitor.user", Role::kMonitor, std::nullopt}; }
CountryCode cc(const std::string& code) { return must(CountryCode::parse("country", code)); }
Timestamp at(const std::string& iso) { return must(Timestamp::parse("at", iso)); }
Date day(const std::string& iso) { return must(Date::parse("date", iso)); }

CountryCatalog sampleCatalog() {
  CountryCatalog c;
  c.put(Country{cc("AL"), "Albania", "", "", {{"fr", "Albanie"}}, false, {}});
  c.put(Country{cc("MK"), "North Macedonia", "", "", {}, false, {}});
  c.put(Country{cc("XK"), "Kosovo", "Kosovo*", "Without prejudice to positions on status.", {}, true, {}});
  return c;
}

Dossier sampleDossier(const std::string& s) {
  Dossier d;
  d.illustrative = "Illustrative sample for tests.";
  d.countries.push_back(*sampleCatalog().find(cc("XK")));
  d.organizations.push_back({OrganizationId("org-osce"), "OSCE Mission to Skopje", "OSCE", std::nullopt});
  d.people.push_back({PersonId("p-head"), "Nina Head", "Head of Mission", OrganizationId("org-osce"), std::nullopt});
  d.people.push_back({PersonId("p-al"), "Arta Coordinator", "National Co-ordinator", std::nullopt, cc("AL")});

  Conference& c = d.conference;
  c.id = ConferenceId("conf" + s);
  c.title = "Regional conference on trafficking";
  c.city = "Skopje";
  c.venue = "Hotel Arka";
  c.startDate = day("2016-10-27");
  c.endDate = day("2016-10-28");
  c.organizers = {OrganizationId("org-osce")};
  c.languages = {"en", "mk"};
  c.status = ConferenceStatus::kConcluded;
  c.speakers = {{PersonId("p-head"), "Opening remarks"}};
  c.delegations = {{cc("AL"), {{PersonId("p-al"), DelegateRole::kNationalCoordinator}}}};

  Declaration decl;
  decl.id = DeclarationId("decl" + s);
  decl.conference = c.id;
  decl.title = "Joint Declaration";
  decl.invitedCountries = {cc("MK"), cc("AL"), cc("XK")};
  for (int n = 1; n <= 2; ++n) {
    Revision r;
    r.number = n;
    r.author = "sec.user";
    r.createdAt = at(n == 1 ? "2016-10-20T09:00:00Z" : "2016-10-27T09:00:00Z");
    r.changeNote = n == 1 ? "First draft" : "Final text";
    r.preamble = {{ClauseId("rec-1"), "Recognizing", "that trafficking\ncrosses borders, \"often\" & <fast>"}};
    r.operative = {{ClauseId("op-1"), "Improve identification",
                    {{ClauseId("op-1-a"), "train staff", {{ClauseId("op-1-a-i"), "at borders", {}}}},
                     {ClauseId("op-1-b"), "share data", {}}}},
                   {ClauseId("op-2"), "Meet again in " + std::to_string(2016 + n), {}}};
    r.closingFormula = "Done at Skopje.";
    decl.revisions.push_back(r);
  }
  decl.status = DeclarationStatus::kOpenForEndorsement;
  decl.finalRevision = 2;
  d.declarations.push_back(decl);

  Endorsement e = invitation(decl, cc("AL"));
  e.status = EndorsementStatus::kEndorsed;
  e.revision = 2;
  e.date = day("2016-10-28");
  e.place = "Skopje";
  e.signer = Signer{"Arta Coordinator", "National Co-ordinator"};
  e.method = EndorsementMethod::kInSession;
  e.statement = "With an interpretative statement.";
  e.history = {{at("2016-10-28T11:30:00Z"), "sec.user", EndorsementStatus::kInvited, EndorsementStatus::kEndorsed,
                EndorsementMethod::kInSession, false, "", ""}};
  d.endorsements.push_back(e);

  for (int k = 1; k <= 2; ++k) {
    Commitment cm;
    cm.id = CommitmentId("cm" + std::to_string(k) + s);
    cm.declaration = decl.id;
    cm.text = "Set up referral mechanism " + std::to_string(k);
    cm.clause = ClauseId(k == 1 ? "op-1" : "op-2");
    cm.deadline = day("2017-12-31");
    cm.milestones = {{MilestoneId("ms-1"), "Draft law", day("2017-03-31"), MilestoneState::kDone}};
    cm.indicators = {{"Referrals", 0.5, 5.25, "cases"}};
    cm.countries = {cc("MK"), cc("AL")};
    d.commitments.push_back(cm);
    for (const char* country : {"MK", "AL"}) {
      Assignment a;
      a.commitment = cm.id;
      a.country = cc(country);
      if (std::string(country) == "AL") {
        a.acceptance = Acceptance::kAccepted;
        a.acceptanceDate = day("2016-11-15");
        a.acceptedBy = "coord.AL";
        a.leadInstitution = "Ministry of Interior";
        a.status = ImplementationStatus::kInProgress;
        a.assessment = Assessment::kLimited;
      }
      d.assignments.push_back(a);
    }
  }
  for (int k = 1; k <= 2; ++k) {
    ProgressReport r;
    r.id = ReportId("rp" + std::to_string(k) + s);
    r.commitment = d.commitments[0].id;
    r.country = cc("AL");
    r.periodStart = day(k == 1 ? "2017-01-01" : "2017-07-01");
    r.periodEnd = day(k == 1 ? "2017-06-30" : "2017-12-31");
    r.narrative = "Progress " + std::to_string(k);
    r.percent = 40 * k;
    r.evidence = {"https://example.org/" + std::to_string(k), "letter " + std::to_string(k)};
    r.author = "coord.AL";
    if (k == 1) {
      r.state = ReportState::kSubmitted;
      r.submittedAt = at("2017-07-05T10:00:00Z");
    }
    d.reports.push_back(r);
  }
  // As stored: every record starts at version 1.
  d.conference.version = 1;
  for (auto& x : d.declarations) x.version = 1;
  for (auto& x : d.endorsements) x.version = 1;
  for (auto& x : d.commitments) x.version = 1;
  for (auto& x : d.assignments) x.version = 1;
  for (auto& x : d.reports) x.version = 1;
  return d;
}

Dossier everyFieldSet(const std::string& s) {
  Dossier d = sampleDossier(s);
  d.organizations.push_back({OrganizationId("org-moi"), "Ministry of Interior", "MoI", cc("AL")});
  d.people[0].country = cc("MK");
  Declaration& decl = d.declarations[0];
  decl.kind = DeclarationKind::kCommunique;
  decl.baseLanguage = "mk";
  Endorsement& e = d.endorsements[0];
  e.onBehalf = true;
  e.recordedBy = "sec.user";
  e.evidence = "Note verbale No. 12/2016";
  e.history[0].onBehalf = true;
  e.history[0].statement = "With an interpretative statement.";
  e.history[0].evidence = "Note verbale No. 12/2016";
  for (auto& a : d.assignments) {
    if (a.country.str() == "MK" && a.commitment == d.commitments[0].id) {
      a.acceptance = Acceptance::kDeclined;
      a.acceptanceDate = day("2016-11-20");
      a.acceptedBy = "coord.MK";
    }
    if (a.country.str() == "AL" && a.commitment == d.commitments[1].id) {
      a.status = ImplementationStatus::kCompleted;
      a.assessment = Assessment::kSubstantial;
      a.completedOn = day("2017-06-01");
      // The country's own milestone state and measurements (two, to keep their order).
      a.milestones = {{MilestoneId("ms-1"), MilestoneState::kMissed, day("2017-04-02"), "coord.AL"}};
      a.measurements = {{"Referrals", 3.5, day("2017-05-31"), "Ministry of Interior, line 1\nline 2", "coord.AL"},
                        {"Referrals", -1, day("2017-04-30"), "", "coord.AL"}};
    }
  }
  ProgressReport& r = d.reports[1];
  r.state = ReportState::kReturned;
  r.submittedAt = at("2017-07-20T10:00:00Z");
  r.reviewedBy = "monitor.user";
  r.reviewedAt = at("2017-07-25T16:30:00Z");
  r.returnReason = "The evidence does not cover the second half.";
  return d;
}

app::Directory directoryOf(const Dossier& d) { return {d.illustrative, d.countries, d.organizations, d.people}; }

std::int64_t auditCount(app::Store& store) {
  auto report = app::verifyAuditOffline(store);
  if (!report.ok()) throw std::runtime_error("audit verification failed: " + report.error().message);
  return report->checked;
}

const app::RecordSnapshots& snapshots() {
  static const json::JsonSnapshots instance;
  return instance;
}

std::string describe(const Dossier& d) {
  std::string out;
  for (const auto& line : fields(d)) out += line + "\n";
  return out;
}

}  // namespace accord::test
