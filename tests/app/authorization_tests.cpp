#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <set>

#include "accord/app/authorization.h"

using namespace accord::app;
using namespace accord::domain;
namespace bdata = boost::unit_test::data;

namespace {
CountryCode cc(const char* c) { return CountryCode::parse("t", c).value(); }

const Role kRoles[] = {Role::kAdmin, Role::kSecretariat, Role::kCoordinator, Role::kMonitor, Role::kViewer};
const Action kActions[] = {Action::kRead,           Action::kManageConference, Action::kDraft,
                           Action::kComment,        Action::kEndorse,          Action::kDefineCommitment,
                           Action::kDecideAssignment, Action::kUpdateImplementation, Action::kWriteReport,
                           Action::kAssess,         Action::kReviewReport,     Action::kReadAudit,
                           Action::kImportExport,   Action::kManageAccounts,   Action::kTranslate,
                           Action::kRecordPast};
enum class Target { kOwnCountry, kOtherCountry };
const Target kTargets[] = {Target::kOwnCountry, Target::kOtherCountry};
std::ostream& operator<<(std::ostream& os, Target t) { return os << (t == Target::kOwnCountry ? "own" : "other"); }

// The allowed set, written out from DESIGN.md's table: "role:action" allowed for any
// country, "role:action:own" only for the actor's own country.
const std::set<std::string> kAllowed = {
    "admin:read", "admin:read_audit", "admin:import_export", "admin:manage_accounts",
    "secretariat:read", "secretariat:manage_conference", "secretariat:draft", "secretariat:comment",
    "secretariat:endorse", "secretariat:define_commitment", "secretariat:read_audit", "secretariat:import_export",
    "secretariat:translate",
    "secretariat:record_past",
    "coordinator:read", "coordinator:comment", "coordinator:endorse:own", "coordinator:decide_assignment:own",
    "coordinator:update_implementation:own", "coordinator:write_report:own",
    "monitor:read", "monitor:assess", "monitor:review_report", "monitor:read_audit",
    "viewer:read",
};
}  // namespace

namespace accord::domain {
std::ostream& operator<<(std::ostream& os, Role r) { return os << toString(r); }
std::ostream& operator<<(std::ostream& os, DeclarationStatus s) { return os << toString(s); }
std::ostream& operator<<(std::ostream& os, ReportState s) { return os << toString(s); }
}  // namespace accord::domain
namespace accord::app {
std::ostream& operator<<(std::ostream& os, Action a) { return os << toString(a); }
}  // namespace accord::app

BOOST_AUTO_TEST_SUITE(authorization_tests)

BOOST_DATA_TEST_CASE(every_role_action_and_country_matches_the_table,
                     bdata::make(kRoles) * bdata::make(kActions) * bdata::make(kTargets), role, action, target) {
  Actor actor{"someone", role, role == Role::kCoordinator ? std::optional(cc("MK")) : std::nullopt};
  CountryCode country = target == Target::kOwnCountry ? cc("MK") : cc("RS");
  std::string key = std::string(toString(role)) + ":" + toString(action);
  bool expected = kAllowed.count(key) || (target == Target::kOwnCountry && kAllowed.count(key + ":own"));
  Status s = authorize(actor, action, country);
  BOOST_TEST(s.ok() == expected, key << " for " << country.str());
  if (!s.ok()) BOOST_TEST(s.error().code == ErrorCode::kForbidden);
}

BOOST_AUTO_TEST_CASE(coordinator_cannot_endorse_for_another_country) {
  Actor mk{"coordinator.mk", Role::kCoordinator, cc("MK")};
  BOOST_TEST(authorizeEndorsement(mk, cc("MK"), false).ok());
  Status s = authorizeEndorsement(mk, cc("RS"), false);
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().message.find("only the coordinator of RS") != std::string::npos);
  BOOST_TEST(!authorizeEndorsement(mk, cc("MK"), true).ok());  // on behalf is the secretariat's
}

BOOST_AUTO_TEST_CASE(secretariat_endorses_only_on_behalf) {
  Actor sec{"secretariat", Role::kSecretariat, std::nullopt};
  BOOST_TEST(authorizeEndorsement(sec, cc("GR"), true).ok());
  BOOST_TEST(!authorizeEndorsement(sec, cc("GR"), false).ok());
}

BOOST_AUTO_TEST_CASE(monitors_and_viewers_never_endorse) {
  for (Role r : {Role::kMonitor, Role::kViewer, Role::kAdmin}) {
    Actor a{"x", r, std::nullopt};
    BOOST_TEST(!authorizeEndorsement(a, cc("MK"), false).ok());
    BOOST_TEST(!authorizeEndorsement(a, cc("MK"), true).ok());
  }
}

BOOST_AUTO_TEST_CASE(a_coordinator_without_a_country_acts_for_none) {
  Actor a{"x", Role::kCoordinator, std::nullopt};
  BOOST_TEST(!authorize(a, Action::kWriteReport, cc("MK")).ok());
}

// The read rules (README.md, "Who may read what"), written out: "role:state"
// pairs that may read, "role:state:own" for the actor's own country only.
const DeclarationStatus kDeclStates[] = {DeclarationStatus::kDrafting, DeclarationStatus::kConsultation,
                                         DeclarationStatus::kFinal, DeclarationStatus::kOpenForEndorsement,
                                         DeclarationStatus::kClosed};
const ReportState kReportStates[] = {ReportState::kDraft, ReportState::kSubmitted, ReportState::kReturned,
                                     ReportState::kValidated};

BOOST_DATA_TEST_CASE(a_viewer_reads_published_declarations_only, bdata::make(kRoles) * bdata::make(kDeclStates),
                     role, state) {
  Actor actor{"someone", role, role == Role::kCoordinator ? std::optional(cc("MK")) : std::nullopt};
  bool published = state != DeclarationStatus::kDrafting && state != DeclarationStatus::kConsultation;
  BOOST_TEST(mayReadDeclaration(actor, state) == (role != Role::kViewer || published), toString(state));
}

BOOST_AUTO_TEST_CASE(a_viewer_reads_the_final_revision_only) {
  Declaration d;
  d.status = DeclarationStatus::kOpenForEndorsement;
  d.finalRevision = 3;
  Actor viewer{"v", Role::kViewer, std::nullopt};
  Actor monitor{"m", Role::kMonitor, std::nullopt};
  BOOST_TEST(mayReadRevision(viewer, d, 3));
  BOOST_TEST(!mayReadRevision(viewer, d, 2));
  BOOST_TEST(mayReadRevision(monitor, d, 2));
  d.status = DeclarationStatus::kConsultation;
  d.finalRevision.reset();
  BOOST_TEST(!mayReadRevision(viewer, d, 1));
}

BOOST_DATA_TEST_CASE(a_draft_report_is_its_countrys_own_until_submitted,
                     bdata::make(kRoles) * bdata::make(kReportStates) * bdata::make(kTargets), role, state, target) {
  static const std::set<std::string> kReads = {
      "admin:submitted",       "admin:returned",       "admin:validated",
      "secretariat:submitted", "secretariat:returned", "secretariat:validated",
      "monitor:submitted",     "monitor:returned",     "monitor:validated",
      "coordinator:draft:own", "coordinator:submitted:own", "coordinator:returned:own", "coordinator:validated",
      "viewer:validated",
  };
  Actor actor{"someone", role, role == Role::kCoordinator ? std::optional(cc("MK")) : std::nullopt};
  ProgressReport r;
  r.country = target == Target::kOwnCountry ? cc("MK") : cc("RS");
  r.state = state;
  std::string key = std::string(toString(role)) + ":" + toString(state);
  bool expected = kReads.count(key) || (target == Target::kOwnCountry && kReads.count(key + ":own"));
  BOOST_TEST(mayReadReport(actor, r) == expected, key << " of " << r.country.str());
}

BOOST_AUTO_TEST_SUITE_END()
